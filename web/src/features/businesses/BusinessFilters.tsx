import { Button, Collapse, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { SECTORS } from '../../../../shared/rules/kbli.ts';
import { IR_LEVEL_LABELS, IR_LEVELS } from '../../../../shared/rules/mentoring.ts';
import { PERMIT_LABELS, PERMIT_TYPES } from '../../../../shared/rules/permits.ts';
import { SIZE_CLASS_LABELS } from '../../../../shared/rules/size-class.ts';
import { AreaPicker } from '../../components/AreaPicker.tsx';
import { SearchBox } from '../../components/SearchBox.tsx';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { useI18n } from '../../i18n/index.tsx';
import { activeFilterCount, type BusinessFilters as Filters } from './filters.ts';

type Props = { values: Filters; update: (patch: Partial<Filters>) => void; reset: () => void };

function KbliFilter({ value, onApply }: { value: string; onApply: (v: string) => void }) {
  const { t } = useI18n();
  const [text, setText] = useState(value);
  const valid = (v: string) => v === '' || /^\d{2,5}$/.test(v);
  const push = useDebouncedCallback((v: string) => valid(v) && onApply(v), 400);
  useEffect(() => setText(value), [value]);
  return (
    <TextInput
      label={t('filter.kbli')}
      placeholder={t('filter.kbliHelp')}
      inputMode="numeric"
      maxLength={5}
      value={text}
      error={valid(text.trim()) ? undefined : t('filter.kbliError')}
      onChange={(e) => {
        setText(e.currentTarget.value);
        push(e.currentTarget.value.trim());
      }}
    />
  );
}

export function BusinessFilters({ values, update, reset }: Props) {
  const { t } = useI18n();
  const isPhone = useIsPhone();
  const [open, setOpen] = useState(false);
  const active = activeFilterCount(values);
  const yesNo = [
    { value: 'true', label: t('common.yes') },
    { value: 'false', label: t('common.no') },
  ];
  const select = (key: keyof Filters) => ({
    value: values[key] || null,
    onChange: (v: string | null) => update({ [key]: v ?? '' }),
    clearable: true,
    placeholder: t('filter.all'),
  });

  const grid = (
    <Stack gap="sm">
      <AreaPicker
        mode="filter"
        kecamatan={values.kecamatan || null}
        kelurahan={values.kelurahan || null}
        onChange={(kec, kel) => update({ kecamatan: kec ?? '', kelurahan: kel ?? '' })}
      />
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
        <Select
          label={t('field.sector')}
          data={SECTORS.map((s) => ({ value: s.code, label: s.label }))}
          {...select('sector')}
        />
        <KbliFilter value={values.kbli} onApply={(v) => update({ kbli: v })} />
        <Select
          label={t('field.permit')}
          data={[
            { value: 'NONE', label: t('filter.noPermit') },
            ...PERMIT_TYPES.map((p) => ({ value: p, label: PERMIT_LABELS[p] })),
          ]}
          {...select('permit')}
        />
        <Select
          label={t('filter.permitMissing')}
          data={PERMIT_TYPES.map((p) => ({ value: p, label: PERMIT_LABELS[p] }))}
          {...select('permitMissing')}
        />
        <Select
          label={t('filter.level')}
          data={[
            ...IR_LEVELS.map((l) => ({ value: String(l), label: IR_LEVEL_LABELS[l] })),
            { value: 'none', label: t('filter.levelNone') },
          ]}
          {...select('level')}
        />
        <Select
          label={t('field.sizeClass')}
          data={Object.entries(SIZE_CLASS_LABELS).map(([value, label]) => ({ value, label }))}
          {...select('sizeClass')}
        />
        <Select label={t('field.krtp')} data={yesNo} {...select('krtp')} />
        <Select label={t('field.homeIndustry')} data={yesNo} {...select('homeIndustry')} />
        <Select
          label={t('field.status')}
          data={[
            { value: 'active', label: t('status.active') },
            { value: 'closed', label: t('status.closed') },
          ]}
          {...select('status')}
        />
      </SimpleGrid>
      {active > 0 && (
        <Group>
          <Button variant="subtle" onClick={reset}>
            {t('filter.reset')}
          </Button>
        </Group>
      )}
    </Stack>
  );

  return (
    <Stack gap="sm" component="section" aria-label={t('filter.label')}>
      <SearchBox
        label={t('business.search')}
        placeholder={t('business.searchPlaceholder')}
        value={values.q}
        onSearch={(q) => update({ q })}
      />
      {isPhone ? (
        <>
          <Button
            variant="default"
            onClick={() => setOpen((o) => !o)}
            aria-expanded={open}
            aria-controls="biz-filters"
          >
            {active > 0 ? t('filter.toggleActive', { n: active }) : t('filter.toggle')}
          </Button>
          <Collapse expanded={open} id="biz-filters">
            {grid}
          </Collapse>
        </>
      ) : (
        grid
      )}
    </Stack>
  );
}
