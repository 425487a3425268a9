import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { type Merge, type RecordKind, ROUTE, useMerges, useUndoMerge } from '../../api/reviews.ts';
import { errorMessage } from '../../components/States.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useCan } from '../auth/session.ts';

type Undo = ReturnType<typeof useUndoMerge>;

function MergeItem({ m, kind, id, undo }: { m: Merge; kind: RecordKind; id: number; undo: Undo }) {
  const { t, locale } = useI18n();
  const intoThis = m.survivorId === id;
  const other = intoThis ? m.mergedId : m.survivorId;
  const mine = undo.variables === m.id;
  return (
    <Card withBorder padding="xs" component="li">
      <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
        {intoThis
          ? t('merges.into', { name: m.mergedName, id: m.mergedId })
          : t('merges.away', { id: m.survivorId })}{' '}
        {/* The record merged away exists again only once the merge is undone. */}
        {(!intoThis || m.undoneAt) && (
          <Anchor component={Link} to={`${ROUTE[kind]}/${other}`} fz="sm">
            {t('merges.open', { id: other })}
          </Anchor>
        )}
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
      <div role="status">
        {undo.isSuccess && (
          <Alert color="green" variant="light" mb="xs">
            {t('merges.undoneNotice')}
          </Alert>
        )}
      </div>
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((m) => (
          <MergeItem key={m.id} m={m} kind={kind} id={id} undo={undo} />
        ))}
      </Stack>
    </Card>
  );
}
