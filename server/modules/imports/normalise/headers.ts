import { oneSlip } from '../../linkage/words.ts';
import { type ColumnMapping, IMPORT_FIELDS, type ImportField } from '../imports.types.ts';
import { headerKey } from './header-key.ts';
import { HEADER_SYNONYMS, IGNORED_HEADERS, SECOND_CHOICES, WHOLE_ONLY } from './synonyms.ts';

/**
 * field null = a known header that holds nothing to import ("No", "Keterangan"); `second`: the field the
 * column takes when another names `field` as well (synonyms.ts SECOND_CHOICES).
 */
export type HeaderMatch = { field: ImportField | null; score: number; second?: ImportField };

type Synonym = {
  field: ImportField | null;
  words: string[];
  compact: string;
  second?: ImportField;
  whole?: true;
};

const toSynonym = (field: ImportField | null, text: string): Synonym => {
  const words = headerKey(text).split(' ');
  const second = SECOND_CHOICES[text];
  return {
    field,
    words,
    compact: words.join(''),
    ...(second ? { second } : {}),
    ...(WHOLE_ONLY.has(text) ? { whole: true as const } : {}),
  };
};
const SYNONYMS: readonly Synonym[] = [
  ...IMPORT_FIELDS.flatMap((field) => HEADER_SYNONYMS[field].map((s) => toSynonym(field, s))),
  ...IGNORED_HEADERS.map((s) => toSynonym(null, s)),
];

/** Score of a whole match; a header ending in a synonym scores 2–3, one starting with or holding it 1–2. */
const EXACT = 3;
// Short synonyms (RT, HP, TK) only count as the whole header or its last words, never inside other words.
const MIN_PARTIAL_LETTERS = 4;

const endsWith = (h: string[], s: string[]) => s.every((w, i) => h[h.length - s.length + i] === w);
const indexOfWords = (h: string[], s: string[]) =>
  h.findIndex((_, start) => start + s.length <= h.length && s.every((w, i) => h[start + i] === w));

// A header with a second choice yields its field to any other column that names it exactly.
const YIELDING = EXACT - 0.01;

function score(header: string[], syn: Synonym): number {
  if (header.join('') === syn.compact) return syn.second ? YIELDING : EXACT;
  if (syn.field === null || syn.whole || syn.words.length >= header.length) return 0;
  const coverage = syn.words.length / header.length;
  if (endsWith(header, syn.words)) return 2 + coverage;
  return syn.compact.length >= MIN_PARTIAL_LETTERS && indexOfWords(header, syn.words) >= 0 ? 1 + coverage : 0;
}

/**
 * The field a header names, or null when nothing matches. Two-row headers arrive combined ("Alamat
 * Kelurahan"): the last words are the sub-header, so a synonym at the end outweighs one at the start.
 * A header typed by hand with a letter missing, added, changed or two swapped ("Alamt", "Kelurhan") is read
 * as the synonym's word when one word alone is that near.
 */
export function matchHeader(header: string): HeaderMatch | null {
  const found = matchText(header);
  if ((found?.score ?? 0) >= YIELDING) return found;
  const fixed = corrected(header);
  const again = fixed === null ? null : matchText(fixed);
  return (again?.score ?? 0) > (found?.score ?? 0) ? again : found;
}

const SYNONYM_WORDS = new Set(SYNONYMS.flatMap((s) => s.words));
// Shorter words are too near too many others ("nama", "lama"; "rt", "rw").
const TYPO_TARGETS = [...SYNONYM_WORDS].filter((w) => w.length >= 5 && /^\p{L}+$/u.test(w));

/** The header with each unknown word replaced by the one synonym word a typo away from it; null if none is. */
function corrected(header: string): string | null {
  let changed = false;
  const words = headerKey(header)
    .split(' ')
    .filter(Boolean)
    .map((w) => {
      if (w.length < 4 || SYNONYM_WORDS.has(w)) return w;
      const near = TYPO_TARGETS.filter((t) => oneSlip(w, t));
      if (near.length !== 1) return w;
      changed = true;
      return near[0] as string;
    });
  return changed ? words.join(' ') : null;
}

function matchText(header: string): HeaderMatch | null {
  const words = headerKey(header).split(' ').filter(Boolean);
  // A form's question ("Berapa omzet rata-rata per bulan?", "Sejak tahun berapa usaha berdiri?"): its
  // question words say nothing of the field.
  const asked = words.filter((w) => !QUESTION_WORDS.has(w));
  const whole = bestMatch(words);
  const question = asked.length > 0 && asked.length < words.length ? bestMatch(asked) : null;
  const best = (question?.score ?? 0) > (whole?.score ?? 0) ? question : whole;
  if ((best?.score ?? 0) >= YIELDING) return best;
  // "Alamat (Jalan, RT/RW)", "Kecamatan Domisili": a header that names a field whole before a bracket or a
  // qualifier is that field; the bracket only describes it, the qualifier says whose or where.
  const plain = headerKey(header.replace(/\(.*?(?:\)|$)/g, ' '))
    .split(' ')
    .filter(Boolean);
  for (let end = plain.length; end > 0; end--) {
    const whole = bestMatch(plain.slice(0, end));
    if (whole && whole.score >= YIELDING) return whole;
    if (!QUALIFIERS.has(plain[end - 1] ?? '')) break;
  }
  return best;
}

const QUESTION_WORDS = new Set([
  'apa',
  'apakah',
  'berapa',
  'berapakah',
  'sebutkan',
  'tuliskan',
  'isikan',
  'sejak',
]);

// Words after a field's name that say whose or where it is: "Kelurahan Domisili", "Pendidikan Pemilik",
// "NIK Pemohon" (a P-IRT register's applicant), "NIK Penanggung Jawab".
const QUALIFIERS = new Set([
  'domisili',
  'usaha',
  'ktp',
  'rumah',
  'pemilik',
  'pemohon',
  'pelaku',
  'pengusaha',
  'responden',
  'penanggung',
  'jawab',
  'ibu',
  'tempat',
  'sesuai',
  'saat',
  'ini',
]);

function bestMatch(words: string[]): HeaderMatch | null {
  if (words.length === 0) return null;
  let best: HeaderMatch | null = null;
  for (const syn of SYNONYMS) {
    const s = score(words, syn);
    if (s > (best?.score ?? 0))
      best = { field: syn.field, score: s, ...(syn.second && s === YIELDING ? { second: syn.second } : {}) };
  }
  return best;
}

/** Whether the header is, whole, one a field's synonyms (a two-row header's words in either order). */
export const namesWhole = (header: string) => (matchHeader(header)?.score ?? 0) >= YIELDING;

// "Level IR 2025" beside "Level IR 2026" (a follow-up list with last year's column kept): the latest is
// the value now; a header without a year counts as none.
const yearOf = (header: string) => Number(/\b(?:19|20)\d\d\b/.exec(header)?.[0] ?? 0);

/**
 * A mapping for every column: each field goes to the column that names it best (on a tie, the one naming
 * the latest year, else the leftmost).
 */
export function autoMapping(headers: readonly string[]): ColumnMapping[] {
  const matches = headers.map((header, column) => ({ column, header, match: matchHeader(header) }));
  const ranked = [...matches].sort(
    (a, b) =>
      (b.match?.score ?? 0) - (a.match?.score ?? 0) ||
      yearOf(b.header) - yearOf(a.header) ||
      a.column - b.column,
  );
  const taken = new Set<ImportField>();
  const fieldOf = new Map<number, ImportField>();
  for (const { column, match } of ranked) {
    const field = match?.field && taken.has(match.field) ? match.second : match?.field;
    if (!field || taken.has(field)) continue;
    taken.add(field);
    fieldOf.set(column, field);
  }
  return matches.map(({ column, header }) => ({ column, header, field: fieldOf.get(column) ?? null }));
}

/** Headers as written in the synonym table and as folded, letters and digits only: for a fast look-up per row. */
export const KNOWN_COMPACT: ReadonlySet<string> = new Set([
  ...SYNONYMS.map((s) => s.compact),
  ...[...IMPORT_FIELDS.flatMap((f) => HEADER_SYNONYMS[f]), ...IGNORED_HEADERS].map((s) =>
    s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''),
  ),
]);
