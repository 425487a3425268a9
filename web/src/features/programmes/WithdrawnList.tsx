import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { Participant } from '../../../../shared/contracts/programmes.ts';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.tsx';

/** Participants who withdrew, greyed with the day they withdrew; they hold no seat. */
export function WithdrawnList({ items }: { items: Participant[] }) {
  const { t, locale } = useI18n();
  if (!items.length) return null;
  return (
    <section aria-labelledby="withdrawn-title">
      <Title order={2} id="withdrawn-title" mb={4}>
        {t('participant.withdrawnTitle')}
      </Title>
      <Text fz="sm" mb="sm" c="gray.7">
        {t('participant.withdrawnNote')}
      </Text>
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((p) => (
          <Card key={p.id} withBorder component="li" padding="sm" bg="gray.0" aria-label={p.businessName}>
            <Group justify="space-between" gap="xs" wrap="wrap">
              <div style={{ minWidth: 0 }}>
                <Anchor
                  component={Link}
                  to={`/usaha/${p.businessId}`}
                  c="gray.8"
                  fw={600}
                  style={{ overflowWrap: 'anywhere' }}
                >
                  {p.businessName}
                </Anchor>
                <Text fz="sm" c="gray.7">
                  {p.ownerName} · {p.kelurahanName}
                </Text>
              </div>
              <Badge variant="light" color="gray" c="gray.8">
                {t('participant.withdrawnOn', { date: formatDate(locale, p.withdrawnAt) })}
              </Badge>
            </Group>
          </Card>
        ))}
      </Stack>
    </section>
  );
}
