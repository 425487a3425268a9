import { Radio, Select, Stack } from '@mantine/core';
import { type ReactNode, useEffect, useState } from 'react';
import { kecamatanOfKelurahan, useAreaTree } from '../../api/areas.ts';
import { AreaPicker } from '../../components/AreaPicker.tsx';
import { useI18n } from '../../i18n/index.tsx';

type Level = 'city' | 'kecamatan' | 'kelurahan';

/** 35.73 → city, 35.73.02 → kecamatan, 35.73.02.1001 → kelurahan. */
export function scopeLevel(code: string): Level | null {
  if (/^\d{2}\.\d{2}$/.test(code)) return 'city';
  if (/^\d{2}\.\d{2}\.\d{2}$/.test(code)) return 'kecamatan';
  if (/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(code)) return 'kelurahan';
  return null;
}

type Props = { value: string; onChange: (code: string) => void; error?: ReactNode };

/** A user's work area: the whole city, one kecamatan or one kelurahan, from the cached area tree. */
export function ScopePicker({ value, onChange, error }: Props) {
  const { t } = useI18n();
  const tree = useAreaTree();
  const [level, setLevel] = useState<Level>(scopeLevel(value) ?? 'city');
  const [kecamatan, setKecamatan] = useState<string | null>(
    level === 'kecamatan' ? value : kecamatanOfKelurahan(value),
  );
  const region = tree.data?.region;

  // A new user starts at city level; the city's code is known once the tree has loaded.
  useEffect(() => {
    if (level === 'city' && region && value !== region.code) onChange(region.code);
  }, [level, region, value, onChange]);

  const pickLevel = (next: string) => {
    const l = next as Level;
    setLevel(l);
    if (l === 'city') onChange(region?.code ?? '');
    else if (l === 'kecamatan') onChange(kecamatan ?? '');
    else onChange('');
  };

  return (
    <Stack gap="sm">
      <Radio.Group
        label={t('scope.level')}
        value={level}
        onChange={pickLevel}
        required
        error={level === 'city' ? error : undefined}
      >
        <Stack gap={6} mt={6}>
          <Radio value="city" label={t('scope.city', { region: region?.name ?? '' })} />
          <Radio value="kecamatan" label={t('scope.kecamatan')} />
          <Radio value="kelurahan" label={t('scope.kelurahan')} />
        </Stack>
      </Radio.Group>
      {level === 'kecamatan' && (
        <Select
          label={t('field.kecamatan')}
          placeholder={t('form.choose')}
          data={(tree.data?.children ?? []).map((k) => ({ value: k.code, label: k.name }))}
          value={value || null}
          onChange={(v) => {
            setKecamatan(v);
            onChange(v ?? '');
          }}
          required
          allowDeselect={false}
          error={error}
          nothingFoundMessage={t('state.noOptions')}
        />
      )}
      {level === 'kelurahan' && (
        <AreaPicker
          mode="form"
          kecamatan={kecamatan}
          kelurahan={scopeLevel(value) === 'kelurahan' ? value : null}
          kelurahanError={error}
          onChange={(kec, kel) => {
            setKecamatan(kec);
            onChange(kel ?? '');
          }}
        />
      )}
    </Stack>
  );
}
