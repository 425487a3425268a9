import { Card, Title } from '@mantine/core';
import { useLevelReport } from '../../api/assessments.ts';
import { ErrorState, LoadingState } from '../../components/States.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.tsx';
import { BreakdownTable } from '../dashboard/BreakdownTable.tsx';

/** The dashboard's level table: IR 1/2/3 and not assessed per kecamatan, with naik / turun kelas since a date. */
export function LevelsByKecamatan() {
  const { t, locale } = useI18n();
  const q = useLevelReport();
  return (
    <Card withBorder component="section" aria-labelledby="dash-levels">
      <Title order={2} id="dash-levels" mb="sm">
        {t('dash.levels')}
      </Title>
      {q.isPending && <LoadingState />}
      {q.isError && <ErrorState error={q.error} onRetry={() => q.refetch()} />}
      {q.isSuccess && (
        <BreakdownTable
          caption={t('dash.levelsCaption', { from: formatDate(locale, q.data.from) })}
          labelHeader={t('field.kecamatan')}
          rows={q.data.levels.map((k) => ({ key: k.kecamatanCode, label: k.kecamatanName }))}
          columns={[
            { header: 'IR\u00a01', values: q.data.levels.map((k) => k.ir1) },
            { header: 'IR\u00a02', values: q.data.levels.map((k) => k.ir2) },
            { header: 'IR\u00a03', values: q.data.levels.map((k) => k.ir3) },
            { header: t('col.unassessed'), values: q.data.levels.map((k) => k.unassessed) },
            {
              header: t('col.naik'),
              values: q.data.levels.map((k) =>
                q.data.rows
                  .filter((r) => r.kecamatanCode === k.kecamatanCode)
                  .reduce((n, r) => n + r.naik, 0),
              ),
            },
            {
              header: t('col.turun'),
              values: q.data.levels.map((k) =>
                q.data.rows
                  .filter((r) => r.kecamatanCode === k.kecamatanCode)
                  .reduce((n, r) => n + r.turun, 0),
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
