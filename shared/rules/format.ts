import { daysInMonth } from './calendar.ts';

export const MONTHS_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

const NOT_A_NUMBER = '–';

/** `14.327`, `1.234,5`: dot groups thousands, comma before at most 2 decimals (trailing zeros dropped). */
export function formatNumberId(n: number): string {
  if (!Number.isFinite(n)) return NOT_A_NUMBER;
  if (Math.abs(n) >= 1e21) return String(n);
  const [int = '0', frac = ''] = Math.abs(n).toFixed(2).split('.');
  const decimals = frac.replace(/0+$/, '');
  const sign = n < 0 && (int !== '0' || decimals !== '') ? '-' : '';
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${grouped}${decimals ? `,${decimals}` : ''}`;
}

/** `Rp 1.500.000`, rounded to whole Rupiah; negatives as `-Rp 1.500.000`. */
export function formatRupiah(n: number): string {
  if (!Number.isFinite(n)) return NOT_A_NUMBER;
  const rounded = Math.round(Math.abs(n));
  return `${n < 0 && rounded > 0 ? '-' : ''}Rp ${formatNumberId(rounded)}`;
}

// A timestamp with an offset is shown as the calendar day in Kota Malang (WIB, UTC+7).
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/i;
const WIB_MS = 7 * 60 * 60 * 1000;

/** `18 April 2018` from `2018-04-18` or an ISO timestamp; text that is not a real date is returned unchanged. */
export function formatDateId(iso: string): string {
  const ms = WITH_OFFSET.test(iso) ? Date.parse(iso) : Number.NaN;
  const day = Number.isNaN(ms) ? iso : new Date(ms + WIB_MS).toISOString();
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(day);
  if (!m) return iso;
  const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const monthName = MONTHS_ID[month - 1];
  if (!monthName || date < 1 || date > daysInMonth(year, month)) return iso;
  return `${date} ${monthName} ${year}`;
}

/** "Jl. Sanan No. 3, RT 09, RW 03" plus any further parts (kelurahan, kecamatan); empty parts are left out. */
export function formatAddress(
  a: { street?: string | null; rt?: string | null; rw?: string | null },
  ...more: (string | null | undefined)[]
): string {
  return [a.street, a.rt && `RT ${a.rt}`, a.rw && `RW ${a.rw}`, ...more].filter(Boolean).join(', ');
}

/** "KOTA MALANG" → "Kota Malang": area names as the registry stores them, for print. */
export function titleCase(s: string): string {
  return s.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}
