import type { ExhibitionStatus, InvitationStatus } from '../../../../shared/contracts/exhibitions.ts';
import { formatDate } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/index.tsx';

export const STATUS_COLORS: Record<ExhibitionStatus, string> = {
  rencana: 'blue',
  berlangsung: 'teal',
  selesai: 'gray',
  batal: 'red',
};

export const INVITATION_COLORS: Record<InvitationStatus, string> = {
  diundang: 'blue',
  dikonfirmasi: 'teal',
  menolak: 'gray',
};

export function dateRange(locale: Locale, start: string, end: string): string {
  return start === end
    ? formatDate(locale, start)
    : `${formatDate(locale, start)} – ${formatDate(locale, end)}`;
}

/** A short day label for the day picker: "Sab, 10 Apr". */
export function dayLabel(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
}
