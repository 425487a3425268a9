import { Alert, Box, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { lazy, type ReactNode, Suspense } from 'react';
import type { DashboardSummary } from '../../../../shared/contracts/dashboard.ts';
import { IR_LEVEL_LABELS } from '../../../../shared/rules/mentoring.ts';
import { SIZE_CLASS_LABELS, type SizeClass } from '../../../../shared/rules/size-class.ts';
import { useDashboard } from '../../api/dashboard.ts';
import { ErrorState, LoadingState } from '../../components/States.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.tsx';
import { LevelsByKecamatan } from '../assessments/LevelsByKecamatan.tsx';
import { NaikKelasCards } from '../assessments/NaikKelasCards.tsx';
import { useCan } from '../auth/session.ts';
import { LeaderSummaryButton } from '../reports/PrintButton.tsx';
import type { ChartRow } from './BreakdownChart.tsx';
import { BreakdownTable } from './BreakdownTable.tsx';
import { DashboardFilters } from './DashboardFilters.tsx';
import {
  DASHBOARD_FILTER_KEYS,
  type DashboardFilters as Filters,
  stockHref,
  toSummaryQuery,
} from './dashboard-filters.ts';
import { FlowCards } from './FlowCards.tsx';
import { KpiCards } from './KpiCards.tsx';
import { MapCard } from './MapCard.tsx';
import { TrendsCard } from './TrendsCard.tsx';

const BreakdownChart = lazy(() => import('./BreakdownChart.tsx'));

type Counts = { microEnterprises: number; homeIndustries: number; homeIndustriesKrtp: number };
type Bar = Counts & { key: string; label: string; bar: Record<string, string> };

/** A breakdown as a table (every figure linked) beside a chart whose bars open the same lists. */
function Breakdown(props: {
  id: string;
  title: string;
  caption: string;
  labelHeader: string;
  bars: Bar[];
  filters: Filters;
  linkable: boolean;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const href = (b: Bar, figure: 'micro' | 'hi' | 'krtp') =>
    props.linkable ? stockHref(props.filters, figure, b.bar) : undefined;
  const rows: ChartRow[] = props.bars.map((b) => ({
    label: b.label,
    homeIndustries: b.homeIndustries,
    homeIndustriesKrtp: b.homeIndustriesKrtp,
    hrefHi: href(b, 'hi'),
    hrefKrtp: href(b, 'krtp'),
  }));
  return (
    <Card withBorder component="section" aria-labelledby={props.id} data-testid={props.id}>
      <Title order={2} id={props.id} mb="sm">
        {props.title}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <BreakdownTable
          caption={props.caption}
          labelHeader={props.labelHeader}
          rows={props.bars.map((b) => ({ key: b.key, label: b.label }))}
          columns={[
            { header: t('col.micro'), values: props.bars.map((b) => b.microEnterprises) },
            { header: t('col.hi'), values: props.bars.map((b) => b.homeIndustries) },
            { header: t('col.krtp'), values: props.bars.map((b) => b.homeIndustriesKrtp) },
          ]}
          hrefs={props.bars.map((b) => [href(b, 'micro'), href(b, 'hi'), href(b, 'krtp')])}
        />
        <Box component="figure" m={0} aria-label={t('dash.chartOf', { title: props.title })}>
          <Suspense fallback={<LoadingState />}>
            <BreakdownChart rows={rows} testId={`${props.id}-chart`} />
          </Suspense>
        </Box>
      </SimpleGrid>
    </Card>
  );
}

function breakdowns(s: DashboardSummary, t: ReturnType<typeof useI18n>['t']) {
  return {
    kecamatan: s.byKecamatan.map((k) => ({ ...k, key: k.code, label: k.name, bar: { kecamatan: k.code } })),
    kelurahan: s.byKelurahan.map((k) => ({ ...k, key: k.code, label: k.name, bar: { kelurahan: k.code } })),
    sector: s.bySector.map((x) => ({ ...x, key: x.sector, label: x.label, bar: { sector: x.sector } })),
    level: s.byLevel.map((l) => ({
      ...l,
      key: l.level,
      label: l.level === 'none' ? t('dashf.levelNone') : IR_LEVEL_LABELS[Number(l.level) as 1 | 2 | 3],
      bar: { level: l.level },
    })),
  };
}

export default function DashboardPage() {
  const { t, locale } = useI18n();
  usePageTitle(t('nav.dashboard'));
  const { values, update, reset } = useUrlState(DASHBOARD_FILTER_KEYS);
  const q = useDashboard(toSummaryQuery(values));
  // Pimpinan reads the figures but not the registry behind them: no links into /usaha.
  const canList = useCan()('registry.read');

  if (q.isPending) return <LoadingState />;
  if (q.isError) return <ErrorState page error={q.error} onRetry={() => q.refetch()} />;
  const s = q.data;
  const past = s.filter.asOf;
  const linkable = canList && !past;
  const b = breakdowns(s, t);
  const section = (id: string, title: string, caption: string, header: string, bars: Bar[]) => (
    <Breakdown
      id={id}
      title={title}
      caption={caption}
      labelHeader={header}
      bars={bars}
      filters={values}
      linkable={linkable}
    />
  );
  const recap = `/api/v1/reports/recap.pdf${values.kecamatan ? `?kecamatan=${values.kecamatan}` : ''}`;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" gap="sm">
        <div>
          <Title order={1}>{t('dash.title', { region: s.region.name })}</Title>
          <Text c="dimmed" fz="sm">
            {t('dash.asOf', { date: formatDate(locale, s.asOf) })}
          </Text>
        </div>
        <Group gap="xs">
          <Button component="a" href={recap} target="_blank" variant="default">
            {t('dash.printRecap')}
          </Button>
          <LeaderSummaryButton kecamatan={values.kecamatan} />
        </Group>
      </Group>
      <DashboardFilters values={values} update={update} reset={reset} />
      {past && (
        <Alert color="blue" variant="light">
          {t('dashf.asOfNote', { date: formatDate(locale, past) })}
        </Alert>
      )}
      <KpiCards summary={s} hrefOf={(figure) => (linkable ? stockHref(values, figure) : undefined)} />
      <FlowCards summary={s} filters={values} linkable={linkable} />
      <NaikKelasCards figure={s.naikKelas} />
      <TrendsCard />
      <MapCard />
      {section(
        'dash-kec',
        t('dash.byKecamatan'),
        t('dash.byKecamatanCaption'),
        t('field.kecamatan'),
        b.kecamatan,
      )}
      {b.kelurahan.length > 0 &&
        section(
          'dash-kel',
          t('dash.byKelurahan'),
          t('dash.byKelurahanCaption'),
          t('field.kelurahan'),
          b.kelurahan,
        )}
      {section('dash-level', t('dash.byLevel'), t('dash.byLevelCaption'), t('dashf.level'), b.level)}
      {section('dash-sector', t('dash.bySector'), t('dash.bySectorCaption'), t('field.sector'), b.sector)}
      <LevelsByKecamatan />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card withBorder component="section" aria-labelledby="dash-permit">
          <Title order={2} id="dash-permit" mb="sm">
            {t('dash.byPermit')}
          </Title>
          <BreakdownTable
            caption={t('dash.byPermitCaption')}
            labelHeader={t('field.permit')}
            rows={s.byPermit.map((r) => ({ key: r.type, label: r.label }))}
            columns={[{ header: t('col.hi'), values: s.byPermit.map((r) => r.homeIndustries) }]}
            hrefs={s.byPermit.map((r) => [
              linkable ? stockHref(values, 'hi', { permit: r.type }) : undefined,
            ])}
          />
        </Card>
        <Card withBorder component="section" aria-labelledby="dash-size">
          <Title order={2} id="dash-size" mb="sm">
            {t('dash.bySize')}
          </Title>
          <BreakdownTable
            caption={t('dash.bySizeCaption')}
            labelHeader={t('field.sizeClass')}
            rows={s.bySizeClass.map((r) => ({
              key: r.sizeClass,
              label: SIZE_CLASS_LABELS[r.sizeClass as SizeClass] ?? t('size.unknown'),
            }))}
            columns={[
              { header: t('col.micro'), values: s.bySizeClass.map((r) => r.microEnterprises) },
              { header: t('col.hi'), values: s.bySizeClass.map((r) => r.homeIndustries) },
              { header: t('col.krtp'), values: s.bySizeClass.map((r) => r.homeIndustriesKrtp) },
            ]}
          />
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
