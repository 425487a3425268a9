import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { useNavigate } from 'react-router';
import type { DashboardSummary } from '../../../../shared/contracts/dashboard.ts';
import { formatNumberId } from '../../../../shared/rules/format.ts';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { useI18n } from '../../i18n/index.tsx';

type Row = DashboardSummary['byKecamatan'][number];

/** Bars per kecamatan; clicking a bar opens the Usaha list of that kecamatan (the table holds the same links). */
export default function KecamatanChart({ rows }: { rows: Row[] }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  // On a phone the five names do not fit under vertical bars: bars run sideways with names on the left.
  const isPhone = useIsPhone();
  const open = (entry: unknown) => {
    const code = (entry as { payload?: Row })?.payload?.code;
    if (code) navigate(`/usaha?kecamatan=${code}`);
  };
  return (
    <BarChart
      h={isPhone ? 320 : 260}
      orientation={isPhone ? 'vertical' : 'horizontal'}
      data={rows}
      dataKey="name"
      withLegend
      legendProps={{ verticalAlign: 'bottom' }}
      valueFormatter={formatNumberId}
      series={[
        { name: 'homeIndustries', label: t('kpi.hi'), color: 'blue.8' },
        { name: 'homeIndustriesKrtp', label: t('kpi.krtp'), color: 'grape.8' },
      ]}
      barProps={{ onClick: open, style: { cursor: 'pointer' } }}
      xAxisProps={isPhone ? {} : { interval: 0, tick: { fontSize: 11 } }}
      yAxisProps={isPhone ? { width: 96, interval: 0, tick: { fontSize: 11 } } : { width: 48 }}
    />
  );
}
