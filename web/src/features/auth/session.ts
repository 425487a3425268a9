import { createContext, useContext } from 'react';
import { can, type Me, type Permission } from '../../../../shared/contracts/auth.ts';

/** The signed-in user, provided by AuthGate to everything inside the app's layout. */
export const SessionContext = createContext<Me | null>(null);

export function useSession(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useSession() outside AuthGate');
  return me;
}

/** `can('registry.write')`: what the signed-in user's role allows (false when nobody is signed in). */
export function useCan(): (permission: Permission) => boolean {
  const me = useContext(SessionContext);
  return (permission) => (me ? can(me.role, permission) : false);
}

/** Where to go after signing in: a path inside the app from `?ke=`, never another site or the login page. */
export function safeReturnPath(raw: string | null): string {
  if (!raw?.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  if (raw === '/masuk' || raw.startsWith('/masuk?') || raw.startsWith('/masuk/')) return '/';
  return raw;
}

export function loginPath(returnTo: string): string {
  return returnTo === '/' ? '/masuk' : `/masuk?ke=${encodeURIComponent(returnTo)}`;
}
