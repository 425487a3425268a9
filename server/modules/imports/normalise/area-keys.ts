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
  const words = normalizeSearchText(text.replace(/(\p{L}+)2(?!\p{N})/gu, '$1 $1'))
    .replace(PREFIX[kind], '')
    // A name after a title, as streets are (Kelurahan Dr. Soetomo, written "Dokter Sutomo").
    .replace(/^dokter\b/, 'dr');
  // Folded again once joined, as the name written in one word is ("Pakis Jajar": Pakisjajar, whose "sj"
  // reads as old spelling).
  return words.includes(' ') ? normalizeSearchText(words.replace(/ /g, '')) : words;
};

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
  const scored = keyed.map((k) => ({ item: k.item, d: typos(key, k.variant) })).sort((a, b) => a.d - b.d);
  const top = scored[0]?.d ?? Number.POSITIVE_INFINITY;
  const allowed = key.length < 4 ? 0 : maxTypos(key) + more;
  const best = top <= allowed ? scored.filter((s) => s.d === top).map((s) => s.item) : [];
  return { best, ranked: scored.map((s) => s.item) };
}

export const keyedBy = <T>(items: readonly T[], name: (t: T) => string, kind: AreaKind): Keyed<T>[] =>
  items.map((item) => ({ item, exact: exactKey(name(item), kind), variant: variantKey(name(item), kind) }));
