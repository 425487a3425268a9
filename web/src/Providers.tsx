import '@mantine/core/styles.css';
import './styles.css';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { sessionLink } from './api/auth.ts';
import { ApiError, connectSession } from './api/client.ts';
import { I18nProvider, type Locale } from './i18n/index.tsx';
import { cssVariablesResolver, theme } from './theme.ts';

/** 4xx answers are final; only network and server failures are retried. */
function retry(count: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return count < 2;
}

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { retry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

/** Everything a page needs around it; tests use the same providers with their own query client. */
export function Providers({
  children,
  client,
  locale,
}: {
  children: ReactNode;
  client?: QueryClient;
  locale?: Locale;
}) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  // The fetch client reads the CSRF token from, and reports a lost session to, this query cache.
  useEffect(() => connectSession(sessionLink(queryClient)), [queryClient]);
  return (
    <QueryClientProvider client={queryClient}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        <I18nProvider initial={locale}>{children}</I18nProvider>
      </MantineProvider>
    </QueryClientProvider>
  );
}
