import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OutcomeInput, OutcomeSeries } from '../../../shared/contracts/outcomes.ts';
import type {
  EnrolInput,
  EnrolPreview,
  EnrolResult,
  Participant,
  ParticipantPatch,
  Programme,
  ProgrammeDetail,
  ProgrammeInput,
  ProgrammePatch,
  ProgrammeReport,
  ProgrammeReportRow,
  SessionDetail,
  SessionInput,
  SessionPatch,
} from '../../../shared/contracts/programmes.ts';
import { API_BASE, api } from './client.ts';

export function useProgrammes() {
  return useQuery({
    queryKey: ['programmes', 'list'],
    queryFn: ({ signal }) => api<{ items: Programme[] }>('programmes', { signal }),
  });
}

export function useProgramme(id: number) {
  return useQuery({
    queryKey: ['programmes', 'detail', id],
    queryFn: ({ signal }) => api<ProgrammeDetail>(`programmes/${id}`, { signal }),
    enabled: Number.isInteger(id) && id > 0,
  });
}

export function useProgrammeReport(id: number, enabled: boolean) {
  return useQuery({
    queryKey: ['programmes', 'report', id],
    queryFn: ({ signal }) => api<ProgrammeReport>(`programmes/${id}/report`, { signal }),
    enabled: enabled && Number.isInteger(id) && id > 0,
  });
}

const useInvalidate = () => {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['programmes'] });
};

export function useSaveProgramme(id?: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: ProgrammeInput | ProgrammePatch) =>
      id
        ? api<ProgrammeDetail>(`programmes/${id}`, { method: 'PATCH', body: input })
        : api<ProgrammeDetail>('programmes', { method: 'POST', body: input }),
    onSuccess: () => void invalidate(),
  });
}

export function useAddSession(programmeId: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: SessionInput) =>
      api<SessionDetail>(`programmes/${programmeId}/sessions`, { method: 'POST', body: input }),
    onSuccess: () => void invalidate(),
  });
}

export function useSession(id: number) {
  return useQuery({
    queryKey: ['programmes', 'session', id],
    queryFn: ({ signal }) => api<SessionDetail>(`sessions/${id}`, { signal }),
    enabled: Number.isInteger(id) && id > 0,
  });
}

export function useEnrolPreview(sessionId: number) {
  return useMutation({
    mutationFn: (input: EnrolInput) =>
      api<EnrolPreview>(`sessions/${sessionId}/enrol-preview`, { method: 'POST', body: input }),
  });
}

export function useEnrol(sessionId: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: EnrolInput) =>
      api<EnrolResult>(`sessions/${sessionId}/enrol`, { method: 'POST', body: input }),
    onSuccess: () => void invalidate(),
  });
}

export function useWithdraw() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (participantId: number) =>
      api<{ id: number; promoted: Participant | null }>(`participants/${participantId}/withdraw`, {
        method: 'POST',
      }),
    onSuccess: () => void invalidate(),
  });
}

/** Attendance and scores are saved one change at a time; the list refreshes after. */
export function useUpdateParticipant(sessionId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: ParticipantPatch }) =>
      api<Participant>(`participants/${id}`, { method: 'PATCH', body: patch }),
    onSuccess: (saved) => {
      qc.setQueryData<SessionDetail>(['programmes', 'session', sessionId], (old) =>
        old ? { ...old, participants: old.participants.map((p) => (p.id === saved.id ? saved : p)) } : old,
      );
    },
  });
}

export const certificateUrl = (participantId: number) =>
  `${API_BASE}/participants/${participantId}/certificate.pdf`;

export function useOutcomes(businessId: number) {
  return useQuery({
    queryKey: ['outcomes', businessId],
    queryFn: ({ signal }) => api<OutcomeSeries>(`businesses/${businessId}/outcomes`, { signal }),
    enabled: Number.isInteger(businessId) && businessId > 0,
  });
}

export function useRecordOutcome(businessId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: OutcomeInput) =>
      api<OutcomeSeries>(`businesses/${businessId}/outcomes`, { method: 'POST', body: input }),
    onSuccess: (series) => qc.setQueryData(['outcomes', businessId], series),
  });
}

export function useProgrammeReports() {
  return useQuery({
    queryKey: ['programmes', 'reports'],
    queryFn: ({ signal }) => api<{ items: ProgrammeReportRow[] }>('programme-reports', { signal }),
  });
}

export function useUpdateSession(sessionId: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (patch: SessionPatch) =>
      api<SessionDetail>(`sessions/${sessionId}`, { method: 'PATCH', body: patch }),
    onSuccess: () => void invalidate(),
  });
}
