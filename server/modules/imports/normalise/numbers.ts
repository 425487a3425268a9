import { formatRupiah } from '../../../../shared/rules/format.ts';
import type { Cell } from '../imports.types.ts';
import { cellText, isPlaceholder } from './cell.ts';
import { readDecimal } from './decimal.ts';
import type { Parsed } from './types.ts';

// "M" is miliar in Indonesian (never million); "k" is how younger writers shorten ribu.
const UNITS: readonly [RegExp, number][] = [
  [/^(?:m|miliar|milyar|milyard|miliard|mlr|myr)$/, 1e9],
  [/^(?:jt|jta|juta)$/, 1e6],
  [/^(?:rb|rbu|ribu|k)$/, 1e3],
];
const CURRENCY = /\b(?:rp|idr|rupiah)(?![a-z])\.?/g;
// "/bln", "per hari", "sebulan", "tahunan": the period an amount is given for (amountPeriod reads it).
const PERIOD_WORDS = 'bulan|bln|bl|tahun|thn|th|hari|hr|minggu|mgg|pekan';
const PERIOD = new RegExp(`\\/?\\s*\\b(?:per\\s*|se)?(?:${PERIOD_WORDS})(?:an)?\\b\\.?`, 'g');
const PERIOD_OF = new RegExp(`(?:^|[^a-z])(?:per\\s*|se)?(${PERIOD_WORDS})(?:an)?(?![a-z])`);
const ABOUT = /^(?:±|\+\/-|kurang lebih|kurleb|kira-kira|kira kira|sekitar|rata-rata|rata rata)\s*/;
// "2 jutaan", "2jt-an", "500 ribuan": about that much, as "sekitar" says.
const ABOUT_UNIT = /(\d\s*)(jt|juta|rb|ribu)\s*-?\s*an$/;
// "> 5 juta", "lebih dari 5 jt", "di bawah 1 juta": a bound the office was given instead of a figure.
const BOUND =
  /^(?:>=?|<=?|≥|≤|lebih dari|kurang dari|di ?atas|di ?bawah|minimal|maksimal|min\.?|maks\.?|max\.?)\s*/;

export type AmountPeriod = 'day' | 'week' | 'month' | 'year';
const PERIODS: Record<string, AmountPeriod> = {
  bulan: 'month',
  bln: 'month',
  bl: 'month',
  tahun: 'year',
  thn: 'year',
  th: 'year',
  hari: 'day',
  hr: 'day',
  minggu: 'week',
  mgg: 'week',
  pekan: 'week',
};

/** The period an amount's own text names ("100rb/hari", "30 jt per tahun", "2 juta sebulan"), or null. */
export function amountPeriod(cell: Cell): AmountPeriod | null {
  if (typeof cell !== 'string') return null;
  const word = PERIOD_OF.exec(cell.toLowerCase())?.[1];
  return word ? (PERIODS[word] ?? null) : null;
}

const unreadable = (text: string, example: string) => ({
  value: null,
  issue: {
    code: 'NUMBER_UNREADABLE',
    message: `"${text}" tidak dapat dibaca sebagai angka; tulis ${example}.`,
  },
});

/**
 * A Rupiah amount as offices write it: `Rp 2.500.000,-`, `2.500.000,00`, `1,5 jt`, `750rb`, `2,5M` (miliar).
 * `unit` multiplies values without their own unit, for headers such as "Omzet (juta)".
 */
export function parseAmount(cell: Cell, unit = 1): Parsed<number> {
  if (typeof cell === 'number')
    return Number.isFinite(cell) ? { value: Math.round(cell * unit) } : { value: null };
  const text = cellText(cell);
  if (text === null || isPlaceholder(text)) return { value: null };
  const example = 'angka Rupiah, mis. 2.500.000 atau 2,5 jt';
  if (typeof cell !== 'string') return unreadable(text, example);
  const bare = text
    .toLowerCase()
    .replace(CURRENCY, ' ')
    .replace(PERIOD, ' ')
    .trim()
    .replace(/[,.]-$/, '');
  const about = bare.replace(ABOUT, '').replace(ABOUT_UNIT, '$1$2');
  const range = RANGE.exec(about);
  if (range) return midpoint(text, range, unit) ?? unreadable(text, example);
  const bound = BOUND.exec(about);
  const m = /^(-|\()?\s*(\d[\d.,\s]*?)\s*([a-z]+)?\.?\s*\)?$/.exec(
    bound ? about.slice(bound[0].length) : about,
  );
  if (!m?.[2]) return unreadable(text, example);
  const factor = m[3] ? UNITS.find(([re]) => re.test(m[3] ?? ''))?.[1] : unit;
  // With a unit the comma is the decimal mark ("1,250 jt"), but a dot before three digits groups
  // thousands, as Indonesians write it: "50.000 juta" is fifty thousand million.
  const thousandsDot = /^\d{1,3}\.\d{3}$/.test(m[2]);
  const n = readDecimal(m[2], m[3] && !thousandsDot ? 'decimal' : 'auto');
  if (factor === undefined || n === null) return unreadable(text, example);
  const value = Math.round((m[1] ? -n : n) * factor);
  if (!bound) return { value };
  const message = `"${text}" hanya batas, bukan jumlah; dipakai ${formatRupiah(value)}. Tulis satu angka bila ada yang lebih tepat.`;
  return { value, issue: { code: 'AMOUNT_BOUND', message } };
}

// "1.500.000 - 2.000.000", "1 s/d 2 jt", "500rb–1jt": a range the office was given instead of a figure.
const RANGE = /^(\d[\d.,]*\s*[a-z]*)\.?\s*(?:-|–|s\.?\/d\.?|sampai|hingga)\s*(\d[\d.,]*\s*[a-z]*)\.?$/;

/** The middle of a range, read as two amounts (the second's unit, "1-2 juta", also the first's), with a warning. */
function midpoint(text: string, range: RegExpExecArray, unit: number): Parsed<number> | null {
  const [low, high] = [range[1] ?? '', range[2] ?? ''];
  const highUnit = /[a-z]+$/.exec(high)?.[0];
  const lowText = /[a-z]$/.test(low) || !highUnit ? low : `${low} ${highUnit}`;
  const [a, b] = [parseAmount(lowText, unit).value, parseAmount(high, unit).value];
  if (a === null || b === null || a > b) return null;
  const value = Math.round((a + b) / 2);
  const message = `"${text}" adalah rentang; dipakai nilai tengahnya, ${formatRupiah(value)}. Tulis satu angka bila ada yang lebih tepat.`;
  return { value, issue: { code: 'AMOUNT_RANGE', message } };
}

const WORDS: Record<string, number> = {
  nol: 0,
  satu: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
  sepuluh: 10,
};
const COUNT_WORDS = /\b(?:orang|org|jiwa|pekerja|karyawan|tk|anggota|kk)\b\.?/g;

/** A whole count such as workers or household size: `3`, `3 orang`, `3 (tiga)`, `tiga`. */
export function parseCount(cell: Cell): Parsed<number> {
  const text = cellText(cell);
  if (text === null || isPlaceholder(text)) return { value: null };
  const n = typeof cell === 'number' ? cell : typeof cell === 'string' ? countOfText(text) : null;
  if (n === null) return unreadable(text, 'bilangan bulat, mis. 3');
  if (Number.isInteger(n)) return { value: n };
  const message = `"${text}" bukan bilangan bulat; tulis jumlah utuh, mis. 3.`;
  return { value: null, issue: { code: 'NUMBER_NOT_WHOLE', message } };
}

function countOfText(text: string): number | null {
  const split = menAndWomen(text);
  if (split) return split.men + split.women;
  const bare = text
    .toLowerCase()
    .replace(/\(.*\)/, ' ')
    .replace(COUNT_WORDS, ' ')
    .trim();
  const word = WORDS[bare];
  if (word !== undefined) return word;
  // "1 + 2": the owner and her helpers, or two shifts, added up.
  if (/^\d{1,2}(?:\s*\+\s*\d{1,2})+$/.test(bare))
    return bare.split('+').reduce((sum, n) => sum + Number(n), 0);
  const m = /^(-)?\s*(\d[\d.,]*)$/.exec(bare);
  const n = m?.[2] ? readDecimal(m[2], 'auto') : null;
  return n !== null && m?.[1] ? -n : n;
}

const SEX = String.raw`(laki-laki|laki|lk|pria|l|perempuan|wanita|pr|p)`;
const COUNT_BY_SEX = new RegExp(
  String.raw`(\d{1,2})\s*[:=]?\s*${SEX}(?![a-z])|(?<![a-z])${SEX}\s*[:=]?\s*(\d{1,2})`,
  'g',
);

/** Workers counted by sex, each null when the cell does not count it; null when the cell holds anything else. */
function sexCounts(text: string): { men: number | null; women: number | null } | null {
  let men: number | null = null;
  let women: number | null = null;
  const lower = text.toLowerCase().replace(/[()]/g, ' ');
  let rest = lower;
  for (const m of lower.matchAll(COUNT_BY_SEX)) {
    const n = Number(m[1] ?? m[4]);
    const woman = /^(?:p|pr|perempuan|wanita)$/.test(m[2] ?? m[3] ?? '');
    if (woman ? women !== null : men !== null) return null;
    if (woman) women = n;
    else men = n;
    rest = rest.replace(m[0], ' ');
  }
  // Counted by sex, and nothing else in the cell but separators.
  if ((men === null && women === null) || /[a-z0-9]/.test(rest.replace(/\b(?:dan|org|orang)\b/g, '')))
    return null;
  return { men, women };
}

/**
 * Workers counted by sex in one cell: "2L 3P", "L: 2, P: 3", "2 laki-laki 3 perempuan", or one sex alone
 * ("3 P": three women, no men); null otherwise.
 */
export function menAndWomen(text: string): { men: number; women: number } | null {
  const counts = sexCounts(text);
  return counts && { men: counts.men ?? 0, women: counts.women ?? 0 };
}

/**
 * The women among a workers cell's `total`: counted by sex ("2L 3P", "3 P"), or in brackets after the total
 * ("5 (3 P)", "5 orang (2 L)": the rest are women); null when the cell does not say.
 */
export function womenAmong(text: string, total: number): number | null {
  const whole = menAndWomen(text);
  if (whole) return whole.women;
  const inner = /^\s*\d{1,3}\s*(?:org|orang)?\s*\(([^()]*)\)\s*$/i.exec(text)?.[1];
  const counts = inner === undefined ? null : sexCounts(inner);
  if (!counts) return null;
  if (counts.women !== null) return counts.women;
  return counts.men !== null && counts.men <= total ? total - counts.men : null;
}

const HEMISPHERE = /\s*\b(ls|lu|bt|bb|s|n|e|w)\b\.?$/;
const NEGATIVE_HEMISPHERES = new Set(['ls', 's', 'bb', 'w']);

/** Decimal degrees: `-7,9523`, `-7.9523`, `7.9523 LS`, `112,61° BT`; minutes and seconds are not read. */
export function parseCoordinate(cell: Cell, axis: 'lat' | 'lon'): Parsed<number> {
  const limit = axis === 'lat' ? 90 : 180;
  const example = axis === 'lat' ? 'derajat desimal, mis. -7,9666' : 'derajat desimal, mis. 112,6326';
  const text = cellText(cell);
  if (text === null || isPlaceholder(text)) return { value: null };
  const n = typeof cell === 'number' ? cell : typeof cell === 'string' ? degreesOfText(text) : null;
  if (n === null || !Number.isFinite(n)) return unreadable(text, example);
  if (Math.abs(n) > limit) {
    const name = axis === 'lat' ? 'Lintang' : 'Bujur';
    const message = `${name} ${text} di luar batas (−${limit} sampai ${limit}); periksa tanda koma dan titik.`;
    return { value: null, issue: { code: 'COORDINATE_OUT_OF_RANGE', message } };
  }
  return { value: n };
}

// "-7.9553, 112.6145", "-7,9553; 112,6145", a map link "…?q=-7.9553,112.6145": latitude, then longitude.
const PAIR =
  /(-?\s*\d{1,3}(?:[.,]\d+)?°?(?:\s*(?:ls|lu|s|n)\b)?)\s*(?:[;,]\s*|\s+)(-?\s*\d{1,3}(?:[.,]\d+)?°?(?:\s*(?:bt|bb|e|w)\b)?)(?![\d.,])/i;

/** Latitude and longitude written in one cell, as a map app copies them. */
export function parseCoordinatePair(cell: Cell): Parsed<{ latitude: number; longitude: number }> {
  const text = cellText(cell);
  if (text === null || isPlaceholder(text)) return { value: null };
  const m = typeof cell === 'string' ? PAIR.exec(text) : null;
  const example = 'lintang dan bujur dalam derajat desimal, mis. -7.9666, 112.6326';
  if (!m?.[1] || !m[2]) return unreadable(text, example);
  const latitude = parseCoordinate(m[1].replace(/^-\s+/, '-'), 'lat');
  const longitude = parseCoordinate(m[2].replace(/^-\s+/, '-'), 'lon');
  if (latitude.value === null || longitude.value === null)
    return { value: null, issue: latitude.issue ?? longitude.issue ?? unreadable(text, example).issue };
  return { value: { latitude: latitude.value, longitude: longitude.value } };
}

function degreesOfText(text: string): number | null {
  const lower = text
    .toLowerCase()
    .replace(/[°º]/g, '')
    .replace(/\u2212/g, '-');
  const side = HEMISPHERE.exec(lower)?.[1];
  const m = /^(-)?\s*(\d+(?:[.,]\d+)?)$/.exec(lower.replace(HEMISPHERE, '').trim());
  const abs = m?.[2] ? readDecimal(m[2], 'decimal') : null;
  if (abs === null) return null;
  return m?.[1] || (side && NEGATIVE_HEMISPHERES.has(side)) ? -abs : abs;
}

/** A year such as the year a business started: `2015`, `Th. 2015`, `sejak 2015`, or a date cell. */
export function parseYear(cell: Cell, today: Date, duration = false): Parsed<number> {
  const text = cellText(cell);
  if (text === null || isPlaceholder(text)) return { value: null };
  const since = yearFromDuration(text, today, duration);
  if (since) return since;
  const years = typeof cell === 'number' ? [String(cell)] : (text.match(/\b(?:1[89]|2\d)\d{2}\b/g) ?? []);
  const year = years.length === 1 ? Number(years[0]) : Number.NaN;
  if (!Number.isInteger(year)) return unreadable(text, 'tahun 4 digit, mis. 2015');
  const now = today.getUTCFullYear();
  if (year < 1900 || year > now) {
    const message = `Tahun ${year} tidak wajar; isi tahun antara 1900 dan ${now}.`;
    return { value: null, issue: { code: 'YEAR_IMPLAUSIBLE', message } };
  }
  return { value: year };
}

// "5 tahun", "± 5 thn", "5 tahun lalu", "8 bulan": how long the business has run, not when it started.
const DURATION =
  /^(?:±|\+\/-|kurang lebih|sekitar|kira-kira)?\s*(\d{1,2})\s*(tahun|thn|th|bulan|bln)?\.?(?:\s+(?:yang\s+)?lalu)?$/;

/**
 * The year a business started from how long it has run, counted back from today (the file does not say
 * when it was written): under a "Lama Usaha" header a bare number is years, elsewhere only with its unit.
 */
function yearFromDuration(text: string, today: Date, duration: boolean): Parsed<number> | null {
  const m = DURATION.exec(text.toLowerCase());
  if (!m?.[1] || (!m[2] && !duration)) return null;
  const months = m[2]?.startsWith('b') ? Number(m[1]) : Number(m[1]) * 12;
  const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, 1));
  const value = start.getUTCFullYear();
  const message = `Lama usaha "${text}": tahun mulai dihitung dari hari ini, ${value}. Isi tahun mulai bila diketahui.`;
  return { value, issue: { code: 'YEAR_FROM_DURATION', message } };
}
