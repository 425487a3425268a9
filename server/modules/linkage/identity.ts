import { evidence } from './evidence.ts';
import { nearDate } from './fields.ts';
import type { Evidence, Match } from './linkage.types.ts';
import { compareNik } from './nik.ts';
import type { PreparedPerson } from './person-record.ts';
import { W } from './weights.ts';

/**
 * What all records of one person say she is: NIKs and birth dates. Two records can each look like a
 * person's without being one another's: a daughter and her mother at one address. Checking the whole
 * person catches that.
 */
export type Identity = { niks: string[]; births: string[] };

export const identityOf = (p: PreparedPerson): Identity => ({
  niks: p.nik ? [p.nik] : [],
  births: p.birth ? [p.birth] : [],
});

/** Adds the NIKs and birth dates of `from` to `into`. */
export function absorb(into: Identity, from: Identity): void {
  for (const nik of from.niks) if (!into.niks.includes(nik)) into.niks.push(nik);
  for (const birth of from.births) if (!into.births.includes(birth)) into.births.push(birth);
}

/** Why two people cannot be one (in Bahasa Indonesia), or null. */
export function clash(a: Identity, b: Identity): string | null {
  for (const x of a.niks) {
    for (const y of b.niks) if (compareNik(x, y) === 'different') return 'NIK lain tercatat untuk orang ini';
  }
  for (const x of a.births) {
    for (const y of b.births) {
      if (x !== y && !nearDate(x, y)) return 'Tanggal lahir lain tercatat untuk orang ini';
    }
  }
  return null;
}

/** A match whose person is known by another NIK or birth date gets that said, and weighed, in its evidence. */
export function withClash(m: Match, note: string): Match {
  const against: Evidence = evidence('identity', 'disagree', W.identityClash, note);
  return {
    id: m.id,
    score: Math.round((m.score + against.weight) * 100) / 100,
    evidence: [...m.evidence, against],
  };
}
