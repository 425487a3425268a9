import { Badge, Card, Group, List, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import type { HistoryEntry } from '../../../shared/contracts/history.ts';
import { useAreaTree } from '../api/areas.ts';
import { formatDateTime } from '../i18n/format.ts';
import { useI18n } from '../i18n/index.tsx';
import { historyFieldLabel, historyValue } from './history-values.ts';
import { EmptyState } from './States.tsx';

/** Kelurahan and kecamatan names by code, for values the registry records as codes. */
export function useAreaNames() {
  const tree = useAreaTree();
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const kec of tree.data?.children ?? []) {
      names.set(kec.code, kec.name);
      for (const kel of kec.children) names.set(kel.code, kel.name);
    }
    return (code: string) => names.get(code);
  }, [tree.data]);
}

function Entry({ e, areaName }: { e: HistoryEntry; areaName: (code: string) => string | undefined }) {
  const { t, locale } = useI18n();
  const ctx = { t, locale, areaName };
  // A merge and its undo change values as an edit does: shown as old → new.
  const changing = e.action === 'update' || e.action === 'merge' || e.action === 'unmerge';
  const changes = e.changes.filter(
    (c) => changing || (e.action === 'create' ? c.new != null : c.old != null),
  );
  return (
    <Card withBorder padding="sm" component="li">
      <Text fw={600} fz="sm">
        {formatDateTime(locale, e.at)}
      </Text>
      <Group gap="xs" mb={4}>
        <Text fz="sm">{t('history.by', { action: t(`history.${e.action}`), actor: e.actor })}</Text>
        <Badge variant="light" size="sm" color={e.action === 'delete' ? 'red' : 'blue'} tt="none">
          {t(`history.entity.${e.entity}`)}
        </Badge>
      </Group>
      <List size="sm" spacing={2} listStyleType="none" ml={0} pl={0}>
        {changes.map((c) => (
          <List.Item key={c.field} className="history-value">
            <Text span fz="sm" fw={600}>
              {historyFieldLabel(c.field, t)}:
            </Text>{' '}
            {changing ? (
              <>
                <span className="visually-hidden">{t('history.from')} </span>
                <Text span fz="sm" td="line-through">
                  {historyValue(c.field, c.old, ctx)}
                </Text>
                <span aria-hidden="true"> → </span>
                <span className="visually-hidden"> {t('history.to')} </span>
                <Text span fz="sm">
                  {historyValue(c.field, c.new, ctx)}
                </Text>
              </>
            ) : (
              historyValue(c.field, e.action === 'delete' ? c.old : c.new, ctx)
            )}
          </List.Item>
        ))}
      </List>
    </Card>
  );
}

/** Who changed what and when, newest first, with field labels in the reader's language. */
export function HistoryList({ items }: { items: HistoryEntry[] }) {
  const { t } = useI18n();
  const areaName = useAreaNames();
  if (items.length === 0) return <EmptyState title={t('history.empty')} />;
  return (
    <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((e) => (
        <Entry key={e.id} e={e} areaName={areaName} />
      ))}
    </Stack>
  );
}
