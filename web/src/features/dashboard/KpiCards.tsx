import { Card, SimpleGrid, Text } from '@mantine/core';
import type { DashboardSummary } from '../../../../shared/contracts/dashboard.ts';
import { formatNumberId } from '../../../../shared/rules/format.ts';
import { type MessageKey, useI18n } from '../../i18n/index.tsx';

const CARDS: { testId: string; label: MessageKey; help: MessageKey; key: keyof DashboardSummary }[] = [
  { testId: 'kpi-micro', label: 'kpi.micro', help: 'kpi.microHelp', key: 'microEnterprises' },
  { testId: 'kpi-hi', label: 'kpi.hi', help: 'kpi.hiHelp', key: 'homeIndustries' },
  { testId: 'kpi-krtp', label: 'kpi.krtp', help: 'kpi.krtpHelp', key: 'homeIndustriesKrtp' },
];

export function KpiCards({ summary }: { summary: DashboardSummary }) {
  const { t } = useI18n();
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
      {CARDS.map((c) => (
        <Card key={c.testId} withBorder padding="md" data-testid={c.testId}>
          <Text fw={600} fz="sm">
            {t(c.label)}
          </Text>
          <Text fz={32} fw={800} lh={1.2} c="blue.9" data-testid={`${c.testId}-value`}>
            {formatNumberId(summary[c.key] as number)}
          </Text>
          <Text fz="xs" c="dimmed">
            {t(c.help)}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}
