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
export type Identity = { niks: string[]; births: Birth[] };
/** A birth date, and whether it is the one its record's NIK carries (then the NIK says it already). */
export type Birth = { date: string; inNik: boolean };

export const identityOf = (p: PreparedPerson): Identity => ({
  niks: p.nik ? [p.nik] : [],
  births: p.birth ? [{ date: p.birth, inNik: p.nik !== null && carriesBirth(p.nik, p.birth) }] : [],
});

/** Whether a valid NIK's date digits (DDMMYY, women's day plus 40) give the ISO date `birth`. */
export function carriesBirth(nik: string, birth: string): boolean {
  const day = Number(nik.slice(6, 8));
  return (
    nik.slice(10, 12) === birth.slice(2, 4) &&
    nik.slice(8, 10) === birth.slice(5, 7) &&
    (day > 40 ? day - 40 : day) === Number(birth.slice(8, 10))
  );
}

/** Adds the NIKs and birth dates of `from` to `into`. */
export function absorb(into: Identity, from: Identity): void {
  for (const nik of from.niks) if (!into.niks.includes(nik)) into.niks.push(nik);
  for (const birth of from.births) {
    const known = into.births.find((b) => b.date === birth.date);
    if (!known) into.births.push({ ...birth });
    else known.inNik &&= birth.inNik;
  }
}

/** Why two people cannot be one (in Bahasa Indonesia), or null. */
export function clash(a: Identity, b: Identity): string | null {
  for (const x of a.niks) {
    for (const y of b.niks) if (compareNik(x, y) === 'different') return 'NIK lain tercatat untuk orang ini';
  }
  // Two dates that each come with their NIK differ only as the NIKs do, and those were compared above:
  // two digits swapped in a NIK's date part (0279 / 0729) give another date, not another person.
  for (const x of a.births) {
    for (const y of b.births) {
      if (x.inNik && y.inNik) continue;
      if (x.date !== y.date && !nearDate(x.date, y.date))
        return 'Tanggal lahir lain tercatat untuk orang ini';
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
