import { evidence } from './evidence.ts';
import { weight } from './frequency.ts';
import type { Evidence } from './linkage.types.ts';
import type { PreparedName } from './person-record.ts';
import type { PersonStats } from './person-stats.ts';
import { W } from './weights.ts';
import { abbreviates, alignWords } from './words.ts';

export type NameLevel = 'exact' | 'sound' | 'typo' | 'abbrev' | 'subset' | 'conflict' | 'different';

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
    const level = abbrevs > 0 ? 'abbrev' : al.typo > 0 ? 'typo' : 'sound';
    return { level, matched, abbrevs };
  }
  return { level: leftA === 0 || leftB === 0 ? 'subset' : 'conflict', matched, abbrevs };
}

const product = (stats: PersonStats, phon: readonly string[], kel: string | null): number =>
  phon.reduce((u, w) => u * stats.wordU(w, kel), 1);

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
  if (a.key === '' || b.key === '') return evidence('name', 'missing', 0, 'Nama kosong di salah satu data');
  const o = nameLevel(a, b);
  switch (o.level) {
    case 'exact': {
      const count = stats.names.count(a.key);
      const common = count >= 5 ? `; nama ini umum (${count} catatan)` : '';
      return evidence('name', 'agree', weight(0.75, stats.nameU(a, kel), 2, 12), `Nama sama${common}`);
    }
    case 'sound': {
      // Both spellings are in use: the chance of meeting the name is at least that of the commoner one.
      const u = stats.nameU(a, kel) + stats.nameU(b, kel);
      return evidence('name', 'agree', weight(0.06, u, 1, 10), 'Nama sama bunyinya, ejaan berbeda');
    }
    case 'typo':
      return evidence(
        'name',
        'partial',
        weight(0.08, product(stats, o.matched, kel), 1, 9),
        'Nama mirip (salah ketik)',
      );
    case 'abbrev': {
      const u = product(stats, o.matched, kel) * INITIAL_U ** o.abbrevs;
      return evidence('name', 'partial', weight(0.03, u, 0, 8), 'Nama cocok dengan singkatannya');
    }
    case 'subset': {
      const u = product(stats, o.matched, kel) * LONGER_U;
      return evidence(
        'name',
        'partial',
        weight(0.06, u, -1, 6),
        'Sebagian nama sama; satu nama lebih lengkap',
      );
    }
    case 'conflict':
      return evidence('name', 'disagree', W.nameConflict, 'Hanya sebagian nama yang sama');
    default:
      return evidence('name', 'disagree', W.nameDiff, 'Nama berbeda');
  }
}
