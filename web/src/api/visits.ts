import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Visit, VisitInput, VisitList } from '../../../shared/contracts/visits.ts';
import { API_BASE, api } from './client.ts';

const visitsKey = (businessId: number) => ['visits', businessId];

export function useVisits(businessId: number) {
  return useQuery({
    queryKey: visitsKey(businessId),
    queryFn: ({ signal }) => api<VisitList>(`businesses/${businessId}/visits`, { signal }),
    enabled: Number.isInteger(businessId) && businessId > 0,
  });
}

/** A visit with its photos, as multipart: the fields as JSON in `data`, the photos as files. */
export function useRecordVisit(businessId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ input, photos }: { input: VisitInput; photos: File[] }) => {
      const form = new FormData();
      form.set('data', JSON.stringify(input));
      for (const p of photos) form.append('photos', p);
      return api<Visit>(`businesses/${businessId}/visits`, { method: 'POST', body: form });
    },
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: visitsKey(businessId) }),
        qc.invalidateQueries({ queryKey: ['roadmap'] }),
      ]),
  });
}

export const photoUrl = (visitId: number, n: number) => `${API_BASE}/visits/${visitId}/photos/${n}`;
