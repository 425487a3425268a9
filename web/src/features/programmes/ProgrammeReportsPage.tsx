import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { formatNumberId } from '../../../../shared/rules/format.ts';
import { PILLAR_LABELS } from '../../../../shared/rules/mentoring.ts';
import { useProgrammeReports } from '../../api/programmes.ts';
import { DetailList } from '../../components/DetailList.tsx';
import { ErrorState, LoadingState } from '../../components/States.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useI18n } from '../../i18n/index.tsx';
import { Figures } from './ProgrammeReportCard.tsx';

const n = (v: number | null) => (v === null ? '–' : formatNumberId(v));

/** Figures of every programme in the reader's area: aggregates only, for pimpinan and operators. */
export default function ProgrammeReportsPage() {
  const { t } = useI18n();
  const q = useProgrammeReports();
  usePageTitle(t('nav.programmeReports'));
  return (
    <Stack gap="md">
      <Title order={1}>{t('nav.programmeReports')}</Title>
      <Text c="dimmed" fz="sm">
        {t('report.rule')}
      </Text>
      {q.isPending && <LoadingState />}
      {q.isError && <ErrorState error={q.error} onRetry={() => q.refetch()} />}
      {q.isSuccess && (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {q.data.items.map((r) => (
            <Card withBorder key={r.programmeId} component="article" aria-labelledby={`rep-${r.programmeId}`}>
              <Stack gap="xs">
                <Title order={2} fz="lg" id={`rep-${r.programmeId}`}>
                  {r.name}
                </Title>
                <Group gap={6}>
                  <Badge variant="light">{PILLAR_LABELS[r.pillar]}</Badge>
                  <Text fz="sm">{r.organiser}</Text>
                </Group>
                <DetailList
                  items={[
                    { label: t('reports.sessions'), value: n(r.sessions) },
                    {
                      label: t('reports.participants'),
                      value: `${n(r.participants)} (${t('reports.attended', { n: r.attended })})`,
                    },
                  ]}
                />
                <Figures r={r} />
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
