import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { User, UserInput, UserPage, UserPatch } from '../../../shared/contracts/users.ts';
import { api, type QueryParams } from './client.ts';

export function useUserList(params: QueryParams) {
  return useInfiniteQuery({
    queryKey: ['users', 'list', params],
    queryFn: ({ pageParam, signal }) =>
      api<z.infer<typeof UserPage>>('users', { query: { limit: 50, ...params, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: UserInput) => api<User>('users', { method: 'POST', body: input }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useUpdateUser(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (patch: UserPatch) => api<User>(`users/${id}`, { method: 'PATCH', body: patch }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useRevokeSessions(id: number) {
  return useMutation({
    mutationFn: () => api<void>(`users/${id}/revoke-sessions`, { method: 'POST' }),
  });
}
