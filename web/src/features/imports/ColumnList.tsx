import { Card, Select, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { DateOrder, Import, ImportField } from '../../../../shared/contracts/imports.ts';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { useI18n } from '../../i18n/index.tsx';
import { columnLetter, columnName, fieldOptions, NOT_IMPORTED, samples } from './import-values.ts';

type Column = Import['mapping'][number];
type Props = {
  mapping: Column[];
  rows: { cells: string[] }[];
  onChange: (column: number, field: ImportField | null, dateOrder?: DateOrder) => void;
  disabled: boolean;
};

type SelectProps = Omit<Props, 'rows'> & { c: Column; withLabel: boolean };

function FieldSelect({ c, withLabel, mapping, onChange, disabled }: SelectProps) {
  const { t } = useI18n();
  return (
    <Select
      label={withLabel ? t('imports.fieldLabel') : undefined}
      aria-label={t('imports.fieldFor', { column: columnName(c, t) })}
      data={fieldOptions(mapping, c.column, t)}
      value={c.field ?? NOT_IMPORTED}
      onChange={(v) => onChange(c.column, v && v !== NOT_IMPORTED ? (v as ImportField) : null)}
      allowDeselect={false}
      searchable
      disabled={disabled}
    />
  );
}

/** For a birth date column: whether its dates are day first (as Indonesia writes them) or month first. */
function DateOrderSelect({ c, onChange, disabled }: Omit<SelectProps, 'mapping' | 'withLabel'>) {
  const { t } = useI18n();
  if (c.field !== 'birthDate') return null;
  return (
    <Select
      label={t('imports.dateOrder')}
      aria-label={t('imports.dateOrderFor', { column: columnName(c, t) })}
      data={[
        { value: 'dmy', label: t('imports.dateOrderDmy') },
        { value: 'mdy', label: t('imports.dateOrderMdy') },
      ]}
      description={c.dateOrder === 'mdy' ? t('imports.dateOrderMonthFirst') : undefined}
      value={c.dateOrder ?? 'dmy'}
      onChange={(v) => v && onChange(c.column, c.field, v as DateOrder)}
      allowDeselect={false}
      disabled={disabled}
    />
  );
}

function Samples({ values, label }: { values: string[]; label?: string }) {
  const { t } = useI18n();
  return (
    <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
      {label && <strong>{label}: </strong>}
      {values.length ? values.join(' · ') : t('imports.noSamples')}
    </Text>
  );
}

type ListProps = Props & { select: (c: Column, withLabel: boolean) => ReactNode };

/** On a phone: a card per column, its letter and header, samples, and the field under them. */
function ColumnCards({ mapping, rows, select }: ListProps) {
  const { t } = useI18n();
  return (
    <Stack
      component="ol"
      gap="xs"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('imports.columns')}
    >
      {mapping.map((c) => (
        <Card key={c.column} withBorder padding="sm" component="li">
          <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
            {columnLetter(c.column)} · {columnName(c, t)}
          </Text>
          <Samples values={samples(rows, c.column)} label={t('imports.samples')} />
          <Stack mt={6}>{select(c, true)}</Stack>
        </Card>
      ))}
    </Stack>
  );
}

/** On a wide screen: a row per column. */
function ColumnTable({ mapping, rows, select }: ListProps) {
  const { t } = useI18n();
  return (
    <Table.ScrollContainer minWidth={640} type="native">
      <Table fz="sm" verticalSpacing="xs">
        <Table.Caption>{t('imports.columnsCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('imports.column')}</Table.Th>
            <Table.Th scope="col">{t('imports.samples')}</Table.Th>
            <Table.Th scope="col" w="40%">
              {t('imports.fieldLabel')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {mapping.map((c) => (
            <Table.Tr key={c.column}>
              <Table.Th scope="row" fw={600}>
                {columnLetter(c.column)} · {columnName(c, t)}
              </Table.Th>
              <Table.Td>
                <Samples values={samples(rows, c.column)} />
              </Table.Td>
              <Table.Td>{select(c, false)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Each spreadsheet column with sample values and the registry field it fills: cards on a phone. */
export function ColumnList(props: Props) {
  const isPhone = useIsPhone();
  const select = (c: Column, withLabel: boolean) => (
    <Stack gap="xs">
      <FieldSelect
        c={c}
        mapping={props.mapping}
        onChange={props.onChange}
        disabled={props.disabled}
        withLabel={withLabel}
      />
      <DateOrderSelect c={c} onChange={props.onChange} disabled={props.disabled} />
    </Stack>
  );
  return isPhone ? <ColumnCards {...props} select={select} /> : <ColumnTable {...props} select={select} />;
}
