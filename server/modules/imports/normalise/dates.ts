import { daysInMonth, pad2 } from '../../../../shared/rules/calendar.ts';
import { MONTHS_ID } from '../../../../shared/rules/format.ts';
import type { Cell, DateOrder } from '../imports.types.ts';
import { calendarDayOf, cellText, DAY_MS, isPlaceholder, SERIAL_EPOCH } from './cell.ts';
import type { Parsed } from './types.ts';

const FIRST_SERIAL = 61; // 1900-03-01: earlier serials are off by one because of the phantom day
// Serial 0, shown as 00/01/1900: a date cell holding 0 is empty, as a formula that gives 0 for a missing date.
const ZERO_DAY = '1899-12-30';

// Indonesian and English month names and abbreviations, old spellings (Pebruari, Nopember) included.
const MONTH_ALIASES: Record<string, number> = {
  ...Object.fromEntries(MONTHS_ID.map((name, i) => [name.toLowerCase(), i + 1])),
  ...Object.fromEntries(MONTHS_ID.map((name, i) => [name.slice(0, 3).toLowerCase(), i + 1])),
  pebruari: 2,
  peb: 2,
  sept: 9,
  agt: 8,
  ags: 8,
  agst: 8,
  agust: 8,
  aprl: 4,
  mrt: 3,
  pebr: 2,
  febr: 2,
  nop: 11,
  nopember: 11,
  january: 1,
  february: 2,
  march: 3,
  may: 5,
  june: 6,
  july: 7,
  aug: 8,
  august: 8,
  oct: 10,
  october: 10,
  dec: 12,
  december: 12,
};

const MONTH_WORDS = Object.entries(MONTH_ALIASES);

/** A month named in full, abbreviated, or cut short after its third letter or later ("Agus", "Septem"). */
function monthOf(word: string): number | undefined {
  const known = MONTH_ALIASES[word];
  if (known !== undefined || word.length < 3) return known;
  return MONTH_WORDS.find(([name]) => name.startsWith(word))?.[1];
}

const issue = (code: string, message: string): Parsed<string> => ({ value: null, issue: { code, message } });
// How each order is written, for the messages.
const ORDER = {
  dmy: { words: 'hari/bulan/tahun', example: '25/07/1980' },
  mdy: { words: 'bulan/hari/tahun', example: '07/25/1980' },
} as const;

const unreadable = (text: string, order: DateOrder) =>
  issue(
    'DATE_UNREADABLE',
    `Tanggal "${text}" tidak dapat dibaca; tulis ${ORDER[order].words}, mis. ${ORDER[order].example} atau 25 Juli 1980.`,
  );

/**
 * A calendar date (`YYYY-MM-DD`) from a date cell, a spreadsheet serial number, or text in day-month-year
 * order (`12/05/1980`, `12-5-80`, `12.05.1980`, `12 Mei 1980`, `12 Mar 1980`) or ISO order; with `mdy`,
 * dates of numbers alone are read month first.
 */
export function parseDate(cell: Cell, today: Date, order: DateOrder = 'dmy'): Parsed<string> {
  if (cell instanceof Date) {
    const iso = calendarDayOf(cell);
    return iso && iso !== ZERO_DAY ? { value: iso } : { value: null };
  }
  const text = cellText(cell);
  // "?" in a date column says the date was asked and not known: unreadable, unlike an empty cell.
  if (text === '?') return unreadable(text, order);
  if (text === null || isPlaceholder(text)) return { value: null };
  if (typeof cell === 'number') return fromNumber(cell, text, today, order);
  if (typeof cell !== 'string') return unreadable(text, order);
  const bare = bareDate(text);
  if (/^\d+(?:[.,]0+)?$/.test(bare))
    return fromNumber(Number(bare.replace(/[.,]0+$/, '')), text, today, order);
  const parts = datePartsOf(bare.toLowerCase(), order);
  if (parts && parts.day === 0 && parts.month === 1 && parts.year === 1900) return { value: null };
  if (parts) return fromParts(parts, text, today, order);
  // "05/1980", "Mei 1980": a month without its day.
  const monthYear = /^(?:\d{1,2}\s*[-/.]\s*|([a-z]+)\.?\s*)(\d{4})$/i.exec(bare);
  if (monthYear && (monthYear[1] === undefined || monthOf(monthYear[1].toLowerCase()))) {
    return issue(
      'DATE_MONTH_YEAR_ONLY',
      `Tanggal "${text}" hanya berisi bulan dan tahun; isi tanggal lengkap, mis. 12/05/${monthYear[2]}.`,
    );
  }
  return unreadable(text, order);
}

// A time after the date ("7/25/1980 0:00:00"), or a remark in brackets after it ("12 Mei 1980 (Malang)",
// "17 Agustus 1975 (45 th)"), is dropped.
const bareDate = (text: string) =>
  text
    .replace(/(?<=\S)\s*\([^()]*\)$/, '')
    .replace(/[ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?(?:Z)?$/i, '')
    .trim();

const NUMERIC = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4}|\d{2})$/;

/**
 * The order a column's dates tell, from sample cells of it: month first when some date has a second number
 * above 12 ("7/25/1980") and none a first; day first when the reverse; null when they do not tell (every
 * day is 12 or less, or the dates disagree).
 */
export function dateOrderOf(cells: readonly Cell[]): DateOrder | null {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const cell of cells) {
    if (typeof cell !== 'string') continue;
    const m = NUMERIC.exec(bareDate(splitPlaceAndDate(cell).date));
    if (!m) continue;
    const [first, second] = [Number(m[1]), Number(m[2])];
    if (first > 12 && second <= 12) dayFirst++;
    if (second > 12 && first <= 12) monthFirst++;
  }
  if (monthFirst > 0 && dayFirst === 0) return 'mdy';
  return dayFirst > 0 && monthFirst === 0 ? 'dmy' : null;
}

type DateParts = { day: number; month: number; year: number; shortYear: boolean };

function datePartsOf(s: string, order: DateOrder): DateParts | null {
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]), shortYear: false };
  const numeric = NUMERIC.exec(s);
  if (numeric?.[3]) {
    const [day, month] = order === 'mdy' ? [numeric[2], numeric[1]] : [numeric[1], numeric[2]];
    return partsOf(day, Number(month), numeric[3]);
  }
  // The long date of an office suite names the weekday first: "Senin, 17 Agustus 1980".
  const dated = s.replace(WEEKDAY, '');
  // A two-digit year may carry an apostrophe: "12 Mei '75".
  const named = /^(\d{1,2})[\s./-]*([a-z]+)\.?[\s.,/-]*['’]?(\d{4}|\d{2})$/.exec(dated);
  const month = named?.[2] ? monthOf(named[2]) : undefined;
  if (named?.[3] && month) return partsOf(named[1], month, named[3]);
  // The month named first, as English exports write it: "August 17, 1980", "Agustus 17, 1980".
  const monthFirst = /^([a-z]+)\.?\s*(\d{1,2}),?\s+(\d{4})$/.exec(dated);
  const named2 = monthFirst?.[1] ? monthOf(monthFirst[1]) : undefined;
  if (monthFirst?.[3] && named2) return partsOf(monthFirst[2], named2, monthFirst[3]);
  return null;
}

const WEEKDAY =
  /^(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,?\s*/;

const partsOf = (day: string | undefined, month: number, year: string): DateParts => ({
  day: Number(day),
  month,
  year: Number(year),
  shortYear: year.length === 2,
});

function fromParts(p: DateParts, text: string, today: Date, order: DateOrder): Parsed<string> {
  // Two-digit years follow the NIK rule: 20yy unless that is still in the future, then 19yy.
  const year = p.shortYear
    ? 2000 + p.year <= today.getUTCFullYear()
      ? 2000 + p.year
      : 1900 + p.year
    : p.year;
  if (p.month < 1 || p.month > 12) {
    return issue(
      'DATE_INVALID',
      order === 'dmy'
        ? `Tanggal "${text}" tidak mungkin: bulan ${p.month} tidak ada; tulis hari/bulan/tahun. Bila seluruh kolom ditulis bulan/hari/tahun, pilih urutan itu untuk kolom ini di pemetaan kolom.`
        : `Tanggal "${text}" tidak mungkin: bulan ${p.month} tidak ada; kolom ini dibaca bulan/hari/tahun (${ORDER.mdy.example}).`,
    );
  }
  if (p.day < 1 || p.day > daysInMonth(year, p.month)) {
    return issue(
      'DATE_INVALID',
      `Tanggal "${text}" tidak mungkin: bulan ${p.month} tidak punya tanggal ${p.day}.`,
    );
  }
  return { value: `${year}-${pad2(p.month)}-${pad2(p.day)}` };
}

// Numbers: a year alone, 8 digits (yyyymmdd or ddmmyyyy), or a spreadsheet serial day.
function fromNumber(n: number, text: string, today: Date, order: DateOrder): Parsed<string> {
  if (n === 0) return { value: null };
  if (!Number.isFinite(n) || n < 0) return unreadable(text, order);
  if (Number.isInteger(n) && n >= 1000 && n <= 2999) {
    return issue(
      'DATE_YEAR_ONLY',
      `Tanggal "${text}" hanya berisi tahun; isi tanggal lengkap, mis. 12/05/${n}.`,
    );
  }
  if (Number.isInteger(n) && n >= 1_000_000 && n <= 99_999_999) return fromEightDigits(n, text, today, order);
  const serial = Math.floor(n);
  if (serial < FIRST_SERIAL || serial > (today.getTime() - SERIAL_EPOCH) / DAY_MS + 366)
    return unreadable(text, order);
  return { value: new Date(SERIAL_EPOCH + serial * DAY_MS).toISOString().slice(0, 10) };
}

function fromEightDigits(n: number, text: string, today: Date, order: DateOrder): Parsed<string> {
  const s = String(n).padStart(8, '0');
  const yyyymmdd = /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])\d{2}$/.test(s);
  const [first, second] = [Number(s.slice(0, 2)), Number(s.slice(2, 4))];
  const parts: DateParts = yyyymmdd
    ? { year: Number(s.slice(0, 4)), month: Number(s.slice(4, 6)), day: Number(s.slice(6)), shortYear: false }
    : {
        day: order === 'mdy' ? second : first,
        month: order === 'mdy' ? first : second,
        year: Number(s.slice(4)),
        shortYear: false,
      };
  return fromParts(parts, text, today, order);
}

/**
 * "Malang, 12-05-1980", "Malang 12 Mei 1980" or "Surabaya, tgl 28/08/1974" from a Tempat/Tgl Lahir column:
 * the place, then the date.
 */
export function splitPlaceAndDate(text: string): { place: string | null; date: string } {
  const m = /^(\p{L}[\p{L} .'-]*?)\s*[,/]?\s*(?:(?:tgl|tanggal|tg)\b\.?\s*)?(\d.*)$/iu.exec(text.trim());
  if (!m?.[1] || !m[2]) return { place: null, date: text };
  return { place: m[1].trim(), date: m[2].trim() };
}
