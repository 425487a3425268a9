import { Anchor, Button, Card, Group, Image, List, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { Visit } from '../../../../shared/contracts/visits.ts';
import { photoUrl, useVisits } from '../../api/visits.ts';
import { ErrorState, LoadingState } from '../../components/States.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';

/** "Kunjungan" on a business profile: the mentoring visits, newest first, with their photos. */
export function VisitsSection({ businessId, canWrite }: { businessId: number; canWrite: boolean }) {
  const { t } = useI18n();
  const q = useVisits(businessId);
  return (
    <Card withBorder component="section" aria-labelledby="visits-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} id="visits-title">
          {t('visit.title')}
        </Title>
        {canWrite && (
          <Button component={Link} to={`/usaha/${businessId}/kunjungan/baru`} variant="light">
            {t('visit.new')}
          </Button>
        )}
      </Group>
      {q.isPending && <LoadingState />}
      {q.isError && <ErrorState error={q.error} onRetry={() => q.refetch()} />}
      {q.isSuccess && !q.data.items.length && <Text>{t('visit.none')}</Text>}
      {q.isSuccess && q.data.items.length > 0 && (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {q.data.items.map((v) => (
            <VisitItem key={v.id} visit={v} />
          ))}
        </Stack>
      )}
    </Card>
  );
}

function VisitItem({ visit: v }: { visit: Visit }) {
  const { t, locale } = useI18n();
  const names = useLabels();
  const topics = [...v.topics.map((p) => names.pillar[p]), ...(v.topicsNote ? [v.topicsNote] : [])];
  return (
    <Card withBorder padding="sm" component="li">
      <Text fw={600}>
        {formatDate(locale, v.visitDate)} · {t('visit.by', { name: v.officerName })}
      </Text>
      <Text fz="sm">
        {t('visit.topics')}: {topics.join(', ')}
      </Text>
      <Text fz="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {t('visit.findings')}: {v.findings}
      </Text>
      {v.latitude != null && <Text fz="sm">{t('visit.location')}</Text>}
      {v.followUps.length > 0 && (
        <>
          <Text fz="sm" mt={4}>
            {t('visit.followUps')}:
          </Text>
          <List size="sm">
            {v.followUps.map((f) => (
              <List.Item key={f.interventionId}>{f.title}</List.Item>
            ))}
          </List>
        </>
      )}
      {v.photos.length > 0 && (
        <Group gap="xs" mt="xs">
          {v.photos.map((n) => (
            <Anchor key={n} href={photoUrl(v.id, n)} target="_blank" rel="noopener">
              <Image
                src={photoUrl(v.id, n)}
                alt={t('visit.photoAlt', { n, date: formatDate(locale, v.visitDate) })}
                w={88}
                h={88}
                fit="cover"
                radius="sm"
                loading="lazy"
              />
            </Anchor>
          ))}
        </Group>
      )}
    </Card>
  );
}
