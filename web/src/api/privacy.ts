import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Breach,
  BreachInput,
  BreachList,
  BreachPatch,
  ConsentInput,
  EraseResult,
  LegalBasisHistory,
  SubjectRequest,
  SubjectRequestClose,
  SubjectRequestInput,
  SubjectRequestPage,
} from '../../../shared/contracts/privacy.ts';
import { useInvalidateRegistry } from './businesses.ts';
import { API_BASE, api, type QueryParams } from './client.ts';

const basisKey = (personId: number) => ['privacy', 'basis', personId];

export function useLegalBasis(personId: number) {
  return useQuery({
    queryKey: basisKey(personId),
    queryFn: ({ signal }) => api<LegalBasisHistory>(`people/${personId}/legal-basis`, { signal }),
    enabled: Number.isInteger(personId) && personId > 0,
  });
}

/** A change of basis can move the person in or out of every list: refresh the registry with it. */
function useBasisMutation<I>(personId: number, path: string) {
  const qc = useQueryClient();
  const invalidate = useInvalidateRegistry();
  return useMutation({
    mutationFn: (body: I) => api<LegalBasisHistory>(`people/${personId}/${path}`, { method: 'POST', body }),
    onSuccess: (data) => {
      qc.setQueryData(basisKey(personId), data);
      void invalidate();
    },
  });
}

export const useRecordConsent = (personId: number) => useBasisMutation<ConsentInput>(personId, 'consent');
export const useRecordPublicTask = (personId: number) =>
  useBasisMutation<{ note: string }>(personId, 'public-task');
export const useWithdrawConsent = (personId: number) =>
  useBasisMutation<{ reason: string }>(personId, 'withdraw-consent');

export function useErasePerson(personId: number) {
  const qc = useQueryClient();
  const invalidate = useInvalidateRegistry();
  return useMutation({
    mutationFn: (reason: string) =>
      api<z.infer<typeof EraseResult>>(`people/${personId}/erase`, { method: 'POST', body: { reason } }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['privacy'] });
      void invalidate();
    },
  });
}

/** The subject's copy is a plain download link: the browser sends the session cookie with it. */
export const subjectDataUrl = (personId: number, format: 'pdf' | 'json') =>
  `${API_BASE}/people/${personId}/subject-data${format === 'pdf' ? '.pdf' : ''}`;

export function useSubjectRequests(params: QueryParams) {
  return useInfiniteQuery({
    queryKey: ['privacy', 'requests', params],
    queryFn: ({ pageParam, signal }) =>
      api<z.infer<typeof SubjectRequestPage>>('subject-requests', {
        query: { limit: 50, ...params, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useCreateSubjectRequest() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: SubjectRequestInput) =>
      api<SubjectRequest>('subject-requests', { method: 'POST', body: input }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['privacy', 'requests'] }),
  });
}

export function useCloseSubjectRequest(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: SubjectRequestClose) =>
      api<SubjectRequest>(`subject-requests/${id}`, { method: 'PATCH', body: input }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['privacy', 'requests'] }),
  });
}

export function useBreaches() {
  return useQuery({
    queryKey: ['privacy', 'breaches'],
    queryFn: ({ signal }) => api<z.infer<typeof BreachList>>('breaches', { signal }),
  });
}

export function useCreateBreach() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: BreachInput) => api<Breach>('breaches', { method: 'POST', body: input }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['privacy', 'breaches'] }),
  });
}

export function useUpdateBreach(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (patch: BreachPatch) => api<Breach>(`breaches/${id}`, { method: 'PATCH', body: patch }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['privacy', 'breaches'] }),
  });
}
