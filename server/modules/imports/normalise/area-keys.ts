import { distance } from 'fastest-levenshtein';
import { normalizeSearchText } from '../../../../shared/rules/search.ts';
import { swapped } from '../../linkage/words.ts';
import { cleanText } from './cell.ts';

export type AreaKind = 'kelurahan' | 'kecamatan';

// Words offices put before a name: "Kel. Tlogomas", "Desa Pakis", "Kel/Desa Sumbersari", "Kec. Klojen".
const PREFIX: Record<AreaKind, RegExp> = {
  kelurahan: /^(?:(?:kel|kelurahan|desa|ds)\b[\s./:]*)+/,
  kecamatan: /^(?:(?:kec|kecamatan)\b[\s./:]*)+/,
};

/** Same letters as the official name apart from case, prefix and spacing at the ends: an 'exact' match. */
export const exactKey = (text: string, kind: AreaKind): string =>
  cleanText(text).toLowerCase().replace(PREFIX[kind], '').trim();

/**
 * Spelling folded (oe/u, dj/j, tj/c), punctuation and spaces gone: "Tlogo Mas" and "Tlogomas" agree; a word
 * doubled the short way, "Oro2 Dowo", is written out (Oro-oro Dowo); "Dokter" is the title's "Dr".
 */
export const variantKey = (text: string, kind: AreaKind): string => {
  const words = normalizeSearchText(spelledOut(text.replace(/(\p{L}+)2(?!\p{N})/gu, '$1 $1')))
    .replace(PREFIX[kind], '')
    // A name after a title, as streets are (Kelurahan Dr. Soetomo, written "Dokter Sutomo").
    .replace(/^dokter\b/, 'dr');
  // Folded again once joined, as the name written in one word is ("Pakis Jajar": Pakisjajar, whose "sj"
  // reads as old spelling).
  return words.includes(' ') ? normalizeSearchText(words.replace(/ /g, '')) : words;
};

// Short forms of the words of place names, as offices and the area list write them: "Tj. Rejo" (Tanjung),
// "Sungai Mati" (Sei Mati: Sei is the short form), "Ps. Baru", "Kp. Baru", "Bdr. Selamat", "Mdn Sunggal".
const WORD_FORMS: Record<string, string> = {
  tj: 'tanjung',
  tg: 'tanjung',
  tjg: 'tanjung',
  sungai: 'sei',
  ps: 'pasar',
  psr: 'pasar',
  kp: 'kampung',
  kpg: 'kampung',
  kamp: 'kampung',
  bdr: 'bandar',
  mdn: 'medan',
  pdg: 'padang',
};
// A roman numeral up to 39 as a word of its own: "Sukaramai II" is "Sukaramai 2", "Sudirejo I" "Sudirejo 1".
const ROMAN = /^x{0,3}(?:ix|iv|v?i{0,3})$/;
const ROMAN_VALUE: Record<string, number> = { i: 1, v: 5, x: 10 };
const romanValue = (word: string): number => {
  let total = 0;
  for (let i = 0; i < word.length; i++) {
    const v = ROMAN_VALUE[word[i] as string] as number;
    total += v < (ROMAN_VALUE[word[i + 1] ?? ''] ?? 0) ? -v : v;
  }
  return total;
};

/** The words of a place name with their short forms written out and roman numerals as digits. */
export function spelledOut(text: string): string {
  return text
    .toLowerCase()
    .split(/[\s.,]+/)
    .map((w) => (w !== '' && ROMAN.test(w) ? String(romanValue(w)) : (WORD_FORMS[w] ?? w)))
    .join(' ');
}

/** The numbers of a name's key ("sukaramai2": "2"): names with other numbers are other places. */
export const numeralsOf = (key: string): string => key.replace(/\D+/g, ' ').trim();

/** A place name's words: prefix gone, short forms written out, numerals as digits, spelling folded. */
export const placeWords = (text: string, kind: AreaKind): string[] =>
  normalizeSearchText(spelledOut(text))
    .replace(PREFIX[kind], '')
    .split(' ')
    .filter((w) => w !== '');

const VOWEL = /[aeiou]/;

/**
 * Whether two names are one with words cut to their initials ("P Bulan Selayang I": Padang Bulan Selayang
 * I; "PB Bengkel Baru": Pulo Brayan Bengkel Baru; "Tegal S Mandala": Tegal Sari Mandala), word by word, a
 * long word allowed one slip ("Berayan", "Brayan"): 'typo' when one was needed. Numbers must be the same.
 */
export function initialsMatch(a: readonly string[], b: readonly string[]): 'initials' | 'typo' | null {
  let [i, j, typo, cut] = [0, 0, false, false];
  const initialOf = (short: string, long: string) =>
    short.length === 1 && !/\d/.test(short) && long.length > 1 && long.startsWith(short);
  const pairOf = (short: string, x: string | undefined, y: string | undefined) =>
    short.length === 2 && !VOWEL.test(short) && x?.[0] === short[0] && y?.[0] === short[1];
  while (i < a.length && j < b.length) {
    const [x, y] = [a[i] as string, b[j] as string];
    if (x === y) [i, j] = [i + 1, j + 1];
    else if (pairOf(x, y, b[j + 1])) [i, j, cut] = [i + 1, j + 2, true];
    else if (pairOf(y, x, a[i + 1])) [i, j, cut] = [i + 2, j + 1, true];
    else if (initialOf(x, y) || initialOf(y, x)) [i, j, cut] = [i + 1, j + 1, true];
    else if (x.length >= 5 && y.length >= 5 && !/\d/.test(x + y) && typos(x, y) <= 1)
      [i, j, typo] = [i + 1, j + 1, true];
    else return null;
  }
  if (i < a.length || j < b.length || !cut) return null;
  return typo ? 'typo' : 'initials';
}

/** Typos allowed for a name of this length: none for very short names, about one per five letters after. */
export const maxTypos = (key: string): number =>
  key.length < 5 ? 0 : key.length < 8 ? 1 : key.length < 13 ? 2 : 3;

export type Keyed<T> = { item: T; exact: string; variant: string };

/** Items whose exact or folded key equals the text's, with the best confidence found. */
export function confident<T>(
  keyed: readonly Keyed<T>[],
  text: string,
  kind: AreaKind,
): { items: T[]; confidence: 'exact' | 'variant' } {
  const exact = exactKey(text, kind);
  const hits = keyed.filter((k) => k.exact === exact);
  if (hits.length > 0) return { items: hits.map((k) => k.item), confidence: 'exact' };
  const variant = variantKey(text, kind);
  return { items: keyed.filter((k) => k.variant === variant).map((k) => k.item), confidence: 'variant' };
}

// Two neighbouring letters swapped ("Suknu") are one slip of the hand, not two.
const typos = (a: string, b: string): number => {
  const d = distance(a, b);
  return d === 2 && swapped(a, b) ? 1 : d;
};

/**
 * Items within the typo allowance, closest first; ties at the best distance are all returned. `more`
 * widens the allowance, for a few candidates only (the kelurahan of the kecamatan written beside it).
 */
export function nearest<T>(
  keyed: readonly Keyed<T>[],
  text: string,
  kind: AreaKind,
  more = 0,
): { best: T[]; ranked: T[] } {
  const key = variantKey(text, kind);
  if (key === '') return { best: [], ranked: [] };
  // Never a typo away from another number: Sukaramai 2 is not Sukaramai I.
  const numerals = numeralsOf(key);
  const scored = keyed
    .filter((k) => numerals === '' || numeralsOf(k.variant) === numerals)
    .map((k) => ({ item: k.item, d: typos(key, k.variant) }))
    .sort((a, b) => a.d - b.d);
  const top = scored[0]?.d ?? Number.POSITIVE_INFINITY;
  const allowed = key.length < 4 ? 0 : maxTypos(key) + more;
  const best = top <= allowed ? scored.filter((s) => s.d === top).map((s) => s.item) : [];
  return { best, ranked: scored.map((s) => s.item) };
}

export const keyedBy = <T>(items: readonly T[], name: (t: T) => string, kind: AreaKind): Keyed<T>[] =>
  items.map((item) => ({ item, exact: exactKey(name(item), kind), variant: variantKey(name(item), kind) }));
