import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AssessmentDraft,
  AssessmentInput,
  AssessmentSaved,
  BusinessLevel,
  LevelReport,
  Need,
  NeedInput,
  NeedList,
  NeedPatch,
  Rubric,
  RubricInput,
  RubricList,
} from '../../../shared/contracts/assessments.ts';
import { api } from './client.ts';

export function useBusinessLevel(id: number) {
  return useQuery({
    queryKey: ['businesses', id, 'level'],
    queryFn: ({ signal }) => api<BusinessLevel>(`businesses/${id}/level`, { signal }),
  });
}

export function useNeeds(id: number) {
  return useQuery({
    queryKey: ['businesses', id, 'needs'],
    queryFn: ({ signal }) => api<NeedList>(`businesses/${id}/needs`, { signal }),
  });
}

export function useAssessmentDraft(id: number) {
  return useQuery({
    queryKey: ['businesses', id, 'assessment-draft'],
    queryFn: ({ signal }) => api<AssessmentDraft>(`businesses/${id}/assessment-draft`, { signal }),
    // The form keeps its answers while open; a refetch would not change them anyway.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** After a change of level or needs: the profile, lists and the dashboard's figures. */
function useInvalidate() {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: ['businesses'] }),
      qc.invalidateQueries({ queryKey: ['dashboard'] }),
      qc.invalidateQueries({ queryKey: ['rubrics'] }),
    ]);
}

export function useSaveAssessment(id: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: AssessmentInput) =>
      api<AssessmentSaved>(`businesses/${id}/assessments`, { method: 'POST', body: input }),
    onSuccess: () => {
      void invalidate();
    },
  });
}

export function useAddNeed(businessId: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: NeedInput) =>
      api<Need>(`businesses/${businessId}/needs`, { method: 'POST', body: input }),
    onSuccess: () => {
      void invalidate();
    },
  });
}

export function usePatchNeed() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: NeedPatch }) =>
      api<Need>(`needs/${id}`, { method: 'PATCH', body: patch }),
    onSuccess: () => {
      void invalidate();
    },
  });
}

export function useRubrics() {
  return useQuery({
    queryKey: ['rubrics'],
    queryFn: ({ signal }) => api<RubricList>('rubrics', { signal }),
  });
}

export function useRubric(version: number | null) {
  return useQuery({
    queryKey: ['rubrics', version],
    queryFn: ({ signal }) => api<Rubric>(`rubrics/${version}`, { signal }),
    enabled: version !== null,
  });
}

export function useSaveRubric() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: RubricInput) => api<Rubric>('rubrics', { method: 'POST', body: input }),
    onSuccess: () => {
      void invalidate();
    },
  });
}

/** Naik / turun kelas per month (the last twelve) and current levels per kecamatan, in the caller's area. */
export function useLevelReport() {
  return useQuery({
    queryKey: ['dashboard', 'levels'],
    queryFn: ({ signal }) => api<LevelReport>('reports/level', { signal, query: { period: 'month' } }),
  });
}
