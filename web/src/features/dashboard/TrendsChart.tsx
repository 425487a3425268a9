import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import type { DashboardTrends } from '../../../../shared/contracts/dashboard.ts';
import { formatNumberId } from '../../../../shared/rules/format.ts';
import { useI18n } from '../../i18n/index.tsx';

/** Lines per month; the table below holds the same numbers, for screen readers and printing. */
export default function TrendsChart({
  rows,
}: {
  rows: (DashboardTrends['months'][number] & { label: string })[];
}) {
  const { t } = useI18n();
  return (
    <LineChart
      h={240}
      data={rows}
      dataKey="label"
      withLegend
      legendProps={{ verticalAlign: 'bottom' }}
      valueFormatter={formatNumberId}
      series={[
        { name: 'registered', label: t('trend.registered'), color: 'blue.8' },
        { name: 'naik', label: t('trend.naik'), color: 'teal.9' },
        { name: 'permits', label: t('trend.permits'), color: 'orange.9' },
        { name: 'turun', label: t('trend.turun'), color: 'red.9' },
      ]}
      curveType="linear"
    />
  );
}
