import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { WorkItem } from '../../../../shared/contracts/roadmaps.ts';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.tsx';
import { OverdueBadge, StatusBadge } from './badges.tsx';

/** Interventions as a phone-sized list: title, business, due date and status; the link opens `hrefOf(item)`. */
export function WorkList({ items, hrefOf }: { items: WorkItem[]; hrefOf: (i: WorkItem) => string }) {
  const { t, locale } = useI18n();
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((i) => (
        <Card key={i.id} withBorder padding="sm" component="li">
          <Stack gap={4}>
            <Anchor component={Link} to={hrefOf(i)} fw={600} style={{ overflowWrap: 'anywhere' }}>
              {i.title}
            </Anchor>
            <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
              {i.businessName} · {i.kelurahanName}
            </Text>
            <Group gap={6} wrap="wrap">
              <StatusBadge status={i.status} />
              <OverdueBadge overdue={i.overdue} />
              <Text fz="sm">
                {i.dueDate ? t('roadmap.due', { date: formatDate(locale, i.dueDate) }) : t('roadmap.noDue')}
              </Text>
            </Group>
            {i.partnerOffice && <Text fz="sm">{t('roadmap.referredTo', { office: i.partnerOffice })}</Text>}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
