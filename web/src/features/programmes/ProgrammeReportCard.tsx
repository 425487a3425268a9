import { Card, Table, Text, Title } from '@mantine/core';
import type { ProgrammeReport } from '../../../../shared/contracts/programmes.ts';
import { formatNumberId, formatRupiah } from '../../../../shared/rules/format.ts';
import { useProgrammeReport } from '../../api/programmes.ts';
import { DetailList } from '../../components/DetailList.tsx';
import { ErrorState, LoadingState } from '../../components/States.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.tsx';

const show = (v: number | null, money = false) =>
  v === null ? '–' : money ? formatRupiah(v) : formatNumberId(v);

/** "Rp 1.900.000 → Rp 2.000.000 (39 dari 50 naik)": one line per measure, readable on a phone. */
export function Figures({ r }: { r: Pick<ProgrammeReport, 'turnover' | 'workers'> }) {
  const { t } = useI18n();
  const line = (c: ProgrammeReport['turnover'], money: boolean) =>
    `${show(c.before, money)} → ${show(c.after, money)} (${t('reports.rose', { n: c.improved, of: c.withBoth })})`;
  return (
    <DetailList
      items={[
        { label: t('report.turnover'), value: line(r.turnover, true) },
        { label: t('report.workers'), value: line(r.workers, false) },
      ]}
    />
  );
}

/** Before/after medians and the attendance and score summary per session (aggregates only). */
export function ProgrammeReportCard({ programmeId }: { programmeId: number }) {
  const { t, locale } = useI18n();
  const q = useProgrammeReport(programmeId, true);
  return (
    <Card withBorder component="section" aria-labelledby="report-title">
      <Title order={2} id="report-title" mb="sm">
        {t('report.title')}
      </Title>
      {q.isPending && <LoadingState />}
      {q.isError && <ErrorState error={q.error} onRetry={() => q.refetch()} />}
      {q.isSuccess && (
        <>
          <Text fz="sm" mb="xs">
            {t('report.summary', {
              n: q.data.participants,
              participations: q.data.participations,
              attended: q.data.attended,
            })}
          </Text>
          <Figures r={q.data} />
          <Text fz="xs" c="dimmed" mt={4}>
            {t('report.rule')}
          </Text>
          <Title order={3} fz="md" mt="md" mb="xs">
            {t('report.sessions')}
          </Title>
          <Table.ScrollContainer
            minWidth={300}
            type="native"
            tabIndex={0}
            role="region"
            aria-label={t('report.sessions')}
          >
            <Table fz="sm" verticalSpacing={4} horizontalSpacing={6}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('report.session')}</Table.Th>
                  <Table.Th scope="col">{t('report.present')}</Table.Th>
                  <Table.Th scope="col">{t('report.scores')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {q.data.sessions.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>
                      {s.title}, {formatDate(locale, s.startsAt)}
                    </Table.Td>
                    <Table.Td>
                      {s.attended}/{s.enrolled}
                    </Table.Td>
                    <Table.Td>
                      {show(s.preMedian)} → {show(s.postMedian)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Card>
  );
}
