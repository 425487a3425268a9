import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { LoginInput, Me } from '../../../shared/contracts/auth.ts';
import type { PasswordChange } from '../../../shared/contracts/users.ts';
import { ApiError, api, type SessionLink } from './client.ts';

/** The signed-in user, or null when the server answers 401: the only copy of the CSRF token. */
export const ME_KEY = ['auth', 'me'] as const;

async function fetchMe(signal: AbortSignal): Promise<Me | null> {
  try {
    return await api<Me>('auth/me', { signal });
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

export function useMe() {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: ({ signal }) => fetchMe(signal),
    // The session lives until a call answers 401 or the user signs out; no need to ask again.
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
}

/** Everything read under a session (lists, profiles): no one signing in next on this device may see it. */
function dropSessionData(qc: QueryClient) {
  qc.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
}

/** The session has ended: forget the user, her CSRF token and all she read. */
export function forgetSession(qc: QueryClient) {
  qc.setQueryData<Me | null>(ME_KEY, null);
  dropSessionData(qc);
  qc.getMutationCache().clear();
}

/** How the fetch client reaches the session kept in the query cache. */
export function sessionLink(qc: QueryClient): SessionLink {
  return {
    csrfToken: () => qc.getQueryData<Me | null>(ME_KEY)?.csrfToken,
    onSignedOut: () => forgetSession(qc),
  };
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) => api<Me>('auth/login', { method: 'POST', body: input }),
    onSuccess: (me) => {
      dropSessionData(qc);
      qc.setQueryData(ME_KEY, me);
    },
  });
}

/**
 * Ends the session on the server (or on every device), then loads /masuk afresh: nothing read under the
 * session (query cache, revealed NIKs) survives in memory. Done even when the server could not be told.
 */
export function useLogout() {
  return useMutation({
    mutationFn: (everywhere: boolean) =>
      api<void>(everywhere ? 'auth/logout-all' : 'auth/logout', { method: 'POST' }),
    onSettled: () => window.location.replace('/masuk'),
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (input: z.input<typeof PasswordChange>) =>
      api<void>('auth/password', { method: 'POST', body: input }),
  });
}
