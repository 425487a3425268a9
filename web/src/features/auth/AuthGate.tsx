import { Container } from '@mantine/core';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useMe } from '../../api/auth.ts';
import { ErrorState, LoadingState } from '../../components/States.tsx';
import { loginPath, SessionContext } from './session.ts';

/** Everything inside needs a session: until `auth/me` answers, wait; on 401, go to /masuk and come back. */
export function AuthGate({ children }: { children: ReactNode }) {
  const me = useMe();
  const { pathname, search } = useLocation();
  if (me.isPending) {
    return (
      <Container component="main" size="lg" py="md">
        <LoadingState />
      </Container>
    );
  }
  if (me.isError) {
    return (
      <Container component="main" size="lg" py="md">
        <ErrorState page error={me.error} onRetry={() => me.refetch()} />
      </Container>
    );
  }
  if (!me.data) return <Navigate to={loginPath(`${pathname}${search}`)} replace />;
  return <SessionContext value={me.data}>{children}</SessionContext>;
}
