import { Button, Group } from '@mantine/core';
import { useI18n } from '../i18n/index.tsx';

type Pages = { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };

/** "Muat lagi" under a list that has another page. */
export function LoadMore({ q }: { q: Pages }) {
  const { t } = useI18n();
  if (!q.hasNextPage) return null;
  return (
    <Group justify="center">
      <Button variant="default" onClick={() => q.fetchNextPage()} loading={q.isFetchingNextPage}>
        {t('action.loadMore')}
      </Button>
    </Group>
  );
}
