import { Box, Card, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { MONTHS_ID } from '../../../../shared/rules/format.ts';
import { useDashboardTrends } from '../../api/dashboard.ts';
import { ErrorState, LoadingState } from '../../components/States.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { BreakdownTable } from './BreakdownTable.tsx';

const TrendsChart = lazy(() => import('./TrendsChart.tsx'));

/** "Mar 2026" from "2026-03". */
const monthLabel = (ym: string) => {
  const [y, m] = ym.split('-');
  return `${(MONTHS_ID[Number(m) - 1] ?? '').slice(0, 3)} ${y}`;
};

/** Registrations, naik / turun kelas and permits issued per month over the last twelve months. */
export function TrendsCard() {
  const { t } = useI18n();
  const q = useDashboardTrends(12);
  const rows = (q.data?.months ?? []).map((m) => ({ ...m, label: monthLabel(m.month) }));
  return (
    <Card withBorder component="section" aria-labelledby="dash-trends">
      <Title order={2} id="dash-trends" mb="sm">
        {t('trend.title')}
      </Title>
      {q.isPending && <LoadingState />}
      {q.isError && <ErrorState error={q.error} onRetry={() => q.refetch()} />}
      {q.isSuccess && (
        <>
          <Box mb="md">
            <Suspense fallback={<LoadingState />}>
              <TrendsChart rows={rows} />
            </Suspense>
          </Box>
          <BreakdownTable
            caption={t('trend.caption')}
            labelHeader={t('trend.month')}
            rows={[...rows].reverse().map((r) => ({ key: r.month, label: r.label }))}
            columns={(['registered', 'naik', 'turun', 'permits'] as const).map((k) => ({
              header: t(`trend.${k}`),
              values: [...rows].reverse().map((r) => r[k]),
            }))}
          />
        </>
      )}
    </Card>
  );
}
