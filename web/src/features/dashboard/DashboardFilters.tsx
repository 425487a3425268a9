import { Button, Collapse, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { SECTORS } from '../../../../shared/rules/kbli.ts';
import { IR_LEVEL_LABELS, IR_LEVELS } from '../../../../shared/rules/mentoring.ts';
import { AreaPicker } from '../../components/AreaPicker.tsx';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { useI18n } from '../../i18n/index.tsx';
import { activeDashboardFilters, type DashboardFilters as Filters } from './dashboard-filters.ts';

type Props = { values: Filters; update: (patch: Partial<Filters>) => void; reset: () => void };

/** Area, sector, level, KRTP, period and as-of date; on a phone folded behind one "Saring" button. */
export function DashboardFilters({ values, update, reset }: Props) {
  const { t } = useI18n();
  const isPhone = useIsPhone();
  const [open, setOpen] = useState(false);
  const active = activeDashboardFilters(values);
  const select = (key: keyof Filters) => ({
    value: values[key] || null,
    onChange: (v: string | null) => update({ [key]: v ?? '' }),
    clearable: true,
    placeholder: t('filter.all'),
  });
  const date = (key: keyof Filters, label: string, help?: string) => (
    <TextInput
      type="date"
      label={label}
      description={help}
      value={values[key]}
      onChange={(e) => update({ [key]: e.currentTarget.value })}
    />
  );

  const fields = (
    <Stack gap="sm" id="dashboard-filters">
      <AreaPicker
        mode="filter"
        kecamatan={values.kecamatan || null}
        kelurahan={values.kelurahan || null}
        onChange={(kec, kel) => update({ kecamatan: kec ?? '', kelurahan: kel ?? '' })}
      />
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        <Select
          label={t('field.sector')}
          data={SECTORS.map((s) => ({ value: s.code, label: s.label }))}
          {...select('sector')}
        />
        <Select
          label={t('dashf.level')}
          data={[
            ...IR_LEVELS.map((l) => ({ value: String(l), label: IR_LEVEL_LABELS[l] })),
            { value: 'none', label: t('dashf.levelNone') },
          ]}
          {...select('level')}
        />
        <Select
          label={t('dashf.krtp')}
          data={[
            { value: 'true', label: t('common.yes') },
            { value: 'false', label: t('common.no') },
          ]}
          {...select('krtp')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        {date('from', t('dashf.from'))}
        {date('to', t('dashf.to'))}
        {date('asOf', t('dashf.asOf'), t('dashf.asOfHelp'))}
      </SimpleGrid>
      <Group justify="space-between" gap="xs">
        <Text fz="xs" c="dimmed">
          {t('dashf.periodHelp')}
        </Text>
        {active > 0 && (
          <Button variant="subtle" size="compact-sm" onClick={reset}>
            {t('dashf.reset')}
          </Button>
        )}
      </Group>
    </Stack>
  );

  if (!isPhone) return fields;
  return (
    <Stack gap="xs">
      <Button
        variant="default"
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
        aria-controls="dashboard-filters"
        style={{ alignSelf: 'flex-start' }}
      >
        {active ? t('dashf.toggleActive', { n: active }) : t('dashf.toggle')}
      </Button>
      <Collapse expanded={open}>{fields}</Collapse>
    </Stack>
  );
}
