import { Select, SimpleGrid } from '@mantine/core';
import type { ReactNode } from 'react';
import { kelurahanOf, useAreaTree } from '../api/areas.ts';
import { useI18n } from '../i18n/index.tsx';

type Props = {
  kecamatan: string | null;
  kelurahan: string | null;
  onChange: (kecamatan: string | null, kelurahan: string | null) => void;
  /** Filters offer "all"; forms require a kelurahan. */
  mode: 'filter' | 'form';
  kelurahanLabel?: string;
  kecamatanLabel?: string;
  kelurahanError?: ReactNode;
  /** Defaults to true in forms (a business must have a kelurahan). */
  required?: boolean;
  cols?: number;
};

/** Kecamatan first, then its kelurahan: the second list only holds villages of the chosen district. */
export function AreaPicker(props: Props) {
  const { t } = useI18n();
  const tree = useAreaTree();
  const kecData = (tree.data?.children ?? []).map((k) => ({ value: k.code, label: k.name }));
  const kelData = kelurahanOf(tree.data, props.kecamatan).map((k) => ({ value: k.code, label: k.name }));
  const isFilter = props.mode === 'filter';

  return (
    <SimpleGrid cols={{ base: 1, xs: props.cols ?? 2 }} spacing="sm">
      <Select
        label={props.kecamatanLabel ?? t('field.kecamatan')}
        placeholder={isFilter ? t('filter.allKecamatan') : t('form.choose')}
        data={kecData}
        value={props.kecamatan}
        onChange={(v) => props.onChange(v, null)}
        clearable={isFilter}
        allowDeselect={isFilter}
        disabled={tree.isLoading}
        nothingFoundMessage={t('state.noOptions')}
      />
      <Select
        label={props.kelurahanLabel ?? t('field.kelurahan')}
        placeholder={
          props.kecamatan
            ? isFilter
              ? t('filter.allKelurahan')
              : t('form.choose')
            : t('filter.chooseKecamatanFirst')
        }
        data={kelData}
        value={props.kelurahan}
        onChange={(v) => props.onChange(props.kecamatan, v)}
        searchable
        clearable={isFilter}
        allowDeselect={isFilter}
        disabled={!props.kecamatan}
        required={props.required ?? !isFilter}
        error={props.kelurahanError}
        nothingFoundMessage={t('state.noOptions')}
      />
    </SimpleGrid>
  );
}
