import { evidence } from './evidence.ts';
import { weight } from './frequency.ts';
import type { Evidence } from './linkage.types.ts';
import type { PreparedName } from './person-record.ts';
import type { PersonStats } from './person-stats.ts';
import { phonetic, undouble } from './phonetic.ts';
import { W } from './weights.ts';
import { abbreviates, alignWords } from './words.ts';

export type NameLevel =
  | 'exact'
  | 'sound'
  | 'typo'
  | 'misspelt'
  | 'abbrev'
  | 'middle'
  | 'prefix'
  | 'subset'
  | 'conflict'
  | 'different';

// Share of names carrying an abbreviation's initial, and of names with one more word than another.
const INITIAL_U = 0.08;
const LONGER_U = 0.5;

type Outcome = { level: NameLevel; matched: string[]; abbrevs: number };

// Abbreviations of one name claim unmatched words (or equal abbreviations) of the other.
function claimAbbrevs(
  abbrevs: readonly string[],
  words: readonly string[],
  free: number[],
  theirs: string[],
) {
  let claimed = 0;
  const left: string[] = [];
  for (const a of abbrevs) {
    const at = free.findIndex((j) => abbreviates(a, words[j] as string));
    const same = theirs.indexOf(a);
    if (at >= 0) free.splice(at, 1);
    else if (same >= 0) theirs.splice(same, 1);
    else left.push(a);
    if (at >= 0 || same >= 0) claimed++;
  }
  return { claimed, left };
}

/** How two prepared names agree, from identical to different, ignoring word order. */
export function nameLevel(a: PreparedName, b: PreparedName): Outcome {
  if (a.key === b.key) return { level: 'exact', matched: [...a.phon], abbrevs: 0 };
  const o = alignedLevel(a, b);
  if (o.level !== 'conflict' && o.level !== 'different') return o;
  // "Nur Aini" / "Nuraini": with the two words joined, the names agree at best in sound (the key differs).
  const joined = joinSplit(a, b);
  if (joined) return nameLevel(joined, b);
  const joinedB = joinSplit(b, a);
  return joinedB ? nameLevel(a, joinedB) : o;
}

/** The name with two adjacent words joined, when the other name writes them as one word; else null. */
function joinSplit(split: PreparedName, whole: PreparedName): PreparedName | null {
  for (let i = 0; i + 1 < split.words.length; i++) {
    // The words are folded already; joined, a letter doubled across the seam folds too (Nur Rahma).
    const word = undouble(`${split.words[i]}${split.words[i + 1]}`);
    // Most pairs compared are strangers: no word of the right length, no phonetic key worked out (and cached).
    if (!whole.words.some((w) => Math.abs(w.length - word.length) <= 2)) continue;
    const sound = phonetic(word);
    if (!whole.phon.includes(sound)) continue;
    const join = <T>(xs: readonly T[], x: T) => [...xs.slice(0, i), x, ...xs.slice(i + 2)];
    return { ...split, words: join(split.words, word), phon: join(split.phon, sound) };
  }
  return null;
}

function alignedLevel(a: PreparedName, b: PreparedName): Outcome {
  const al = alignWords(a, b);
  const matched = al.matched;
  if (matched.length === 0) return { level: 'different', matched, abbrevs: 0 };
  const bAbbrevs = [...b.abbrevs];
  const fromA = claimAbbrevs(a.abbrevs, b.words, al.leftB, bAbbrevs);
  const fromB = claimAbbrevs(bAbbrevs, a.words, al.leftA, []);
  const leftA = al.leftA.length + fromA.left.length;
  const leftB = al.leftB.length + fromB.left.length;
  const abbrevs = fromA.claimed + fromB.claimed;
  if (leftA === 0 && leftB === 0) {
    // Two letters changed in a word: a slip, or another name (Fatimah / Fatonah); one slip is a slip.
    const level = abbrevs > 0 ? 'abbrev' : al.typo > 0 ? (al.far > 0 ? 'misspelt' : 'typo') : 'sound';
    return { level, matched, abbrevs };
  }
  if (leftA > 0 && leftB > 0) return { level: 'conflict', matched, abbrevs };
  // "Indah Aminah" / "Indah Hartini Aminah": the longer name's extra words all between its first and last.
  const [short, long, free] = leftA === 0 ? [a, b, al.leftB] : [b, a, al.leftA];
  const inside = free.every((i) => i > 0 && i < long.words.length - 1);
  if (short.words.length < 2) return { level: 'subset', matched, abbrevs };
  // "Anik Dwi" / "Anik Dwi Cahyaningsih": the longer name's first words, its last left out.
  const level = inside ? 'middle' : free.includes(0) ? 'subset' : 'prefix';
  return { level, matched, abbrevs };
}

type Scored = { a: PreparedName; b: PreparedName; o: Outcome; stats: PersonStats; kel: string | null };

const product = ({ stats, o, kel }: Scored): number => o.matched.reduce((u, w) => u * stats.wordU(w, kel), 1);

// Per level: m (share of true pairs at the level), u from frequencies, the clamp, outcome and note.
const LEVELS: Record<NameLevel, (s: Scored) => Evidence> = {
  exact: ({ a, stats, kel }) => {
    const count = stats.names.count(a.key);
    const common = count >= 5 ? `; nama ini umum (${count} catatan)` : '';
    return evidence('name', 'agree', weight(0.75, stats.nameU(a, kel), 2, 12), `Nama sama${common}`);
  },
  // Both spellings are in use: the chance of meeting the name is at least that of either.
  sound: ({ a, b, stats, kel }) => {
    const u = stats.nameU(a, kel) + stats.nameU(b, kel);
    return evidence('name', 'agree', weight(0.06, u, 1, 10), 'Nama sama bunyinya, ejaan berbeda');
  },
  typo: (s) => evidence('name', 'partial', weight(0.08, product(s), 1, 9), 'Nama mirip (salah ketik)'),
  // Two letters changed: rarely one woman's name written twice (m ≈ 0.01), and within a household no more
  // than her sister's name, so what the household shares cannot carry it to a link alone.
  misspelt: (s) =>
    evidence(
      'name',
      'partial',
      weight(0.01, product(s), 0, 2.5),
      'Nama mirip, dua huruf berbeda (salah ketik, atau nama lain)',
    ),
  abbrev: (s) => {
    const u = product(s) * INITIAL_U ** s.o.abbrevs;
    return evidence('name', 'partial', weight(0.03, u, 0, 8), 'Nama cocok dengan singkatannya');
  },
  // A middle name left out: as a middle name written as its initial.
  middle: (s) => {
    const u = product(s) * INITIAL_U;
    return evidence('name', 'partial', weight(0.03, u, 0, 8), 'Nama sama tanpa nama tengah');
  },
  // Weighed as a part of the name; within a household it may link only with her phone (person-score.ts).
  prefix: (s) => LEVELS.subset(s),
  subset: (s) => {
    const w = weight(0.06, product(s) * LONGER_U, -1, 6);
    return evidence('name', 'partial', w, 'Sebagian nama sama; satu nama lebih lengkap');
  },
  conflict: () => evidence('name', 'disagree', W.nameConflict, 'Hanya sebagian nama yang sama'),
  different: () => evidence('name', 'disagree', W.nameDiff, 'Nama berbeda'),
};

/**
 * Name evidence; agreement on a name many people carry weighs less than on a rare one. `kel` is the
 * kelurahan both records share, if any: frequencies are then those of that kelurahan.
 */
export function compareNames(
  a: PreparedName,
  b: PreparedName,
  stats: PersonStats,
  kel: string | null,
): Evidence {
  return nameEvidence(a, b, stats, kel).evidence;
}

/** The name evidence and the level it came from (null when a name is empty). */
export function nameEvidence(
  a: PreparedName,
  b: PreparedName,
  stats: PersonStats,
  kel: string | null,
): { level: NameLevel | null; evidence: Evidence } {
  if (a.key === '' || b.key === '')
    return { level: null, evidence: evidence('name', 'missing', 0, 'Nama kosong di salah satu data') };
  const o = nameLevel(a, b);
  return { level: o.level, evidence: LEVELS[o.level]({ a, b, o, stats, kel }) };
}
