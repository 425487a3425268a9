import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  BoothLeadInput,
  CloseResult,
  Exhibition,
  ExhibitionDayInput,
  ExhibitionDetail,
  ExhibitionInput,
  ExhibitionParticipantPatch,
  ExhibitionPatch,
  ExhibitionStatus,
  InviteInput,
  InvitePreview,
  InviteResult,
} from '../../../shared/contracts/exhibitions.ts';
import { API_BASE, api } from './client.ts';

export function useExhibitions() {
  return useQuery({
    queryKey: ['exhibitions', 'list'],
    queryFn: ({ signal }) => api<{ items: Exhibition[] }>('exhibitions', { signal }),
  });
}

export function useExhibition(id: number) {
  return useQuery({
    queryKey: ['exhibitions', 'detail', id],
    queryFn: ({ signal }) => api<ExhibitionDetail>(`exhibitions/${id}`, { signal }),
    enabled: Number.isInteger(id) && id > 0,
  });
}

const useInvalidate = () => {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['exhibitions'] });
};

export function useSaveExhibition(id?: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: ExhibitionInput | ExhibitionPatch) =>
      id
        ? api<Exhibition>(`exhibitions/${id}`, { method: 'PATCH', body: input })
        : api<Exhibition>('exhibitions', { method: 'POST', body: input }),
    onSuccess: () => void invalidate(),
  });
}

export function useExhibitionStatus(id: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (status: ExhibitionStatus) =>
      api<CloseResult>(`exhibitions/${id}/status`, { method: 'POST', body: { status } }),
    onSuccess: () => void invalidate(),
  });
}

export function useInvitePreview(id: number) {
  return useMutation({
    mutationFn: (input: InviteInput) =>
      api<InvitePreview>(`exhibitions/${id}/invite-preview`, { method: 'POST', body: input }),
  });
}

export function useInvite(id: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: InviteInput) =>
      api<InviteResult>(`exhibitions/${id}/invite`, { method: 'POST', body: input }),
    onSuccess: () => void invalidate(),
  });
}

export function useUpdateExhibitionParticipant() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: ExhibitionParticipantPatch }) =>
      api<{ id: number }>(`exhibition-participants/${id}`, { method: 'PATCH', body: patch }),
    onSuccess: () => void invalidate(),
  });
}

export function useRecordDay() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, input }: { id: number; input: ExhibitionDayInput }) =>
      api<{ id: number }>(`exhibition-participants/${id}/days`, { method: 'POST', body: input }),
    onSuccess: () => void invalidate(),
  });
}

export function useRecordLead() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, input }: { id: number; input: BoothLeadInput }) =>
      api<{ id: number }>(`exhibition-participants/${id}/leads`, { method: 'POST', body: input }),
    onSuccess: () => void invalidate(),
  });
}

export const exhibitionReportUrl = (id: number) => `${API_BASE}/exhibitions/${id}/report.pdf`;
