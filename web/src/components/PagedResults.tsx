import { Stack, Text, Title } from '@mantine/core';
import type { UseInfiniteQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/index.tsx';
import { LoadMore } from './LoadMore.tsx';
import { EmptyState, ErrorState, LoadingState } from './States.tsx';

type Query = Pick<
  UseInfiniteQueryResult,
  | 'isPending'
  | 'isError'
  | 'error'
  | 'refetch'
  | 'isSuccess'
  | 'hasNextPage'
  | 'fetchNextPage'
  | 'isFetchingNextPage'
  | 'isPlaceholderData'
>;

type Props = { q: Query; count: number; empty: ReactNode; children: ReactNode };

/** Loading, error, empty and "Muat lagi" states shared by every keyset-paged list. */
export function PagedResults({ q, count, empty, children }: Props) {
  const { t } = useI18n();
  const status = q.isPlaceholderData
    ? t('state.loading')
    : q.hasNextPage
      ? t('state.shownMore', { n: count })
      : t('state.shownAll', { n: count });
  return (
    <section aria-labelledby="results-title">
      <Title order={2} id="results-title" className="visually-hidden">
        {t('state.results')}
      </Title>
      {q.isPending && <LoadingState />}
      {q.isError && <ErrorState error={q.error} onRetry={() => q.refetch()} />}
      {q.isSuccess && count === 0 && <EmptyState title={t('state.noResults')}>{empty}</EmptyState>}
      {count > 0 && (
        <Stack gap="sm" aria-busy={q.isPlaceholderData} style={{ opacity: q.isPlaceholderData ? 0.6 : 1 }}>
          <Text fz="sm" role="status">
            {status}
          </Text>
          {children}
          <LoadMore q={q} />
        </Stack>
      )}
    </section>
  );
}
