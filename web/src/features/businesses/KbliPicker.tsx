import { Autocomplete, type ComboboxParsedItem, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { KBLI_KNOWN } from '../../../../shared/rules/kbli.ts';
import { useI18n } from '../../i18n/index.tsx';

const CODES = Object.keys(KBLI_KNOWN);
const nameOf = (code: string) => KBLI_KNOWN[code.trim()]?.name;

/** Known home-industry codes by code or name; any other 5-digit code may still be typed. */
function filterKbli({ options, search }: { options: ComboboxParsedItem[]; search: string }) {
  const s = search.trim().toLowerCase();
  if (!s) return options;
  return options.filter((o) => {
    if (!('value' in o)) return false;
    return o.value.startsWith(s) || (nameOf(o.value) ?? '').toLowerCase().includes(s);
  });
}

type Props = { value: string; onChange: (v: string) => void; onBlur?: () => void; error?: ReactNode };

export function KbliPicker({ value, onChange, onBlur, error }: Props) {
  const { t } = useI18n();
  const known = nameOf(value);
  return (
    <Autocomplete
      label={t('field.kbli')}
      description={known ?? t('form.kbliHelp')}
      data={CODES}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      error={error}
      filter={filterKbli}
      inputMode="numeric"
      maxLength={10}
      renderOption={({ option }) => (
        <Text fz="sm">
          <b>{option.value}</b> {nameOf(option.value)}
        </Text>
      )}
    />
  );
}
