import { keepPreviousData, useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { HistoryList } from '../../../shared/contracts/history.ts';
import type {
  PersonInput,
  PersonPage,
  PersonPatch,
  RevealInput,
  RevealResult,
} from '../../../shared/contracts/people.ts';
import type { PersonDetail, PersonSaved } from '../../../shared/contracts/person-detail.ts';
import { PAGE_SIZE, useInvalidateRegistry } from './businesses.ts';
import { api, type QueryParams } from './client.ts';

export function usePeopleList(params: QueryParams, enabled = true, limit = PAGE_SIZE) {
  return useInfiniteQuery({
    queryKey: ['people', 'list', params, limit],
    queryFn: ({ pageParam, signal }) =>
      api<z.infer<typeof PersonPage>>('people', { query: { limit, ...params, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // Typing a search keeps the old results on screen until the new ones arrive.
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function usePerson(id: number) {
  return useQuery({
    queryKey: ['people', 'detail', id],
    queryFn: ({ signal }) => api<PersonDetail>(`people/${id}`, { signal }),
    enabled: Number.isInteger(id) && id > 0,
  });
}

export function usePersonHistory(id: number) {
  return useQuery({
    queryKey: ['people', 'history', id],
    queryFn: ({ signal }) => api<z.infer<typeof HistoryList>>(`people/${id}/history`, { signal }),
    enabled: Number.isInteger(id) && id > 0,
  });
}

export function useCreatePerson() {
  const invalidate = useInvalidateRegistry();
  return useMutation({
    mutationFn: (input: PersonInput) =>
      api<z.infer<typeof PersonSaved>>('people', { method: 'POST', body: input }),
    onSuccess: () => {
      void invalidate();
    },
  });
}

export function useUpdatePerson(id: number) {
  const invalidate = useInvalidateRegistry();
  return useMutation({
    mutationFn: (patch: z.input<typeof PersonPatch>) =>
      api<z.infer<typeof PersonSaved>>(`people/${id}`, { method: 'PATCH', body: patch }),
    onSuccess: () => {
      void invalidate();
    },
  });
}

export type PiiField = RevealInput['field'];

/**
 * The unmasked NIK or phone, for a stated purpose the server writes to the audit log. Deliberately not a
 * query or mutation: the value must live only in the component that shows it, never in a cache.
 */
export function revealPerson(id: number, field: PiiField, purpose: string): Promise<string | null> {
  const body: RevealInput = { field, purpose };
  return api<z.infer<typeof RevealResult>>(`people/${id}/reveal`, { method: 'POST', body }).then(
    (r) => r.value,
  );
}
