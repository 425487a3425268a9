import { Anchor, Card, SimpleGrid, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { DashboardSummary } from '../../../../shared/contracts/dashboard.ts';
import { formatNumberId } from '../../../../shared/rules/format.ts';
import { formatDate } from '../../i18n/format.ts';
import { type MessageKey, useI18n } from '../../i18n/index.tsx';
import { type DashboardFilters, flowHref } from './dashboard-filters.ts';

const FLOWS: { key: keyof DashboardSummary['flows']; flow: string; label: MessageKey }[] = [
  { key: 'registered', flow: 'registered', label: 'dash.flowRegistered' },
  { key: 'naikKelas', flow: 'naik', label: 'dash.flowNaik' },
  { key: 'permitsObtained', flow: 'permit', label: 'dash.flowPermit' },
  { key: 'programmeParticipants', flow: 'programme', label: 'dash.flowProgramme' },
];

/** Flows of the period (registrations, naik kelas, permits obtained, programme participants), each linked. */
export function FlowCards(props: {
  summary: DashboardSummary;
  filters: DashboardFilters;
  linkable: boolean;
}) {
  const { t, locale } = useI18n();
  const { from, to } = props.summary.filter;
  return (
    <Card withBorder component="section" aria-labelledby="dash-flows">
      <Title order={2} id="dash-flows" fz="h3" mb="xs">
        {t('dash.flows', { from: formatDate(locale, from), to: formatDate(locale, to) })}
      </Title>
      <Text fz="xs" c="dimmed" mb="sm">
        {t('dash.flowsCaption')}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        {FLOWS.map((f) => {
          const n = formatNumberId(props.summary.flows[f.key]);
          return (
            <div key={f.key} data-testid={`flow-${f.flow}`}>
              <Text fz="sm">{t(f.label)}</Text>
              {props.linkable ? (
                <Anchor
                  component={Link}
                  to={flowHref(props.filters, f.flow, { from, to })}
                  fz={24}
                  fw={700}
                  aria-label={`${t(f.label)}: ${n}`}
                >
                  {n}
                </Anchor>
              ) : (
                <Text fz={24} fw={700}>
                  {n}
                </Text>
              )}
            </div>
          );
        })}
      </SimpleGrid>
    </Card>
  );
}
