import { Alert, Button, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { formatNumberId } from '../../../../shared/rules/format.ts';
import { useAuditList, useAuditVerify } from '../../api/audit.ts';
import { PagedResults } from '../../components/PagedResults.tsx';
import { SearchBox } from '../../components/SearchBox.tsx';
import { ErrorState, LoadingState } from '../../components/States.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { id as messages } from '../../i18n/id.ts';
import { useI18n } from '../../i18n/index.tsx';
import { AuditResults, actionLabel } from './AuditResults.tsx';

const KEYS = ['actor', 'action', 'from', 'to'] as const;
const ACTIONS = Object.keys(messages)
  .filter((k) => k.startsWith('audit.act.'))
  .map((k) => k.slice('audit.act.'.length));

/** Whether every entry still hashes onto the one before it: nobody changed the log behind Pilar's back. */
function ChainStatus() {
  const { t } = useI18n();
  const v = useAuditVerify();
  if (v.isPending) return <LoadingState label={t('audit.checking')} />;
  if (v.isError) return <ErrorState error={v.error} onRetry={() => v.refetch()} />;
  const n = formatNumberId(v.data.entries);
  const ok = v.data.ok;
  return (
    <Alert
      color={ok ? 'green' : 'red'}
      variant="light"
      role={ok ? 'status' : 'alert'}
      title={ok ? t('audit.chainOk', { n }) : t('audit.chainBroken', { at: v.data.brokenAt ?? '–', n })}
      data-testid="audit-chain"
    >
      <Group justify="space-between" gap="xs">
        <Text fz="sm">{ok ? t('audit.chainOkHelp') : t('audit.chainBrokenHelp')}</Text>
        <Button size="xs" variant="default" onClick={() => v.refetch()} loading={v.isFetching}>
          {t('audit.recheck')}
        </Button>
      </Group>
    </Alert>
  );
}

/** The CSV export of what the filters show (the whole log that matches, not only the loaded pages). */
function exportHref(values: Record<string, string | undefined>): string {
  const params = new URLSearchParams(Object.entries(values).filter((e): e is [string, string] => !!e[1]));
  return `/api/v1/audit/export.csv${params.size ? `?${params}` : ''}`;
}

export default function AuditPage() {
  const { t } = useI18n();
  usePageTitle(t('audit.title'));
  const { values, update } = useUrlState(KEYS);
  const q = useAuditList({ ...values });
  const items = q.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t('audit.title')}</Title>
          <Text c="dimmed" fz="sm">
            {t('audit.intro')}
          </Text>
        </div>
        <Button component="a" variant="default" href={exportHref(values)} download>
          {t('audit.export')}
        </Button>
      </Group>
      <ChainStatus />
      <SimpleGrid
        component="section"
        aria-label={t('filter.label')}
        cols={{ base: 1, xs: 2, md: 4 }}
        spacing="sm"
      >
        <SearchBox
          label={t('audit.actor')}
          placeholder={t('audit.actorPlaceholder')}
          value={values.actor}
          onSearch={(v) => update({ actor: v })}
        />
        <Select
          label={t('audit.action')}
          placeholder={t('audit.allActions')}
          data={ACTIONS.map((a) => ({ value: a, label: actionLabel(a, t) }))}
          value={values.action || null}
          onChange={(v) => update({ action: v ?? '' })}
          clearable
        />
        <TextInput
          type="date"
          label={t('audit.from')}
          value={values.from}
          max={values.to || undefined}
          onChange={(e) => update({ from: e.currentTarget.value }, { replace: true })}
        />
        <TextInput
          type="date"
          label={t('audit.to')}
          value={values.to}
          min={values.from || undefined}
          onChange={(e) => update({ to: e.currentTarget.value }, { replace: true })}
        />
      </SimpleGrid>
      <PagedResults q={q} count={items.length} empty={<Text fz="sm">{t('audit.emptyHelp')}</Text>}>
        <AuditResults items={items} />
      </PagedResults>
    </Stack>
  );
}
