import { withoutInvisible } from '../../../../shared/rules/text.ts';
import type { Cell } from '../imports.types.ts';

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

/** Trims, turns line breaks and odd spaces into one space and drops control and invisible characters; markup stays text. */
export function cleanText(s: string): string {
  if (TIDY.test(s)) return s;
  return withoutInvisible(s.normalize('NFC'))
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

export const DAY_MS = 86_400_000;
// Spreadsheet serial day 0 is 1899-12-30 (the 1900 date system, including its phantom 29 February 1900).
export const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
// Days already written out: a file's dates repeat (birth dates span some 22,000 days), and writing one
// (toISOString) costs far more than a lookup; cleared whole when full.
let days = new Map<number, string>();

/**
 * The calendar day of a date cell. Readers give a cell's date and time of day in UTC fields, so a date-time
 * cell (18/08/1976 23:59) is on the day it shows, never the next.
 */
export function calendarDayOf(d: Date): string | null {
  // To the second: a serial date a formula left a hair below its day (29723.9999999999) is still that day.
  const t = Math.round(d.getTime() / 1000) * 1000;
  // An invalid date.
  if (!(Math.abs(t) <= 8.64e15)) return null;
  const day = Math.floor(t / DAY_MS);
  let iso = days.get(day);
  if (iso === undefined) {
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (days.size >= 50_000) days = new Map();
    days.set(day, iso);
  }
  return iso;
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
