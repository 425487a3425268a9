import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { useNavigate } from 'react-router';
import { formatNumberId } from '../../../../shared/rules/format.ts';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { useI18n } from '../../i18n/index.tsx';

export type ChartRow = {
  label: string;
  homeIndustries: number;
  homeIndustriesKrtp: number;
  /** The business list behind each bar (none as of a past date, or for pimpinan). */
  hrefHi?: string;
  hrefKrtp?: string;
};

/**
 * Home industries and those run by a KRTP woman per category; clicking a bar opens the list behind that
 * bar. On a phone the bars run sideways with the names on the left.
 */
export default function BreakdownChart({ rows, testId }: { rows: ChartRow[]; testId?: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const isPhone = useIsPhone();
  const open = (key: 'hrefHi' | 'hrefKrtp') => (entry: unknown) => {
    const href = (entry as { payload?: ChartRow })?.payload?.[key];
    if (href) navigate(href);
  };
  return (
    <BarChart
      data-testid={testId}
      h={isPhone ? Math.max(200, rows.length * 36 + 60) : 260}
      orientation={isPhone ? 'vertical' : 'horizontal'}
      data={rows}
      dataKey="label"
      withLegend
      legendProps={{ verticalAlign: 'bottom' }}
      valueFormatter={formatNumberId}
      series={[
        { name: 'homeIndustries', label: t('kpi.hi'), color: 'blue.8' },
        { name: 'homeIndustriesKrtp', label: t('kpi.krtp'), color: 'grape.8' },
      ]}
      barProps={(s) => ({
        onClick: open(s.name === 'homeIndustries' ? 'hrefHi' : 'hrefKrtp'),
        style: { cursor: 'pointer' },
      })}
      xAxisProps={isPhone ? {} : { interval: 0, tick: { fontSize: 11 } }}
      yAxisProps={isPhone ? { width: 110, interval: 0, tick: { fontSize: 11 } } : { width: 48 }}
    />
  );
}
