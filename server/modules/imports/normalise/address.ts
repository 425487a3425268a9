import { LINGKUNGAN } from '../../linkage/address.ts';
import type { Cell } from '../imports.types.ts';
import { calendarDayOf, cellText, cleanText, isPlaceholder } from './cell.ts';
import type { Parsed } from './types.ts';

export type RtRw = { rt: string | null; rw: string | null };
export type AddressParts = RtRw & {
  street: string | null;
  kelurahan: string | null;
  kecamatan: string | null;
  /** The address ends in the served region's own name (Kota Malang; not Malang alone, not Kab. Malang). */
  inRegion?: boolean;
  /** Another regency or city the address names with its kind ("Kab. Pasuruan", "Kota Batu"). */
  elsewhere?: string;
  /**
   * A first piece without digits or a street's mark before one that has them ("Bareng, Jl. Kauman 120,
   * Klojen"): the kelurahan written first, if the area matcher knows it, with the street without it.
   */
  lead?: { place: string; street: string | null };
  /**
   * The kelurahan with the "Kota" the region's name took as its kind ("… P. Brayan Kota Medan": Pulo Brayan
   * Kota), for when the kelurahan alone is not known.
   */
  withKota?: string;
};

/** RT and RW as Indonesian addresses and the registry's demo data write them: three digits, "002". */
export function padRtRw(n: number): string | null {
  if (!Number.isInteger(n) || n <= 0 || n > 999) return null;
  return String(n).padStart(3, '0');
}

// A marked place name ends at a comma, the next marker (a hamlet's or street's too: "Ds. Wonorejo Dsn.
// Banaran", "Ds. Sumbersuko Jl. Panglima Sudirman 1"), a postal code or the end.
const MARK_END = String.raw`(?=\s*(?:,|$|\b(?:kel(?:urahan)?|desa|ds|dsn|dusun|jl|jln|jalan|gg|gang|kec(?:amatan)?|kab(?:upaten)?|prov(?:insi)?)\b|\br[tw](?![a-z])|\b\d{5}\b))`;
const KEL_MARK = String.raw`\b(?:kel(?:urahan)?|desa|ds)\b(?:\s*/\s*(?:kel(?:urahan)?|desa|ds)\b)?`;
// At least a word: a kelurahan named like a street's mark (Kota Medan's Gang Buntu) is still its name.
const KEL = new RegExp(String.raw`${KEL_MARK}\.?\s*[:.]?\s*(.+?)${MARK_END}`, 'i');
const KEC = new RegExp(String.raw`\bkec(?:amatan)?\b\.?\s*[:.]?\s*(.*?)${MARK_END}`, 'i');
// RW may follow the RT's digits with no space ("RT02RW03"); neither is the end of a longer word.
const RT_IN = /(?<![a-z])rt(?![a-z])\.?\s*[:.]?\s*(\d{1,3})(?!\d)/i;
const RW_IN = /(?<![a-z])rw(?![a-z])\.?\s*[:.]?\s*(\d{1,3})(?!\d)/i;
// `RT/RW 02/03`, and `RT 01/02`: a pair after RT alone is its RT and RW.
const RT_RW_IN = /\brt(?:\s*\/\s*rw)?(?![a-z])\.?\s*[:.]?\s*(\d{1,3})\s*\/\s*(\d{1,3})(?!\d)/i;
// "Jl. Mawar 5, 02/03, Tlogomas": a pair alone between commas after the street is its RT and RW; so is a
// pair after the house number ("Jl. Janti Gg. 3/90 05/04", "Jl. Sanan 5 02/03 Purwantoro"), though a
// pair right after the street's name is its number ("Jl. Mawar 5/12").
const BARE_RT_RW = /(?<=,\s*|\d\p{L}?\.?\s+)(\d{1,3})\s*\/\s*(\d{1,3})(?!\d)\s*(?=,|$|\p{L})/u;
// Street pieces carry a number or start with a street word; kelurahan names never do.
const STREET_PIECE =
  /^(?:jl|jln|jalan|gg|gang|perum|perumahan|komplek|kompleks|komp|blok|dusun|dsn|griya|villa|puri|no)\b/i;
// A place's name ending in its number ("Belawan 1", "Sidorame Barat 2", "Harjosari 1 Medan Amplas" with its
// kecamatan), not a street's house number.
const NUMBERED_NAME = /^\p{L}[\p{L} .'-]*\s[1-9](?:\s+\p{L}[\p{L} .'-]*)?$/u;
// A lingkungan (linkage/address.ts) is part of the street's line, and what follows it is a place.
const LINGKUNGAN_IN = new RegExp(LINGKUNGAN.source, 'i');
const LINGKUNGAN_ONLY = new RegExp(`^${LINGKUNGAN.source}$`, 'i');
const NOISE_PIECE = /^(?:kota|kab(?:upaten)?\.?)\s+(?!lama$)\p{L}+(?:\s+\d{5})?$|^\d{5}$/iu;
// The kind written before a region's name: Kota Malang, Kab. Malang, Kodya Malang, Prov. Jawa Timur.
const KIND = String.raw`(?:kota(?:madya)?|kodya|kab(?:upaten)?|prov(?:insi)?)\.?\s*`;

const PAIR = /^(?:rt\s*[./]?\s*rw(?![a-z]))?\s*[:.]?\s*(\d{1,3})\s*[/\\.,-]\s*(\d{1,3})$/i;

/** An RT/RW cell: `RT.02/RW.03`, `02/03`, `RT 2 RW 3`, `002-003`; a date cell is how Excel stores "02/03". */
export function parseRtRw(cell: Cell): Parsed<RtRw> {
  if (cell instanceof Date) return fromDateCell(cell);
  const text = cellText(cell);
  if (text === null || isPlaceholder(text)) return { value: null };
  const pair = PAIR.exec(text);
  const rt = pair?.[1] ?? RT_IN.exec(text)?.[1];
  const rw = pair?.[2] ?? RW_IN.exec(text)?.[1];
  if (rt === undefined && rw === undefined) return unreadableRtRw(text);
  return {
    value: {
      rt: rt === undefined ? null : padRtRw(Number(rt)),
      rw: rw === undefined ? null : padRtRw(Number(rw)),
    },
  };
}

// Excel turns "02/03" typed into a cell into 2 March; with the Indonesian locale day = RT and month = RW.
function fromDateCell(d: Date): Parsed<RtRw> {
  const iso = calendarDayOf(d);
  if (!iso) return { value: null };
  const [rt, rw] = [Number(iso.slice(8, 10)), Number(iso.slice(5, 7))];
  const value = { rt: padRtRw(rt), rw: padRtRw(rw) };
  const message = `RT/RW tersimpan sebagai tanggal dan dibaca RT ${value.rt} RW ${value.rw}; periksa, lalu format kolom ini sebagai teks.`;
  return { value, issue: { code: 'RT_RW_FROM_DATE', message } };
}

const unreadableRtRw = (text: string): Parsed<never> => ({
  value: null,
  issue: {
    code: 'RT_RW_UNREADABLE',
    message: `RT/RW "${text}" tidak dapat dibaca; tulis mis. 002/003 atau RT 2 RW 3.`,
  },
});

/** One RT or RW column: `2`, `02`, `RT 2`, `RT.002`. */
export function parseRtOrRw(cell: Cell, which: 'rt' | 'rw'): Parsed<string> {
  const text = cellText(cell);
  if (text === null || isPlaceholder(text)) return { value: null };
  const m = new RegExp(`^(?:${which}(?![a-z])\\.?\\s*[:.]?\\s*)?(\\d{1,3})$`, 'i').exec(text);
  const value = m?.[1] ? padRtRw(Number(m[1])) : null;
  if (value !== null || (m && Number(m[1]) === 0)) return { value };
  const message = `${which.toUpperCase()} "${text}" tidak dapat dibaca; tulis nomor 1–3 digit, mis. 002.`;
  return { value: null, issue: { code: 'RT_RW_UNREADABLE', message } };
}

/**
 * Street, RT/RW, kelurahan and kecamatan from one address cell: `Jl. Mawar No. 5 RT 02 RW 03 Kel. Tlogomas
 * Kec. Lowokwaru`, `Jln Kawi 12, Kauman, Klojen`, `Perum Griya Shanta Blok C-12 RT.04/RW.11 Mojolangu`.
 * Unmarked place names are a guess by position; the area matcher decides whether they are real. What the
 * address ends in that only says where the served region is (its city, province, country, postal code:
 * `Kauman Malang`, `Tunjungsekar - Kota Malang 65142`) is dropped first; `regionNames` are the served
 * region's and its province's names (Kota Malang, Jawa Timur).
 */
export function parseAddress(
  raw: string,
  regionNames: readonly string[],
  elsewhereNames: readonly string[] = [],
): AddressParts {
  const text = cleanText(raw);
  const elsewhere = regionNamed(text, elsewhereNames);
  const inside = withoutRegion(text, regionNames);
  const marked = takeMarked(inside);
  const ling = LINGKUNGAN_IN.exec(marked.text);
  const unit = ling
    ? `${marked.text.slice(0, ling.index + ling[0].length)},${marked.text.slice(ling.index + ling[0].length)}`
    : marked.text;
  const { rt, rw, cut, rest } = takeRtRw(unit);
  const before = pieces(rest.slice(0, cut));
  const after = pieces(rest.slice(cut));
  // The first piece is the street, and so is every following piece that looks like one.
  const streetEnd = before.findIndex((p, i) => i > 0 && !isStreet(p));
  const street = [...before.slice(0, streetEnd < 0 ? before.length : streetEnd), ...after.filter(isStreet)];
  const places = [...(streetEnd < 0 ? [] : before.slice(streetEnd)), ...after.filter((p) => !isStreet(p))];
  const kelurahan = marked.kelurahan ?? places.shift() ?? null;
  const [first, second] = street;
  // "… P. Brayan Kota Medan": "Kota" may end the kelurahan's name rather than begin the city's.
  const kota =
    kelurahan !== null && marked.kelurahan === null && places.length === 0 && after.length + before.length > 0
      ? /^\s+(kota)\s/i.exec(text.slice(inside.length))?.[1]
      : undefined;
  const lead =
    marked.kelurahan === null && first && second && !isStreet(first) && isStreet(second)
      ? { place: first, street: street.slice(1).join(', ') }
      : null;
  return {
    street: street.join(', ') || null,
    rt,
    rw,
    kelurahan,
    kecamatan: marked.kecamatan ?? places[0] ?? null,
    ...(namesRegion(text.slice(inside.length), regionNames[0]) ? { inRegion: true } : {}),
    ...(elsewhere ? { elsewhere } : {}),
    ...(lead ? { lead } : {}),
    ...(kota ? { withKota: `${kelurahan} ${kota}` } : {}),
  };
}

/** A name as a pattern, its words written apart or together ("Kota Malang", "KotaMalang"). */
const loosely = (name: string) =>
  name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, String.raw`\s*`);

/** A regency's or city's name as written with its kind ("Kota Malang", "Kodya Malang", "Kab. Malang"), as a
 * pattern; null for a name without one. */
function withKind(regionName: string): string | null {
  const [, kind, name] = /^(kota|kabupaten)\s+(.+)$/i.exec(regionName.trim()) ?? [];
  if (!kind || !name) return null;
  const kinds = kind.toLowerCase() === 'kota' ? 'kota(?:madya)?|kodya' : 'kab(?:upaten)?';
  return String.raw`(?:${kinds})\.?\s*${loosely(name)}`;
}

const regionNamePatterns = new Map<string, RegExp | null>();

/**
 * Whether a text names the served region with its kind, as "Kota Malang", "Kodya Malang" or "KOTA MALANG"
 * (a regency as "Kab. Malang"): "Malang" alone may be the city or the regency around it.
 */
export function namesRegion(text: string, regionName: string | undefined): boolean {
  if (!regionName || !text) return false;
  let pattern = regionNamePatterns.get(regionName);
  if (pattern === undefined) {
    const written = withKind(regionName);
    pattern = written ? new RegExp(String.raw`(?<![\p{L}\d])${written}(?![\p{L}\d])`, 'iu') : null;
    regionNamePatterns.set(regionName, pattern);
  }
  return pattern?.test(text) ?? false;
}

/**
 * What a list of names makes (a pattern), built once per list: looked up by the list itself (an import's
 * lists are held for its whole run), else by its names.
 */
export class NamesCache<T> {
  private readonly byList = new WeakMap<readonly string[], T>();
  private readonly byNames = new Map<string, T>();

  get(names: readonly string[], build: () => T): T {
    let out = this.byList.get(names);
    if (out !== undefined) return out;
    const key = names.join('\u0000');
    out = this.byNames.get(key);
    if (out === undefined) {
      out = build();
      this.byNames.set(key, out);
    }
    this.byList.set(names, out);
    return out;
  }
}

const elsewherePatterns = new NamesCache<RegExp | null>();
// Every way regionNamed's patterns write a kind: a text without one names no other region.
const ANY_KIND = /ko(?:ta|dya)|kab/i;

/**
 * The first of `names` (regencies and cities: "KOTA BATU", "KABUPATEN PASURUAN") a text writes with its
 * kind ("Kota Batu", "Kab. Pasuruan", "KODYA MALANG"), not as a street's name ("Jl. Kota Baru"); as written.
 */
export function regionNamed(text: string, names: readonly string[]): string | null {
  if (names.length === 0 || !ANY_KIND.test(text)) return null;
  const pattern = elsewherePatterns.get(names, () => {
    const alternatives = names.flatMap((n) => withKind(n) ?? []);
    return alternatives.length
      ? new RegExp(
          String.raw`(?<![\p{L}\d])(?<!\b(?:jl|jln|jalan|gg|gang)\.?\s*)(?:${alternatives.join('|')})(?![\p{L}\d])`,
          'iu',
        )
      : null;
  });
  return pattern?.exec(text)?.[0] ?? null;
}

const tails = new NamesCache<RegExp>();

function withoutRegion(text: string, names: readonly string[]): string {
  const tail = tails.get(names, () => regionTail(names));
  let rest = text;
  for (let m = tail.exec(rest); m; m = tail.exec(rest)) rest = rest.slice(0, m.index);
  return rest;
}

/**
 * One name an address may end in, after a separator: a region's name with or without its kind (the served
 * city's "Malang" is also "Kota Malang" and "Kab. Malang"), the short form of a two-word name (Jawa Timur:
 * Jatim), the country or a postal code. Never the name after a street word: Jl. Malang.
 */
function regionTail(names: readonly string[]): RegExp {
  const bare = names.map((n) => n.replace(new RegExp(`^${KIND}`, 'i'), '').trim()).filter(Boolean);
  const written = [...bare, ...bare.flatMap(shortForms)].map((n) => `(?:${KIND})?${loosely(n)}`);
  const alternatives = ['indonesia', String.raw`\d{5}`, ...written].join('|');
  return new RegExp(
    String.raw`(?<=[^\s,./-])(?<!\b(?:jl|jln|jalan|gg|gang))[\s,./-]+(?:${alternatives})[\s,.]*$`,
    'iu',
  );
}

// Jawa Timur → Jatim, Sulawesi Selatan → Sulsel: the starts of the two words, five letters or more.
function shortForms(name: string): string[] {
  const words = name.toLowerCase().split(/\s+/);
  const [first, second] = words;
  if (words.length !== 2 || !first || !second) return [];
  const forms: string[] = [];
  for (let i = 2; i <= Math.min(3, first.length); i++)
    for (let j = 2; j <= Math.min(4, second.length); j++)
      if (i + j >= 5) forms.push(first.slice(0, i) + second.slice(0, j));
  return forms;
}

/** The kelurahan and kecamatan a text names with their marks (Kel., Desa, Kec.): a section title's place. */
export function markedPlaces(raw: string): { kelurahan: string | null; kecamatan: string | null } {
  const { kelurahan, kecamatan } = takeMarked(cleanText(raw));
  return { kelurahan, kecamatan };
}

function takeMarked(text: string) {
  const kel = KEL.exec(text);
  const withoutKel = kel ? text.replace(kel[0], ',') : text;
  const kec = KEC.exec(withoutKel);
  return {
    kelurahan: cleanPlace(kel?.[1]),
    kecamatan: cleanPlace(kec?.[1]),
    text: kec ? withoutKel.replace(kec[0], ',') : withoutKel,
  };
}

// Blanks RT/RW out of the text in place; cut is where they stood, so what follows them reads as places.
function takeRtRw(text: string) {
  const pair = RT_RW_IN.exec(text);
  if (pair) return { rt: rtRwOf(pair[1]), rw: rtRwOf(pair[2]), cut: pair.index, rest: blank(text, pair) };
  const [rt, rw] = [RT_IN.exec(text), RW_IN.exec(text)];
  const bare = rt || rw ? null : BARE_RT_RW.exec(text);
  if (bare) return { rt: rtRwOf(bare[1]), rw: rtRwOf(bare[2]), cut: bare.index, rest: blank(text, bare) };
  const cut = Math.min(rt?.index ?? text.length, rw?.index ?? text.length);
  return { rt: rtRwOf(rt?.[1]), rw: rtRwOf(rw?.[1]), cut, rest: blank(blank(text, rt), rw) };
}

// Same length, so indices found before still point at the same places.
const blank = (text: string, m: RegExpExecArray | null): string =>
  m ? text.slice(0, m.index) + ','.padEnd(m[0].length) + text.slice(m.index + m[0].length) : text;

const isStreet = (piece: string): boolean =>
  STREET_PIECE.test(piece) || LINGKUNGAN_ONLY.test(piece) || (/\d/.test(piece) && !NUMBERED_NAME.test(piece));

const pieces = (s: string): string[] =>
  s
    .split(',')
    .map((p) => p.replace(/^[\s./-]+|[\s./-]+$/g, ''))
    .filter((p) => p !== '' && !NOISE_PIECE.test(p));

const rtRwOf = (digits: string | undefined): string | null =>
  digits === undefined ? null : padRtRw(Number(digits));
const cleanPlace = (s: string | undefined): string | null => s?.replace(/[\s.,]+$/, '').trim() || null;
