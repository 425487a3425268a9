import { Anchor, Badge, Card, Chip, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { Import, SourceRow } from '../../../../shared/contracts/imports.ts';
import { type RowStatus, useImportRows } from '../../api/imports.ts';
import { LoadMore } from '../../components/LoadMore.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/States.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { rowLabel } from './import-values.ts';

type Row = z.infer<typeof SourceRow>;
const STATUS_COLOR: Record<RowStatus, string> = { ok: 'teal', warning: 'yellow', rejected: 'red' };
const FILTERS = ['all', 'rejected', 'warning', 'ok'] as const;
type Filter = (typeof FILTERS)[number];

function RowCard({ row, imp }: { row: Row; imp: Import }) {
  const { t } = useI18n();
  const label = rowLabel(imp.mapping, row.cells, ['ownerName', 'businessName']);
  return (
    <Card withBorder padding="sm" component="li" data-testid="import-row">
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
        <Text fw={700}>{t('imports.row', { n: row.sheetRow })}</Text>
        <Badge color={STATUS_COLOR[row.status]} variant="light" tt="none" style={{ flexShrink: 0 }}>
          {t(`imports.status.${row.status}`)}
        </Badge>
      </Group>
      {label && (
        <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
          {label}
        </Text>
      )}
      {row.issues.length > 0 && (
        <List size="sm" mt={4} spacing={2}>
          {row.issues.map((i) => (
            <List.Item key={`${i.code}-${i.column ?? ''}`} style={{ overflowWrap: 'anywhere' }}>
              {i.message}
            </List.Item>
          ))}
        </List>
      )}
      {(row.personId || row.businessId) && (
        <Group gap="md" mt={4}>
          {row.personId && (
            <Anchor component={Link} to={`/pelaku/${row.personId}`} fz="sm">
              {t('imports.openPerson', { id: row.personId })}
            </Anchor>
          )}
          {row.businessId && (
            <Anchor component={Link} to={`/usaha/${row.businessId}`} fz="sm">
              {t('imports.openBusiness', { id: row.businessId })}
            </Anchor>
          )}
        </Group>
      )}
    </Card>
  );
}

/** The judged rows with their sheet row number and reasons, filtered by status. */
export function ImportRows({ imp }: { imp: Import }) {
  const { t } = useI18n();
  const initial: Filter = (imp.counts.rejected ?? 0) > 0 ? 'rejected' : 'all';
  const [filter, setFilter] = useState<Filter>(initial);
  // Saving links each row to its records: a new stamp reads the rows again with those links.
  const q = useImportRows(imp.id, filter === 'all' ? null : filter, imp.committedAt ?? imp.validatedAt);
  const items = q.data?.pages.flatMap((p) => p.items) ?? [];
  const n = (s: RowStatus) => imp.counts[s] ?? 0;
  const count = (f: Filter) => (f === 'all' ? n('ok') + n('warning') + n('rejected') : n(f));

  return (
    <Stack component="section" aria-labelledby="rows-title" gap="sm">
      <Title order={3} id="rows-title">
        {t('imports.rows')}
      </Title>
      <Chip.Group value={filter} onChange={(v) => setFilter(v as Filter)}>
        <Group gap="xs" role="radiogroup" aria-label={t('imports.rowsFilter')}>
          {FILTERS.map((f) => (
            <Chip key={f} value={f} variant="outline">
              {t(`imports.filter.${f}`, { n: count(f) })}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      {q.isPending && <LoadingState />}
      {q.isError && <ErrorState error={q.error} onRetry={() => q.refetch()} />}
      {q.isSuccess && items.length === 0 && <EmptyState title={t('imports.noRows')} />}
      <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-busy={q.isFetching}>
        {items.map((row) => (
          <RowCard key={row.sheetRow} row={row} imp={imp} />
        ))}
      </Stack>
      <LoadMore q={q} />
    </Stack>
  );
}
