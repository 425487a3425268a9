import { BlockIndex } from './blocking.ts';
import { total } from './evidence.ts';
import { kelurahanAgreement, phoneAgreement } from './fields.ts';
import type { Match, PersonRecord } from './linkage.types.ts';
import { householdKeys, type PreparedPerson, personKeys, phoneKey, preparePerson } from './person-record.ts';
import { type PersonContext, scorePersons } from './person-score.ts';
import { PersonStats } from './person-stats.ts';

// Beyond this many records a key (a very common name in one kelurahan) is not used to find candidates.
const BLOCK_CAP = 60;
// Kelurahan agreement tops out below a name's weight: 57 kelurahan, but people move and offices miscode.
const KELURAHAN_MAX = 6;

/** Keeps the highest-scoring record of each id. */
export function bestPerId(best: Map<number, Match>, id: number, score: number, evidence: Match['evidence']) {
  const seen = best.get(id);
  if (!seen || seen.score < score) best.set(id, { id, score, evidence });
}

export const byScore = (matches: Iterable<Match>): Match[] => [...matches].sort((a, b) => b.score - a.score);

type Person = { words: readonly string[]; household: number[] };

/** Person records (several per id once rows are linked), their blocking index and value frequencies. */
export class PersonStore {
  readonly records: PreparedPerson[] = [];
  readonly stats = new PersonStats();
  private readonly index = new BlockIndex(BLOCK_CAP);
  /** Blocking keys of each slot, kept so that a full re-linkage does not build them twice. */
  private readonly keys: number[][] = [];
  private readonly people = new Map<number, Person>();

  add(r: PersonRecord): PreparedPerson {
    const p = preparePerson(r);
    const keys = personKeys(p);
    this.index.add(this.records.length, keys);
    this.records.push(p);
    this.keys.push(keys);
    this.stats.add(p);
    const person = this.people.get(r.id);
    const house = householdKeys(p);
    if (!person) this.people.set(r.id, { words: p.name.words, household: house });
    else for (const key of house) if (!person.household.includes(key)) person.household.push(key);
    return p;
  }

  /** Name words of a person, to take her name out of her businesses' names. */
  nameWords(id: number): readonly string[] {
    return this.people.get(id)?.words ?? [];
  }

  /** Keys of the phones and houses a person is known with: members of one household share them. */
  household(id: number): readonly number[] {
    return this.people.get(id)?.household ?? [];
  }

  /** Best match per id at or above `floor`, best first; `skip` drops ids never to be proposed. */
  match(p: PreparedPerson, floor: number, skip: (id: number) => boolean): Match[] {
    return this.matchWith(p, personKeys(p), floor, skip);
  }

  /** Matches a stored record against those added before it (a full re-linkage). */
  matchSlot(slot: number, floor: number, skip: (id: number) => boolean): Match[] {
    return this.matchWith(this.records[slot] as PreparedPerson, this.keys[slot] ?? [], floor, skip, slot);
  }

  private matchWith(
    p: PreparedPerson,
    keys: number[],
    floor: number,
    skip: (id: number) => boolean,
    below?: number,
  ) {
    const best = new Map<number, Match>();
    const ctx = this.context(p);
    const visit = (slot: number) => {
      const other = this.records[slot] as PreparedPerson;
      if (skip(other.id)) return;
      const evidence = scorePersons(p, other, ctx, floor);
      if (!evidence) return;
      const score = total(evidence);
      if (score >= floor) bestPerId(best, other.id, score, evidence);
    };
    this.index.candidates(keys, visit, below);
    return byScore(best.values());
  }

  private context(p: PreparedPerson): PersonContext {
    const holders = p.phone
      ? new Set(this.index.block(phoneKey(p.phone)).map((s) => this.records[s]?.id)).size
      : 0;
    const kelSame = kelurahanAgreement(p.kel ? this.stats.kelU(p.kel) : 1, KELURAHAN_MAX);
    return { stats: this.stats, kelSame, phoneSame: phoneAgreement(holders) };
  }
}
