import { formatNumberId, formatRupiah } from '../../../shared/rules/format.ts';
import type { IrLevel } from '../../../shared/rules/mentoring.ts';
import { maskNik } from '../../../shared/rules/nik.ts';
import { formatDate } from '../i18n/format.ts';
import { hasKey, type Locale, type Translate } from '../i18n/index.tsx';
import { labelsFor } from '../i18n/labels.ts';
import { permitLabel, sectorLabel, sizeLabel } from './labels.ts';

type Ctx = { t: Translate; locale: Locale; areaName: (code: string) => string | undefined };

const RUPIAH = new Set(['monthlyTurnover', 'capital']);
const DATES = new Set(['birthDate', 'issuedOn', 'expiresOn']);
const PLAIN = new Set([
  'yearStarted',
  'kbliVersion',
  'ownerId',
  'kbliCode',
  'rt',
  'rw',
  'mergedFrom',
  'mergedInto',
  'splitFrom',
]);

/** Field names in history are the API's; their labels live in the dictionary as `hf.<field>`. */
export function historyFieldLabel(field: string, t: Translate): string {
  const key = `hf.${field}`;
  return hasKey(key) ? t(key) : field;
}

/** One recorded value as a person reads it: Rupiah, dates, yes/no, names instead of codes. */
export function historyValue(field: string, value: unknown, ctx: Ctx): string {
  const { t } = ctx;
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number') {
    if (RUPIAH.has(field)) return formatRupiah(value);
    if (field === 'irLevel') return labelsFor(ctx.locale).irLevel[value as IrLevel] ?? String(value);
    return PLAIN.has(field) ? String(value) : formatNumberId(value);
  }
  if (typeof value !== 'string') return JSON.stringify(value);
  if (DATES.has(field)) return formatDate(ctx.locale, value);
  if (field === 'nik') return maskNik(value) ?? '–';
  if (field === 'kelurahanCode' || field === 'kecamatanCode') {
    const name = ctx.areaName(value);
    return name ? `${name} (${value})` : value;
  }
  const coded: Record<string, (v: string) => string> = {
    sector: sectorLabel,
    sizeClass: sizeLabel,
    type: permitLabel,
    gender: (v) => (v === 'P' ? t('gender.P') : v === 'L' ? t('gender.L') : v),
    status: (v) => (v === 'closed' ? t('status.closed') : v === 'active' ? t('status.active') : v),
    education: (v) => {
      const key = `edu.${v}`;
      return hasKey(key) ? t(key) : v;
    },
  };
  return coded[field]?.(value) ?? value;
}
