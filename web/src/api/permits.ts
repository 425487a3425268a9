import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { PermitInput, PermitPatch, PermitSaved } from '../../../shared/contracts/permits.ts';
import { useInvalidateRegistry } from './businesses.ts';
import { api } from './client.ts';

export function useAddPermit(businessId: number) {
  const invalidate = useInvalidateRegistry();
  return useMutation({
    mutationFn: (input: PermitInput) =>
      api<PermitSaved>(`businesses/${businessId}/permits`, { method: 'POST', body: input }),
    onSuccess: () => {
      void invalidate();
    },
  });
}

export function useUpdatePermit() {
  const invalidate = useInvalidateRegistry();
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: z.input<typeof PermitPatch> }) =>
      api<PermitSaved>(`permits/${id}`, { method: 'PATCH', body: patch }),
    onSuccess: () => {
      void invalidate();
    },
  });
}

export function useDeletePermit() {
  const invalidate = useInvalidateRegistry();
  return useMutation({
    mutationFn: (id: number) => api<void>(`permits/${id}`, { method: 'DELETE' }),
    onSuccess: () => {
      void invalidate();
    },
  });
}
