import { Checkbox, Group, Select, Stack, Text, Title } from '@mantine/core';
import { INTERVENTION_STATUSES } from '../../../../shared/rules/mentoring.ts';
import { useReferrals } from '../../api/roadmaps.ts';
import { ErrorState, LoadingState } from '../../components/States.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { WorkList } from '../roadmap/WorkList.tsx';

const KEYS = ['status', 'overdue'] as const;

/** Partner offices (mitra) see no registry: only the interventions referred to their office. */
export default function ReferralsPage() {
  const { t } = useI18n();
  const names = useLabels();
  usePageTitle(t('referrals.title'));
  const { values: params, update: setParams } = useUrlState(KEYS);
  const q = useReferrals({ status: params.status || undefined, overdue: params.overdue || undefined });
  return (
    <Stack gap="md">
      <Title order={1}>{t('referrals.title')}</Title>
      <Text>{t('referrals.intro')}</Text>
      <Group align="flex-end" wrap="wrap">
        <Select
          label={t('referrals.status')}
          data={[
            { value: '', label: t('referrals.allStatuses') },
            ...INTERVENTION_STATUSES.map((s) => ({ value: s, label: names.status[s] })),
          ]}
          value={params.status}
          onChange={(v) => setParams({ status: v || undefined })}
          allowDeselect={false}
          style={{ minWidth: 200 }}
        />
        <Checkbox
          label={t('referrals.onlyOverdue')}
          checked={params.overdue === 'true'}
          onChange={(e) => setParams({ overdue: e.currentTarget.checked ? 'true' : undefined })}
          mb={8}
        />
      </Group>
      {q.isPending && <LoadingState />}
      {q.isError && <ErrorState error={q.error} onRetry={() => q.refetch()} />}
      {q.isSuccess && (
        <>
          <Text role="status">
            {t('referrals.count', { n: q.data.total })}
            {q.data.total > q.data.items.length
              ? ` ${t('referrals.firstShown', { n: q.data.items.length })}`
              : ''}
          </Text>
          {q.data.items.length ? (
            <WorkList items={q.data.items} hrefOf={(i) => `/rujukan/${i.id}`} />
          ) : (
            <Text>{t('referrals.none')}</Text>
          )}
        </>
      )}
    </Stack>
  );
}
