import { Anchor, Badge, Box, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { LinkReview } from '../../../../shared/contracts/reviews.ts';
import { ROUTE } from '../../api/reviews.ts';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { useI18n } from '../../i18n/index.tsx';
import { cardFieldLabel, cardValue, isEmpty, type Side } from './merge-fields.ts';

/** "berbeda" in words and a sign, so a differing field does not rely on its colour. */
function DiffersMark() {
  const { t } = useI18n();
  return (
    <Badge color="orange" variant="light" size="sm" tt="none" ml={6}>
      <span aria-hidden="true">≠ </span>
      {t('reviews.differs')}
    </Badge>
  );
}

export function RecordLink({ r, side }: { r: LinkReview; side: Side }) {
  const { t } = useI18n();
  const rec = r[side];
  return (
    <Anchor component={Link} to={`${ROUTE[r.kind]}/${rec.id}`} fw={700}>
      {t('reviews.record', { side: side.toUpperCase(), id: rec.id })}
    </Anchor>
  );
}

const HIGHLIGHT = { background: 'var(--mantine-color-orange-0)' };

/** Fields neither record fills, named in one line instead of rows of dashes. */
function BothEmpty({ keys }: { keys: string[] }) {
  const { t } = useI18n();
  if (keys.length === 0) return null;
  return (
    <Text fz="sm">
      {t('reviews.bothEmpty', { fields: keys.map((k) => cardFieldLabel(k, t)).join(', ') })}
    </Text>
  );
}

type Rows = { r: LinkReview; keys: string[] };

/** The field's label, marked when the two records differ in it. */
function FieldName({ r, k }: { r: LinkReview; k: string }) {
  const { t } = useI18n();
  return (
    <>
      {cardFieldLabel(k, t)}
      {r.differs.includes(k) && <DiffersMark />}
    </>
  );
}

function useValue(r: LinkReview) {
  const { t, locale } = useI18n();
  return (side: Side, k: string) => cardValue(k, r[side].fields[k], t, locale);
}

/** On a phone: each field with "A: …" and "B: …" under it. */
function StackedRows({ r, keys }: Rows) {
  const value = useValue(r);
  return (
    <Stack component="dl" gap={6} m={0}>
      {keys.map((k) => (
        <Box key={k} p={6} style={r.differs.includes(k) ? HIGHLIGHT : undefined}>
          <Text component="dt" fz="sm" fw={700}>
            <FieldName r={r} k={k} />
          </Text>
          {(['a', 'b'] as const).map((s) => (
            <Text component="dd" key={s} m={0} fz="sm" style={{ overflowWrap: 'anywhere' }}>
              <strong>{s.toUpperCase()}:</strong> {value(s, k)}
            </Text>
          ))}
        </Box>
      ))}
    </Stack>
  );
}

/** On a wide screen: a field per row, A and B side by side. */
function TableRows({ r, keys }: Rows) {
  const { t } = useI18n();
  const value = useValue(r);
  return (
    <Table fz="sm" withTableBorder withColumnBorders layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col" w="22%">
            {t('reviews.field')}
          </Table.Th>
          {(['a', 'b'] as const).map((s) => (
            <Table.Th scope="col" key={s}>
              <RecordLink r={r} side={s} />
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {keys.map((k) => (
          <Table.Tr key={k} style={r.differs.includes(k) ? HIGHLIGHT : undefined}>
            <Table.Th scope="row">
              <FieldName r={r} k={k} />
            </Table.Th>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{value('a', k)}</Table.Td>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{value('b', k)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Both records field by field; the fields neither fills are named in one line after them. */
export function PairFields({ r }: { r: LinkReview }) {
  const isPhone = useIsPhone();
  const all = Object.keys(r.a.fields);
  const blank = (k: string) => isEmpty(r.a.fields[k]) && isEmpty(r.b.fields[k]);
  const keys = all.filter((k) => !blank(k));
  return (
    <>
      {isPhone ? <StackedRows r={r} keys={keys} /> : <TableRows r={r} keys={keys} />}
      <BothEmpty keys={all.filter(blank)} />
    </>
  );
}
