import { Alert, Anchor, Box, Button, Card, List, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { FieldSource } from '../../../../shared/contracts/reviews.ts';
import { type RecordKind, useAdoptValue, useRecordSources } from '../../api/reviews.ts';
import { useAreaNames } from '../../components/HistoryList.tsx';
import { historyFieldLabel, historyValue } from '../../components/history-values.ts';
import { errorMessage } from '../../components/States.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useCan } from '../auth/session.ts';

type Field = z.infer<typeof FieldSource>;
type Source = Field['sources'][number];
type Adopt = ReturnType<typeof useAdoptValue>;

const NUMBERS = new Set([
  'householdSize',
  'yearStarted',
  'workersTotal',
  'workersWomen',
  'monthlyTurnover',
  'capital',
]);

/** Source values arrive as text; yes/no and amounts are read back so they show as the history shows them. */
function useShowValue() {
  const { t, locale } = useI18n();
  const areaName = useAreaNames();
  return (field: string, value: string | null) => {
    const number = NUMBERS.has(field) && value !== null && value !== '' ? Number(value) : Number.NaN;
    const typed =
      value === 'true' || value === 'false' ? value === 'true' : Number.isNaN(number) ? value : number;
    return historyValue(field, typed, { t, locale, areaName });
  };
}

/** "Kelurahan Tlogomas, tlogomas.xlsx baris 5 · 3 Maret 2026": one row of one office's file. */
function SourceName({ s }: { s: Source }) {
  const { t, locale } = useI18n();
  return (
    <>
      {s.source},{' '}
      <Anchor component={Link} to={`/impor/${s.importId}`} fz="sm">
        {s.fileName}
      </Anchor>{' '}
      {t('sources.row', { n: s.sheetRow })}
      {s.importedAt ? ` · ${formatDate(locale, s.importedAt)}` : ''}
    </>
  );
}

type FieldProps = { f: Field; adopt: Adopt; version: number };

/** A field some source gave another value for: every source's value, the others adoptable. */
function ConflictField({ f, adopt, version }: FieldProps) {
  const { t } = useI18n();
  const can = useCan();
  const show = useShowValue();
  const label = historyFieldLabel(f.field, t);
  const mine = (s: Source) => adopt.variables?.rowId === s.rowId && adopt.variables.field === f.field;
  return (
    <Box component="dl" m={0}>
      <Text component="dt" fw={700} fz="sm">
        {t('sources.fieldNow', { field: label, value: show(f.field, f.current) })}
      </Text>
      {f.sources.map((s) => (
        <Text component="dd" key={s.rowId} m={0} ml="sm" fz="sm" style={{ overflowWrap: 'anywhere' }}>
          <strong>{show(f.field, s.value)}</strong> · <SourceName s={s} />{' '}
          {s.value !== null && s.value !== f.current && can('registry.write') && (
            <Button
              size="compact-xs"
              variant="light"
              onClick={() => adopt.mutate({ rowId: s.rowId, field: f.field, version })}
              loading={adopt.isPending && mine(s)}
              aria-label={t('sources.adoptNamed', { field: label, value: show(f.field, s.value) })}
            >
              {t('sources.adopt')}
            </Button>
          )}
          {adopt.isError && mine(s) && (
            <Alert color="red" variant="light" role="alert" p="xs" mt={4}>
              {errorMessage(adopt.error, t)}
            </Alert>
          )}
        </Text>
      ))}
    </Box>
  );
}

const agrees = (f: Field) => f.sources.every((s) => s.value === null || s.value === f.current);

/** The source rows once, the fields every source agrees on in one line, and each disputed field in full. */
function SourcesBody({ fields, kind, id, version }: Props & { fields: Field[] }) {
  const { t } = useI18n();
  const adopt = useAdoptValue(kind, id);
  const rows = [...new Map(fields.flatMap((f) => f.sources).map((s) => [s.rowId, s])).values()];
  const agreed = fields.filter(agrees);
  return (
    <Stack gap="sm">
      <Text fz="sm">{t('sources.rows', { n: rows.length })}</Text>
      <List size="sm" spacing={2}>
        {rows.map((s) => (
          <List.Item key={s.rowId} style={{ overflowWrap: 'anywhere' }}>
            <SourceName s={s} />
          </List.Item>
        ))}
      </List>
      {agreed.length > 0 && (
        <Text fz="sm">
          {t('sources.agreed', { fields: agreed.map((f) => historyFieldLabel(f.field, t)).join(', ') })}
        </Text>
      )}
      {fields
        .filter((f) => !agrees(f))
        .map((f) => (
          <ConflictField key={f.field} f={f} adopt={adopt} version={version} />
        ))}
    </Stack>
  );
}

type Props = { kind: RecordKind; id: number; version: number };

/** "Sumber data": which office's file said what about this record, beside what the registry holds now. */
export function RecordSourcesSection(props: Props) {
  const { t } = useI18n();
  const q = useRecordSources(props.kind, props.id);
  const fields = q.data?.fields ?? [];
  return (
    <Card
      withBorder
      component="section"
      aria-labelledby={`sources-${props.kind}`}
      data-testid="record-sources"
    >
      <Title order={2} id={`sources-${props.kind}`} mb="xs">
        {t('sources.title')}
      </Title>
      {q.isError && <Text fz="sm">{errorMessage(q.error, t)}</Text>}
      {q.isSuccess && fields.length === 0 && <Text fz="sm">{t('sources.none')}</Text>}
      {fields.length > 0 && <SourcesBody fields={fields} {...props} />}
    </Card>
  );
}
