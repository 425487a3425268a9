import type { Cell } from '../imports.types.ts';

// Zero-width characters and the byte-order mark come along when text is pasted from web pages or Word.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
// Printable ASCII without leading, trailing or double spaces is already clean: most cells, skipped cheaply.
const TIDY = /^(?:[\x21-\x7e]+(?: [\x21-\x7e]+)*)?$/;
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
// What offices type for "none"; Excel error values mean a broken formula, not data.
const PLACEHOLDERS = new Set([
  '-',
  '--',
  '---',
  '–',
  '—',
  '.',
  '..',
  '?',
  'n/a',
  'na',
  'null',
  'nihil',
  'tidak ada',
  'tdk ada',
  'belum ada',
  'blm ada',
  'tidak tahu',
  'tdk tahu',
  'tidak diketahui',
  'tidak punya',
  'tdk punya',
  'belum punya',
  'blm punya',
  'kosong',
  '#n/a',
  '#value!',
  '#ref!',
  '#div/0!',
  '#name?',
  '#null!',
  '#num!',
]);

/** Trims, turns line breaks and odd spaces into one space and drops control characters; markup stays text. */
export function cleanText(s: string): string {
  if (TIDY.test(s)) return s;
  return s
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(LINE_BREAKS, ' ')
    .replace(/\p{Cc}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A placeholder, bare or in brackets ("(belum ada)"). */
export const isPlaceholder = (text: string): boolean => {
  const t = text.toLowerCase();
  return (
    PLACEHOLDERS.has(t) || (t.startsWith('(') && t.endsWith(')') && PLACEHOLDERS.has(t.slice(1, -1).trim()))
  );
};

/** The calendar day of a date cell; readers give UTC midnight, local-midnight dates are rounded to it. */
export function calendarDayOf(d: Date): string | null {
  const rounded = new Date(d.getTime() + 12 * 3_600_000);
  return Number.isNaN(rounded.getTime()) ? null : rounded.toISOString().slice(0, 10);
}

/** A cell as cleaned text, or null when it is empty. */
export function cellText(cell: Cell | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'string') return cleanText(cell) || null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : null;
  if (typeof cell === 'boolean') return cell ? 'Ya' : 'Tidak';
  return calendarDayOf(cell);
}

/** A text field's value: cleaned, and null for empty cells and "none" placeholders such as "-". */
export function textValue(cell: Cell | undefined): string | null {
  const text = cellText(cell);
  return text === null || isPlaceholder(text) ? null : text;
}

export const isEmptyCell = (cell: Cell | undefined): boolean => textValue(cell) === null;
