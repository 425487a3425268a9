import { Anchor, Card, SimpleGrid, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { DashboardSummary } from '../../../../shared/contracts/dashboard.ts';
import { formatNumberId } from '../../../../shared/rules/format.ts';
import { type MessageKey, useI18n } from '../../i18n/index.tsx';

type Figure = 'micro' | 'hi' | 'krtp';
const CARDS: {
  testId: string;
  figure: Figure;
  label: MessageKey;
  help: MessageKey;
  key: keyof DashboardSummary;
}[] = [
  {
    testId: 'kpi-micro',
    figure: 'micro',
    label: 'kpi.micro',
    help: 'kpi.microHelp',
    key: 'microEnterprises',
  },
  { testId: 'kpi-hi', figure: 'hi', label: 'kpi.hi', help: 'kpi.hiHelp', key: 'homeIndustries' },
  { testId: 'kpi-krtp', figure: 'krtp', label: 'kpi.krtp', help: 'kpi.krtpHelp', key: 'homeIndustriesKrtp' },
];

/** The three nested headline figures; each opens the list behind it when `hrefOf` gives a link. */
export function KpiCards({
  summary,
  hrefOf = () => undefined,
}: {
  summary: DashboardSummary;
  hrefOf?: (figure: Figure) => string | undefined;
}) {
  const { t } = useI18n();
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
      {CARDS.map((c) => (
        <Card key={c.testId} withBorder padding="md" data-testid={c.testId}>
          <Text fw={600} fz="sm">
            {t(c.label)}
          </Text>
          {hrefOf(c.figure) ? (
            <Anchor
              component={Link}
              to={hrefOf(c.figure) as string}
              fz={32}
              fw={800}
              lh={1.2}
              c="blue.9"
              data-testid={`${c.testId}-value`}
              aria-label={`${t(c.label)}: ${formatNumberId(summary[c.key] as number)}`}
            >
              {formatNumberId(summary[c.key] as number)}
            </Anchor>
          ) : (
            <Text fz={32} fw={800} lh={1.2} c="blue.9" data-testid={`${c.testId}-value`}>
              {formatNumberId(summary[c.key] as number)}
            </Text>
          )}
          <Text fz="xs" c="dimmed">
            {t(c.help)}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}
