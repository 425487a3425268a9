import { formatDateId } from '../../../shared/rules/format.ts';
import type { Locale } from './index.tsx';

/** Calendar dates: the shared Indonesian formatter, or the English month names. */
export function formatDate(locale: Locale, iso: string | null | undefined): string {
  if (!iso) return '–';
  if (locale === 'id') return formatDateId(iso);
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  const timeZone = iso.length === 10 ? 'UTC' : 'Asia/Jakarta';
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).format(d);
}

/** Timestamps of history entries, in Kota Malang's time (WIB). */
export function formatDateTime(locale: Locale, iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const time = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Jakarta',
  }).format(d);
  return `${formatDate(locale, iso)}, ${time} WIB`;
}
