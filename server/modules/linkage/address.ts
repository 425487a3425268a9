import { normalizeSearchText } from '../../../shared/rules/search.ts';
import { memo } from './memo.ts';

/**
 * A street line reduced to its comparable parts; rt/rw without leading zeros; `hamlet`: the dusun a mark
 * names ("Dsn. Krajan"), absent when none (and in entries prepared before it).
 */
export type Address = {
  street: string | null;
  number: string | null;
  rt: string | null;
  rw: string | null;
  hamlet?: string;
};

const ROMAN: Record<string, string> = {
  i: '1',
  ii: '2',
  iii: '3',
  iv: '4',
  v: '5',
  vi: '6',
  vii: '7',
  viii: '8',
  ix: '9',
  x: '10',
  xi: '11',
  xii: '12',
};
// Words that say "street" or "alley" in every office's spelling.
const STREET_WORDS = new Set(['jl', 'jln', 'jalan', 'jaln']);
const GANG_WORDS = new Set(['gg', 'gang', 'gng']);
// A housing estate in its spellings, as one word; "Blok" before a block's code is left out ("Blok D7", "D7").
const ESTATE_WORDS: Record<string, string> = {
  perum: 'perum',
  perumahan: 'perum',
  prm: 'perum',
  komplek: 'komplek',
  kompleks: 'komplek',
  komp: 'komplek',
  kompl: 'komplek',
};
const BLOCK_WORDS = new Set(['blok', 'blk']);
// A regency's hamlet (dusun) in its spellings: "Dsn. Krajan", "Dusun Krajan" and "Krajan" are one place.
const HAMLET_WORDS = new Set(['dsn', 'dusun', 'dukuh', 'dkh']);
// A hamlet's second word when it tells one part of a hamlet from another ("Krajan Lor", "Kampung Baru").
const HAMLET_PARTS = new Set([
  'lor',
  'kidul',
  'wetan',
  'kulon',
  'tengah',
  'baru',
  'timur',
  'barat',
  'utara',
  'selatan',
]);

/** The hamlet a mark names and the words without it: "kenanga 15 dsn sumberwaru" → sumberwaru, kenanga 15. */
function takeHamlet(words: string[]): { words: string[]; hamlet: string | null } {
  // After a street's or gang's mark it is the street's name: "Jl. Dukuh Kupang" (a kelurahan's name too).
  const at = words.findIndex(
    (w, i) =>
      HAMLET_WORDS.has(w) && !STREET_WORDS.has(words[i - 1] ?? '') && !GANG_WORDS.has(words[i - 1] ?? ''),
  );
  const first = at >= 0 ? words[at + 1] : undefined;
  if (first === undefined || /\d/.test(first)) return { words, hamlet: null };
  const second = words[at + 2];
  const long = second !== undefined && HAMLET_PARTS.has(second);
  const hamlet = long ? `${first} ${second}` : first;
  const rest = [...words.slice(0, at), ...words.slice(at + (long ? 3 : 2))];
  // "Dsn. Krajan" alone: the hamlet is where she lives, as a street would be.
  const named = rest.some((w) => w !== '' && !/\d/.test(w) && !NUMBER_WORDS.has(w));
  return { words: named ? rest : [...hamlet.split(' '), ...rest], hamlet };
}
const NUMBER_WORDS = new Set(['no', 'nomor', 'nmr', 'nomer']);

const unpad = (s: string | null | undefined): string | null => {
  const digits = s?.match(/\d+/)?.[0];
  return digits === undefined ? null : String(Number(digits));
};

// "RT 02 RW 05", "RT.002/RW.005", "RT 2/5" inside the street line.
const RT_RW = /\brt\s*\.?\s*(\d+)\s*(?:\/|\s)\s*(?:rw\s*\.?\s*)?(\d+)/;
const RT_ONLY = /\brt\s*\.?\s*(\d+)/;
const RW_ONLY = /\brw\s*\.?\s*(\d+)/;

function splitRtRw(text: string): { rest: string; rt: string | null; rw: string | null } {
  const both = RT_RW.exec(text);
  if (both) return { rest: text.replace(both[0], ' '), rt: unpad(both[1]), rw: unpad(both[2]) };
  const rt = RT_ONLY.exec(text);
  const rw = RW_ONLY.exec(text);
  const rest = text.replace(RT_ONLY, ' ').replace(RW_ONLY, ' ');
  return { rest, rt: unpad(rt?.[1]), rw: unpad(rw?.[1]) };
}

const houseNumber = (s: string): string => s.replace(/^0+(?=\d)/, '');

// House number: after "No.", or a number (with letter) ending the line that is not a gang's number.
function takeNumber(words: string[]): { words: string[]; number: string | null } {
  const at = words.findIndex((w) => NUMBER_WORDS.has(w));
  if (at >= 0 && words[at + 1] && /^\d/.test(words[at + 1] as string)) {
    const letter = /^[a-z]$/.test(words[at + 2] ?? '') ? (words[at + 2] as string) : '';
    return { words: words.slice(0, at), number: houseNumber(`${words[at + 1]}${letter}`) };
  }
  const last = words[words.length - 1];
  const before = words[words.length - 2];
  if (last && /^\d+[a-z]?$/.test(last) && before && !GANG_WORDS.has(before)) {
    return { words: words.slice(0, -1), number: houseNumber(last) };
  }
  return { words, number: null };
}

/** The hamlet an address's mark names ("Dsn. Ngembul RT 05/03 Kemiri": ngembul), folded as streets are. */
// A hamlet's mark as a word: a text without one names no hamlet (and need not be parsed to say so).
const HAMLET_MARK = new RegExp(String.raw`\b(?:${[...HAMLET_WORDS].join('|')})\b`, 'i');

export const hamletOf = (text: string): string | null =>
  HAMLET_MARK.test(text) ? (parseStreet(text).hamlet ?? null) : null;

// "Kalirungkut XII/27", "Sidosermo 8/50": after a street's name, its gang and the house number (Gg. XII
// No. 27), not after "No." nor RT/RW.
const GANG_SLASH =
  /(?<![\d/]|\bno\.?\s*|\bnomor\s*|\br[tw]\.?\s*|\b(?:gg|gang|gng)\.?\s*)(?<=[a-z]\.?\s+)\b((?:[ivx]+|\d{1,2})(?:-?[a-z])?)\s*\/\s*(\d+[a-z]?)\b/g;
// "Gg. III/74": the gang marked, the house number after the slash.
const MARKED_GANG_SLASH = /\b(?:gg|gang|gng)\.?\s*((?:[ivx]+|\d{1,2})(?:-?[a-z])?)\s*\/\s*(\d+[a-z]?)\b/g;

/**
 * A lingkungan ("Ling. IV", "Lingk. 7", "Lk. 12"), the unit of a kelurahan some cities have instead of
 * RT/RW: no part of the street's name or number (the import also reads the place after it).
 */
export const LINGKUNGAN = /\b(?:lingkungan|lingk|ling|link|lkg|lk)\b\.?\s*(?:[ivx]{1,5}|\d{1,3})\b/gi;

const parseStreet = memo((text: string): Address => {
  const lower = text
    .toLowerCase()
    .replace(LINGKUNGAN, ' ')
    .replace(/(\d)\s*\/\s*([a-z])\b/g, '$1$2');
  const parts = splitRtRw(lower);
  parts.rest = parts.rest.replace(MARKED_GANG_SLASH, 'gg $1 no $2').replace(GANG_SLASH, 'gg $1 no $2');
  const { words: named, hamlet } = takeHamlet(normalizeSearchText(parts.rest).split(' '));
  const words = named
    .filter((w) => w !== '' && !STREET_WORDS.has(w) && !BLOCK_WORDS.has(w) && !HAMLET_WORDS.has(w))
    .map((w, i, all) =>
      GANG_WORDS.has(w) ? 'gg' : GANG_WORDS.has(all[i - 1] ?? '') ? (ROMAN[w] ?? w) : (ESTATE_WORDS[w] ?? w),
    );
  const taken = takeNumber(words);
  const name = taken.words.join(' ');
  const street = name === '' ? null : name;
  return { street, number: taken.number, rt: parts.rt, rw: parts.rw, ...(hamlet ? { hamlet } : {}) };
});

/**
 * "Jl. Kenanga Gg. III No. 12 RT 02/RW 05" → street "kenanga gg 3", number "12", rt "2", rw "5";
 * "Perumahan Sawojajar Blok D7 No. 112" → street "perum sawojajar d7", number "112"; "Dsn. Krajan" → "krajan".
 */
export function parseAddress(street: string | null, rt: string | null, rw: string | null): Address {
  const parsed = parseStreet(street ?? '');
  const [rtOut, rwOut] = [unpad(rt) ?? parsed.rt, unpad(rw) ?? parsed.rw];
  // Shared with every record on the same line when the RT/RW agree: 100k records, fewer objects.
  return rtOut === parsed.rt && rwOut === parsed.rw ? parsed : { ...parsed, rt: rtOut, rw: rwOut };
}
