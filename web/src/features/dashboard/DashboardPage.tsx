import { Box, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { SIZE_CLASS_LABELS, type SizeClass } from '../../../../shared/rules/size-class.ts';
import { useDashboard } from '../../api/dashboard.ts';
import { ErrorState, LoadingState } from '../../components/States.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.tsx';
import { LevelsByKecamatan } from '../assessments/LevelsByKecamatan.tsx';
import { NaikKelasCards } from '../assessments/NaikKelasCards.tsx';
import { useCan } from '../auth/session.ts';
import { LeaderSummaryButton } from '../reports/PrintButton.tsx';
import { BreakdownTable } from './BreakdownTable.tsx';
import { KpiCards } from './KpiCards.tsx';
import { MapCard } from './MapCard.tsx';
import { TrendsCard } from './TrendsCard.tsx';

const KecamatanChart = lazy(() => import('./KecamatanChart.tsx'));

export default function DashboardPage() {
  const { t, locale } = useI18n();
  usePageTitle(t('nav.dashboard'));
  const q = useDashboard();
  // Pimpinan reads the figures but not the registry behind them: no links into /usaha.
  const link = useCan()('registry.read') ? (href: string) => href : () => undefined;

  if (q.isPending) return <LoadingState />;
  if (q.isError) return <ErrorState page error={q.error} onRetry={() => q.refetch()} />;
  const s = q.data;
  const counts = (
    rows: { microEnterprises: number; homeIndustries: number; homeIndustriesKrtp: number }[],
  ) => [
    { header: t('col.micro'), values: rows.map((r) => r.microEnterprises) },
    { header: t('col.hi'), values: rows.map((r) => r.homeIndustries) },
    { header: t('col.krtp'), values: rows.map((r) => r.homeIndustriesKrtp) },
  ];

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" gap="sm">
        <div>
          <Title order={1}>{t('dash.title', { region: s.region.name })}</Title>
          <Text c="dimmed" fz="sm">
            {t('dash.asOf', { date: formatDate(locale, s.asOf) })}
          </Text>
        </div>
        <Button component="a" href="/api/v1/reports/recap.pdf" target="_blank" variant="default">
          {t('dash.printRecap')}
        </Button>
        <LeaderSummaryButton />
      </Group>
      <KpiCards summary={s} />
      <NaikKelasCards figure={s.naikKelas} />
      <TrendsCard />
      <MapCard />

      <Card withBorder component="section" aria-labelledby="dash-kec">
        <Title order={2} id="dash-kec" mb="sm">
          {t('dash.byKecamatan')}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <BreakdownTable
            caption={t('dash.byKecamatanCaption')}
            labelHeader={t('field.kecamatan')}
            rows={s.byKecamatan.map((k) => ({
              key: k.code,
              label: k.name,
              href: link(`/usaha?kecamatan=${k.code}`),
            }))}
            columns={counts(s.byKecamatan)}
          />
          <Box component="figure" m={0} role="img" aria-label={t('dash.chartAlt')}>
            <Suspense fallback={<LoadingState />}>
              <KecamatanChart rows={s.byKecamatan} />
            </Suspense>
          </Box>
        </SimpleGrid>
      </Card>

      <LevelsByKecamatan />

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card withBorder component="section" aria-labelledby="dash-sector">
          <Title order={2} id="dash-sector" mb="sm">
            {t('dash.bySector')}
          </Title>
          <BreakdownTable
            caption={t('dash.bySectorCaption')}
            labelHeader={t('field.sector')}
            rows={s.bySector.map((r) => ({
              key: r.sector,
              label: r.label,
              href: link(`/usaha?sector=${r.sector}`),
            }))}
            columns={counts(s.bySector)}
          />
        </Card>
        <Card withBorder component="section" aria-labelledby="dash-permit">
          <Title order={2} id="dash-permit" mb="sm">
            {t('dash.byPermit')}
          </Title>
          <BreakdownTable
            caption={t('dash.byPermitCaption')}
            labelHeader={t('field.permit')}
            rows={s.byPermit.map((r) => ({
              key: r.type,
              label: r.label,
              href: link(`/usaha?permit=${r.type}&homeIndustry=true`),
            }))}
            columns={[{ header: t('col.hi'), values: s.byPermit.map((r) => r.homeIndustries) }]}
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
              href: r.sizeClass in SIZE_CLASS_LABELS ? link(`/usaha?sizeClass=${r.sizeClass}`) : undefined,
            }))}
            columns={counts(s.bySizeClass)}
          />
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
