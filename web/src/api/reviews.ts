import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { PersonInput } from '../../../shared/contracts/people.ts';
import type {
  DuplicateCheck,
  LinkReviewList,
  MergeList,
  RecordSources,
  ReviewDecision,
} from '../../../shared/contracts/reviews.ts';
import { useInvalidateRegistry } from './businesses.ts';
import { api } from './client.ts';

export type RecordKind = 'person' | 'business';
export type Decision = z.input<typeof ReviewDecision>;
export type Merge = z.infer<typeof MergeList>['items'][number];
export type DuplicateMatch = z.infer<typeof DuplicateCheck>['matches'][number];

/** The API's path segment and the web app's route for each kind of record. */
const SEGMENT = { person: 'people', business: 'businesses' } as const;
export const ROUTE = { person: '/pelaku', business: '/usaha' } as const;

export type ReviewSort = 'oldest' | 'score';

/** Waiting for a decision, marked not the same, or withdrawn by the linker (its score fell). */
export type ReviewState = 'open' | 'distinct' | 'gone';
const PAGE = 20;

export function useReviews(
  kind: RecordKind,
  sort: ReviewSort = 'oldest',
  state: ReviewState = 'open',
  enabled = true,
) {
  return useInfiniteQuery({
    enabled,
    queryKey: ['reviews', 'list', kind, sort, state],
    queryFn: ({ pageParam, signal }) =>
      api<z.infer<typeof LinkReviewList>>('reviews', {
        query: { kind, state, sort, limit: PAGE, after: pageParam },
        signal,
      }),
    initialPageParam: undefined as number | undefined,
    // Pages and the open count are both of the reader's area: the list ends when all are loaded. Other
    // states are not counted: a full page may have more after it.
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, p) => n + p.items.length, 0);
      const more = state === 'open' ? loaded < last.open[kind] : last.items.length === PAGE;
      return last.items.length && more ? last.items.at(-1)?.id : undefined;
    },
  });
}

/** How many pairs wait, per kind: the menu shows it beside "Tinjauan duplikat". */
export function useOpenReviewCount() {
  return useQuery({
    queryKey: ['reviews', 'open'],
    queryFn: ({ signal }) =>
      api<z.infer<typeof LinkReviewList>>('reviews', { query: { limit: 1 }, signal }).then((r) => r.open),
  });
}

/** A decision or an undo moves records: the queue, the merges and the registry are read again. */
function useInvalidateLinkage() {
  const qc = useQueryClient();
  const invalidate = useInvalidateRegistry();
  return () =>
    Promise.all([
      invalidate(),
      qc.invalidateQueries({ queryKey: ['reviews'] }),
      qc.invalidateQueries({ queryKey: ['merges'] }),
      qc.invalidateQueries({ queryKey: ['sources'] }),
    ]);
}

export function useDecideReview() {
  const refresh = useInvalidateLinkage();
  return useMutation({
    mutationFn: ({ id, decision }: { id: number; decision: Decision }) =>
      api<{ id: number; state: string }>(`reviews/${id}/decision`, { method: 'POST', body: decision }),
    // Not awaited: the refreshed queue drops the decided card, and its caller's onSuccess must run first.
    onSuccess: () => {
      void refresh();
    },
  });
}

/** A pair marked "not the same" back in the queue. */
export function useReopenReview() {
  const refresh = useInvalidateLinkage();
  return useMutation({
    mutationFn: (id: number) =>
      api<{ id: number; state: string }>(`reviews/${id}/reopen`, { method: 'POST' }),
    onSuccess: () => {
      void refresh();
    },
  });
}

const mergesOf = (kind: RecordKind, recordId: number, signal?: AbortSignal) =>
  api<z.infer<typeof MergeList>>('merges', { query: { kind, recordId }, signal });

export function useMerges(kind: RecordKind, recordId: number, enabled: boolean) {
  return useQuery({
    queryKey: ['merges', kind, recordId],
    queryFn: ({ signal }) => mergesOf(kind, recordId, signal),
    enabled,
  });
}

/** The latest merges of a kind in the reader's area, newest first, page after page. */
export function useRecentMerges(kind: RecordKind, enabled: boolean) {
  return useInfiniteQuery({
    enabled,
    queryKey: ['merges', kind, 'recent'],
    queryFn: ({ pageParam, signal }) =>
      api<z.infer<typeof MergeList>>('merges', { query: { kind, limit: PAGE, before: pageParam }, signal }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => (last.items.length === PAGE ? last.items.at(-1)?.id : undefined),
  });
}

export function useUndoMerge() {
  const refresh = useInvalidateLinkage();
  return useMutation({
    mutationFn: (mergeId: number) => api<{ id: number }>(`merges/${mergeId}/undo`, { method: 'POST' }),
    onSuccess: () => {
      void refresh();
    },
  });
}

/** The merge just made from the review queue: the live one of the kept record that took in `mergedId`. */
export async function findMerge(kind: RecordKind, keptId: number, mergedId: number): Promise<number> {
  const { items } = await mergesOf(kind, keptId);
  const found = items.find((m) => m.mergedId === mergedId && !m.undoneAt);
  if (!found) throw new Error('merge not found');
  return found.id;
}

export function useRecordSources(kind: RecordKind, id: number) {
  return useQuery({
    queryKey: ['sources', kind, id],
    queryFn: ({ signal }) => api<z.infer<typeof RecordSources>>(`${SEGMENT[kind]}/${id}/sources`, { signal }),
  });
}

/** "Pakai nilai ini": the record takes one source row's value for one field, through the normal edit. */
export function useAdoptValue(kind: RecordKind, id: number) {
  const refresh = useInvalidateLinkage();
  return useMutation({
    mutationFn: (body: { rowId: number; field: string; version: number }) =>
      api<unknown>(`${SEGMENT[kind]}/${id}/adopt`, { method: 'POST', body }),
    onSuccess: () => {
      void refresh();
    },
  });
}

export type BusinessProbe = {
  name: string;
  kelurahanCode: string;
  products?: string | null;
  street?: string | null;
  ownerId?: number | null;
};

/** Before a record is saved by hand: registered ones it may duplicate, best first. */
export const findDuplicatePeople = (input: PersonInput) =>
  api<z.infer<typeof DuplicateCheck>>('people/duplicates', { method: 'POST', body: input });

export const findDuplicateBusinesses = (input: BusinessProbe) =>
  api<z.infer<typeof DuplicateCheck>>('businesses/duplicates', { method: 'POST', body: input });
