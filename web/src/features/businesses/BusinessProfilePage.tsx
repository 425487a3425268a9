import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router';
import { formatAddress } from '../../../../shared/rules/format.ts';
import { KBLI_KNOWN } from '../../../../shared/rules/kbli.ts';
import { useBusiness, useBusinessHistory } from '../../api/businesses.ts';
import { DetailList } from '../../components/DetailList.tsx';
import { HistoryList } from '../../components/HistoryList.tsx';
import { SavedNotice } from '../../components/SavedNotice.tsx';
import { ErrorState, LoadingState } from '../../components/States.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useI18n } from '../../i18n/index.tsx';
import { LevelSection } from '../assessments/LevelSection.tsx';
import { useCan } from '../auth/session.ts';
import { CatalogueSection } from '../catalogue/CatalogueSection.tsx';
import { LeadsSection } from '../catalogue/LeadsSection.tsx';
import { OutcomesSection } from '../programmes/OutcomesSection.tsx';
import { PrintButton } from '../reports/PrintButton.tsx';
import { MergesSection } from '../reviews/MergesSection.tsx';
import { RecordSourcesSection } from '../reviews/RecordSourcesSection.tsx';
import { RoadmapSection } from '../roadmap/RoadmapSection.tsx';
import { VisitsSection } from '../visits/VisitsSection.tsx';
import { BusinessFacts } from './BusinessFacts.tsx';
import { OwnerCard } from './OwnerCard.tsx';
import { PermitsSection } from './PermitsSection.tsx';

const BusinessMap = lazy(() => import('./BusinessMap.tsx'));

export default function BusinessProfilePage() {
  const { t } = useI18n();
  const can = useCan();
  const id = Number(useParams().id);
  const q = useBusiness(id);
  const history = useBusinessHistory(id);
  usePageTitle(q.data?.name ?? t('nav.businesses'));

  if (q.isPending) return <LoadingState />;
  if (q.isError) return <ErrorState page error={q.error} onRetry={() => q.refetch()} />;
  const b = q.data;
  const kbliName = b.kbliName ?? (b.kbliCode ? KBLI_KNOWN[b.kbliCode]?.name : undefined);
  const address = formatAddress(b);

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/usaha" fz="sm">
        ← {t('business.backToList')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            {b.name}
          </Title>
          <Group gap={6} mt={4}>
            <Badge variant="light">{b.homeIndustry ? t('kpi.hi') : t('business.microOnly')}</Badge>
            {b.owner.krtp && (
              <Badge variant="light" color="grape">
                KRTP
              </Badge>
            )}
            <Badge variant="light" color={b.status === 'active' ? 'teal' : 'gray'}>
              {t(`status.${b.status}`)}
            </Badge>
          </Group>
        </div>
        <Group gap="xs">
          <PrintButton href={`/api/v1/businesses/${b.id}/profile.pdf`} label={t('print.profile')} />
          {can('registry.write') && (
            <Button component={Link} to={`/usaha/${b.id}/ubah`}>
              {t('business.edit')}
            </Button>
          )}
        </Group>
      </Group>
      <SavedNotice />

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <OwnerCard owner={b.owner} />
        <Card withBorder component="section" aria-labelledby="addr-title">
          <Title order={2} id="addr-title" mb="sm">
            {t('business.location')}
          </Title>
          <Stack gap="sm">
            <DetailList
              cols={1}
              items={[
                { label: t('field.address'), value: address },
                { label: t('field.area'), value: `${b.kelurahanName}, ${b.kecamatanName}` },
              ]}
            />
            {b.latitude != null && b.longitude != null ? (
              <Suspense fallback={<LoadingState />}>
                <BusinessMap lat={b.latitude} lon={b.longitude} label={b.name} />
              </Suspense>
            ) : (
              <Text fz="sm">{t('map.none')}</Text>
            )}
          </Stack>
        </Card>
      </SimpleGrid>

      <BusinessFacts b={b} kbliName={kbliName} />
      <LevelSection businessId={b.id} canAssess={can('assessments.write')} />
      <PermitsSection businessId={b.id} permits={b.permits} canEdit={can('registry.write')} />
      <RoadmapSection businessId={b.id} sector={b.sector ?? null} />
      <VisitsSection businessId={b.id} canWrite={can('roadmap.write')} />
      <OutcomesSection businessId={b.id} canEdit={can('registry.write')} />
      <CatalogueSection businessId={b.id} canManage={can('catalogue.manage')} />
      {can('catalogue.manage') && <LeadsSection businessId={b.id} />}
      <RecordSourcesSection kind="business" id={b.id} version={b.version} />
      <MergesSection kind="business" id={b.id} />

      <Card withBorder component="section" aria-labelledby="hist-title">
        <Title order={2} id="hist-title" mb="sm">
          {t('history.title')}
        </Title>
        {history.isPending && <LoadingState />}
        {history.isError && <ErrorState error={history.error} onRetry={() => history.refetch()} />}
        {history.isSuccess && <HistoryList items={history.data.items} />}
      </Card>
    </Stack>
  );
}
