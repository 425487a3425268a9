import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import {
  type Merge,
  type RecordKind,
  ROUTE,
  useMerges,
  useRecentMerges,
  useUndoMerge,
} from '../../api/reviews.ts';
import { LoadMore } from '../../components/LoadMore.tsx';
import { Notice } from '../../components/Notice.tsx';
import { EmptyState, ErrorState, errorMessage, LoadingState } from '../../components/States.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useCan } from '../auth/session.ts';

type Undo = ReturnType<typeof useUndoMerge>;

/** Links to the records of a merge that exist: the one kept, and the merged one once the merge is undone. */
function RecordLinks({ kind, ids }: { kind: RecordKind; ids: number[] }) {
  const { t } = useI18n();
  return ids.map((other) => (
    <Anchor key={other} component={Link} to={`${ROUTE[kind]}/${other}`} fz="sm" mr="xs">
      {t('merges.open', { id: other })}
    </Anchor>
  ));
}

/** One merge, as seen from record `id` (a profile), or from neither (the review page's list). */
function MergeItem({ m, kind, id, undo }: { m: Merge; kind: RecordKind; id?: number; undo: Undo }) {
  const { t, locale } = useI18n();
  const mine = undo.variables === m.id;
  const kept = m.survivorName === null ? [] : [m.survivorId];
  const back = m.undoneAt ? [m.mergedId] : [];
  let text: string;
  let links: number[];
  if (id === undefined) {
    text = t('merges.pair', {
      merged: m.mergedName,
      mergedId: m.mergedId,
      kept: m.survivorName ?? '–',
      keptId: m.survivorId,
    });
    links = [...kept, ...back];
  } else if (m.survivorId === id) {
    text = t('merges.into', { name: m.mergedName, id: m.mergedId });
    links = back;
  } else {
    text = t('merges.away', { id: m.survivorId });
    links = kept;
  }
  return (
    <Card withBorder padding="xs" component="li">
      <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
        {text} <RecordLinks kind={kind} ids={links} />
      </Text>
      <Text fz="sm">{t('merges.by', { name: m.mergedBy, time: formatDateTime(locale, m.mergedAt) })}</Text>
      {m.undoneAt ? (
        <Text fz="sm" fw={600}>
          {t('merges.undone', { name: m.undoneBy ?? '–', time: formatDateTime(locale, m.undoneAt) })}
        </Text>
      ) : (
        <Group mt={4}>
          <Button
            size="xs"
            variant="outline"
            color="red"
            onClick={() => undo.mutate(m.id)}
            loading={undo.isPending && mine}
          >
            {t('merges.undo')}
          </Button>
        </Group>
      )}
      {undo.isError && mine && (
        <Alert color="red" variant="light" role="alert" mt={4}>
          {errorMessage(undo.error, t)}
        </Alert>
      )}
    </Card>
  );
}

/** The review page's "Digabung": the latest merges of a kind in the reader's area, each undoable. */
export function RecentMerges({ kind }: { kind: RecordKind }) {
  const { t } = useI18n();
  const q = useRecentMerges(kind, true);
  const undo = useUndoMerge();
  const items = q.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <Notice message={undo.isSuccess ? t('merges.undoneNotice') : null} />
      {q.isPending && <LoadingState />}
      {q.isError && <ErrorState error={q.error} onRetry={() => q.refetch()} />}
      {q.isSuccess && items.length === 0 && <EmptyState title={t('reviews.emptyState.merged')} />}
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} data-testid="recent-merges">
        {items.map((m) => (
          <MergeItem key={m.id} m={m} kind={kind} undo={undo} />
        ))}
      </Stack>
      <LoadMore q={q} />
    </>
  );
}

/** "Penggabungan" on a profile: merges this record took part in, each undoable; nothing shown when none. */
export function MergesSection({ kind, id }: { kind: RecordKind; id: number }) {
  const { t } = useI18n();
  const can = useCan();
  const q = useMerges(kind, id, can('linkage.review'));
  const undo = useUndoMerge();
  const items = q.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Card withBorder component="section" aria-labelledby={`merges-${kind}`} data-testid="merges">
      <Title order={2} id={`merges-${kind}`} mb="xs">
        {t('merges.title')}
      </Title>
      <Notice message={undo.isSuccess ? t('merges.undoneNotice') : null} mb="xs" />
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((m) => (
          <MergeItem key={m.id} m={m} kind={kind} id={id} undo={undo} />
        ))}
      </Stack>
    </Card>
  );
}
