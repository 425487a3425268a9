import { Alert, Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';

export function LoadingState({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader size="md" aria-hidden="true" />
        <Text c="dimmed">{label ?? t('state.loading')}</Text>
      </Stack>
    </Center>
  );
}

export function errorMessage(err: unknown, t: ReturnType<typeof useI18n>['t']): string {
  if (err instanceof ApiError) {
    if (err.code === 'NETWORK') return t('error.network');
    if (err.code === 'NOT_FOUND' || err.status === 404) return err.message || t('error.notFound');
    // A proxy or crash page instead of the API's JSON error: say so in words, not "Bad Gateway".
    if (err.code.startsWith('HTTP_')) return err.status >= 500 ? t('error.server') : t('error.unknown');
    return err.message;
  }
  return t('error.unknown');
}

/** A failed load; `page` makes it the page's h1 when the whole page could not be shown. */
export function ErrorState({
  error,
  onRetry,
  page,
}: {
  error: unknown;
  onRetry?: () => void;
  page?: boolean;
}) {
  const { t } = useI18n();
  const notFound = error instanceof ApiError && error.status === 404;
  const title = notFound ? t('error.notFoundTitle') : t('error.title');
  return (
    <Stack gap="sm">
      {page && <Title order={1}>{title}</Title>}
      <Alert color="red" variant="light" title={page ? undefined : title} role="alert">
        <Stack gap="sm" align="flex-start">
          <Text>{errorMessage(error, t)}</Text>
          {onRetry && !notFound && (
            <Button variant="outline" color="red" onClick={onRetry}>
              {t('action.retry')}
            </Button>
          )}
        </Stack>
      </Alert>
    </Stack>
  );
}

export function EmptyState({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <Stack align="center" gap="xs" py="xl" role="status">
      <Text fw={600}>{title}</Text>
      {children}
    </Stack>
  );
}
