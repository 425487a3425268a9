import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { AuditPage, AuditVerify } from '../../../shared/contracts/audit.ts';
import { api, type QueryParams } from './client.ts';

export function useAuditList(params: QueryParams) {
  return useInfiniteQuery({
    queryKey: ['audit', 'list', params],
    queryFn: ({ pageParam, signal }) =>
      api<AuditPage>('audit', { query: { limit: 50, ...params, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    // The log grows with every request the office makes; always read it fresh.
    staleTime: 0,
  });
}

export function useAuditVerify() {
  return useQuery({
    queryKey: ['audit', 'verify'],
    queryFn: ({ signal }) => api<AuditVerify>('audit/verify', { signal }),
    staleTime: 0,
  });
}
