import { Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type ReactNode, useState } from 'react';
import { maskNik } from '../../../../shared/rules/nik.ts';
import { usePeopleList } from '../../api/people.ts';
import { useI18n } from '../../i18n/index.tsx';

type Props = {
  value: string;
  selectedLabel: string;
  onChange: (id: string, label: string) => void;
  error?: ReactNode;
};

/** Finds an already registered owner by name (fuzzy on the server); one person may run several businesses. */
export function OwnerPicker({ value, selectedLabel, onChange, error }: Props) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const enabled = debounced.length >= 2 && debounced !== selectedLabel;
  const q = usePeopleList({ q: debounced.slice(0, 100) }, enabled, 20);
  const people = q.data?.pages[0]?.items ?? [];
  const details = new Map(people.map((p) => [String(p.id), p]));
  const data = people.map((p) => ({ value: String(p.id), label: p.name }));
  // The chosen owner must stay in the list for Select to show her name; she goes last, below new matches.
  if (value && !details.has(value)) data.push({ value, label: selectedLabel || `#${value}` });

  return (
    <Select
      label={t('owner.search')}
      description={t('owner.searchHelp')}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      data={data}
      value={value || null}
      onChange={(v, option) => onChange(v ?? '', option?.label ?? '')}
      filter={({ options }) => options}
      nothingFoundMessage={enabled && !q.isFetching ? t('owner.noneFound') : t('owner.typeMore')}
      error={error}
      clearable
      allowDeselect={false}
      renderOption={({ option }) => {
        const p = details.get(option.value);
        return (
          <div>
            <Text fz="sm" fw={600}>
              {option.label}
            </Text>
            {p && (
              <Text fz="xs">
                {[p.kelurahanName, maskNik(p.nik), p.krtp ? 'KRTP' : null].filter(Boolean).join(' · ')}
              </Text>
            )}
          </div>
        );
      }}
    />
  );
}
