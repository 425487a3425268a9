import { Card, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useDashboardMap } from '../../api/dashboard.ts';
import { ErrorState, LoadingState } from '../../components/States.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useCan } from '../auth/session.ts';

const RegistryMap = lazy(() => import('./RegistryMap.tsx'));

/** Where the home industries are: dots for each (roles that read the registry), circles per kelurahan. */
export function MapCard() {
  const { t } = useI18n();
  const can = useCan();
  const q = useDashboardMap();
  return (
    <Card withBorder component="section" aria-labelledby="dash-map">
      <Title order={2} id="dash-map" mb="xs">
        {t('map.title')}
      </Title>
      <Text fz="sm" mb="sm">
        {q.data?.points ? t('map.helpPoints') : t('map.helpAreas')}
      </Text>
      {q.isPending && <LoadingState />}
      {q.isError && <ErrorState error={q.error} onRetry={() => q.refetch()} />}
      {q.isSuccess && (
        <Suspense fallback={<LoadingState />}>
          <RegistryMap data={q.data} linkTo={can('registry.read')} />
        </Suspense>
      )}
    </Card>
  );
}
