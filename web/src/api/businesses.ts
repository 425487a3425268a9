import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  BusinessDetail,
  BusinessInput,
  BusinessPage,
  BusinessPatch,
  BusinessSaved,
} from '../../../shared/contracts/businesses.ts';
import type { HistoryList } from '../../../shared/contracts/history.ts';
import { api, type QueryParams } from './client.ts';

export const PAGE_SIZE = 50;

export function useBusinessList(params: QueryParams, enabled = true) {
  return useInfiniteQuery({
    queryKey: ['businesses', 'list', params],
    queryFn: ({ pageParam, signal }) =>
      api<z.infer<typeof BusinessPage>>('businesses', {
        query: { limit: PAGE_SIZE, ...params, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // Typing a search keeps the old results on screen until the new ones arrive.
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The list's total under the same filters (the figure a dashboard bar links to). */
export function useBusinessCount(params: QueryParams) {
  return useQuery({
    queryKey: ['businesses', 'count', params],
    queryFn: ({ signal }) =>
      api<{ total: number; hidden: number }>('businesses/count', { query: params, signal }),
  });
}

export function useBusiness(id: number) {
  return useQuery({
    queryKey: ['businesses', 'detail', id],
    queryFn: ({ signal }) => api<BusinessDetail>(`businesses/${id}`, { signal }),
    enabled: Number.isInteger(id) && id > 0,
  });
}

export function useBusinessHistory(id: number) {
  return useQuery({
    queryKey: ['businesses', 'history', id],
    queryFn: ({ signal }) => api<z.infer<typeof HistoryList>>(`businesses/${id}/history`, { signal }),
    enabled: Number.isInteger(id) && id > 0,
  });
}

/** Lists, counts and dashboards all move when a business changes. */
export function useInvalidateRegistry() {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: ['businesses'] }),
      qc.invalidateQueries({ queryKey: ['people'] }),
      qc.invalidateQueries({ queryKey: ['dashboard'] }),
      qc.invalidateQueries({ queryKey: ['areas'] }),
    ]);
}

export function useCreateBusiness() {
  const invalidate = useInvalidateRegistry();
  return useMutation({
    mutationFn: (input: BusinessInput) =>
      api<z.infer<typeof BusinessSaved>>('businesses', { method: 'POST', body: input }),
    onSuccess: () => {
      void invalidate();
    },
  });
}

export function useUpdateBusiness(id: number) {
  const invalidate = useInvalidateRegistry();
  return useMutation({
    mutationFn: (patch: BusinessPatch) =>
      api<z.infer<typeof BusinessSaved>>(`businesses/${id}`, { method: 'PATCH', body: patch }),
    onSuccess: () => {
      void invalidate();
    },
  });
}
