import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { EXHIBITION_STATUS_LABELS } from '../../../../shared/contracts/exhibitions.ts';
import { useExhibitions } from '../../api/exhibitions.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorState, LoadingState } from '../../components/States.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useCan } from '../auth/session.ts';
import { ExhibitionForm } from './ExhibitionForm.tsx';
import { dateRange, STATUS_COLORS } from './labels.ts';

/** Exhibitions (Gelar Produk), newest first, with their confirmed participants against the quota. */
export default function ExhibitionsPage() {
  const { t, locale } = useI18n();
  const can = useCan();
  const navigate = useNavigate();
  const q = useExhibitions();
  const [creating, setCreating] = useState(false);
  usePageTitle(t('nav.exhibitions'));

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('nav.exhibitions')}</Title>
        {can('exhibitions.manage') && <Button onClick={() => setCreating(true)}>{t('exh.new')}</Button>}
      </Group>
      <Text c="dimmed" fz="sm">
        {t('exh.intro')}
      </Text>
      {q.isPending && <LoadingState />}
      {q.isError && <ErrorState error={q.error} onRetry={() => q.refetch()} />}
      {q.isSuccess && q.data.items.length === 0 && <Text>{t('exh.none')}</Text>}
      {q.isSuccess && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {q.data.items.map((e) => (
            <Card withBorder key={e.id} component="article" aria-labelledby={`exh-${e.id}`}>
              <Stack gap={6}>
                <Title order={2} fz="lg" id={`exh-${e.id}`} style={{ overflowWrap: 'anywhere' }}>
                  <Anchor component={Link} to={`/pameran/${e.id}`}>
                    {e.name}
                  </Anchor>
                </Title>
                <Group gap={6}>
                  <Badge variant="light" color={STATUS_COLORS[e.status]}>
                    {EXHIBITION_STATUS_LABELS[e.status]}
                  </Badge>
                </Group>
                <Text fz="sm">{dateRange(locale, e.startDate, e.endDate)}</Text>
                <Text fz="sm">{e.venue}</Text>
                <Text fz="sm">
                  {t('exh.confirmedOf', { confirmed: e.confirmed, quota: e.quota })} ·{' '}
                  {t('exh.invitedHere', { n: e.invited })}
                </Text>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
      <Dialog opened={creating} onClose={() => setCreating(false)} title={t('exh.new')} size="lg">
        <ExhibitionForm onCancel={() => setCreating(false)} onDone={(id) => navigate(`/pameran/${id}`)} />
      </Dialog>
    </Stack>
  );
}
