import { BlockIndex } from './blocking.ts';
import { evidence, total } from './evidence.ts';
import { kelurahanAgreement, phoneAgreement } from './fields.ts';
import { absorb, clash, type Identity, identityOf, withClash } from './identity.ts';
import type { Evidence, Match, PersonRecord } from './linkage.types.ts';
import {
  bornOf,
  householdKeys,
  type PreparedPerson,
  personKeys,
  phoneKey,
  preparePerson,
} from './person-record.ts';
import { type PersonContext, scorePersons } from './person-score.ts';
import { PersonStats } from './person-stats.ts';
import { W } from './weights.ts';
import type { Spelled } from './words.ts';

// Beyond this many records a key (a very common name in one kelurahan) is not used to find candidates.
export const PERSON_BLOCK_CAP = 60;
// Kelurahan agreement tops out below a name's weight: 57 kelurahan, but people move and offices miscode.
const KELURAHAN_MAX = 6;

/** Keeps the highest-scoring record of each id. */
export function bestPerId(best: Map<number, Match>, id: number, score: number, evidence: Match['evidence']) {
  const seen = best.get(id);
  if (!seen || seen.score < score) best.set(id, { id, score, evidence });
}

export const byScore = (matches: Iterable<Match>): Match[] => [...matches].sort((a, b) => b.score - a.score);

const NO_NAME: Spelled = { words: [], phon: [] };

// Household keys and identity are gathered from the slots when asked: fewer long-lived objects per person.
type Person = { name: Spelled; slots: number[] };

/** Person records (several per id once rows are linked), their blocking index and value frequencies. */
export class PersonStore {
  readonly records: PreparedPerson[] = [];
  readonly stats: PersonStats;
  private readonly index: BlockIndex;
  /** Blocking keys of each slot, kept so that a full re-linkage does not build them twice. */
  private readonly keys: number[][] = [];
  private readonly people = new Map<number, Person>();

  /** Slots of registry records when only part is loaded (`addRegistered`). */
  private readonly registered = new Set<number>();

  /**
   * `settled`: every record to be matched is loaded first (a full re-linkage). `partial`: only part of the
   * registry is loaded (registry records come through `addRegistered`): its block sizes, and how many
   * registry people hold each phone a loaded record or a row carries.
   */
  constructor(
    settled = false,
    private readonly partial: { blocks: Map<number, number>; phones: Map<number, number> } | null = null,
  ) {
    this.stats = new PersonStats(settled ? 2 : 1);
    this.index = new BlockIndex(PERSON_BLOCK_CAP, partial?.blocks ?? null);
  }

  add(r: PersonRecord): PreparedPerson {
    return this.put(preparePerson(r), true);
  }

  /** A record prepared (and its keys worked out) for `match` already: an import row's person. */
  addPrepared(p: PreparedPerson, keys: number[]): void {
    this.put(p, true, keys);
  }

  /** A registry record when only part is loaded: already in the stored block sizes and frequencies. */
  addRegistered(p: PreparedPerson, keys?: number[]): void {
    if (!this.people.has(p.id)) this.put(p, false, keys);
  }

  private put(p: PreparedPerson, counted: boolean, keys = personKeys(p)): PreparedPerson {
    if (!counted) this.registered.add(this.records.length);
    this.index.add(this.records.length, keys, counted);
    this.records.push(p);
    this.keys.push(keys);
    const person = this.people.get(p.id);
    if (person) {
      person.slots.push(this.records.length - 1);
      return p;
    }
    // Frequencies count people, not rows: a linked row adds a spelling, not another person.
    if (counted) this.stats.add(p);
    this.people.set(p.id, { name: p.name, slots: [this.records.length - 1] });
    return p;
  }

  /** A person's name, to take it out of her businesses' names. */
  name(id: number): Spelled {
    return this.people.get(id)?.name ?? NO_NAME;
  }

  /** A person's gender, as the first of her records that says it. */
  gender(id: number): 'L' | 'P' | null {
    for (const slot of this.people.get(id)?.slots ?? []) {
      const g = (this.records[slot] as PreparedPerson).gender;
      if (g) return g;
    }
    return null;
  }

  /** A person's year of birth, as the first of her records that says one (a date, or a year alone). */
  born(id: number): number | null {
    for (const slot of this.people.get(id)?.slots ?? []) {
      const year = bornOf(this.records[slot] as PreparedPerson);
      if (year !== null) return year;
    }
    return null;
  }

  /** NIKs and birth dates all records of a person carry. */
  identity(id: number): Identity {
    const out: Identity = { niks: [], births: [] };
    for (const slot of this.people.get(id)?.slots ?? [])
      absorb(out, identityOf(this.records[slot] as PreparedPerson));
    return out;
  }

  /** Keys of the phones and houses a person is known with: members of one household share them. */
  household(id: number): readonly number[] {
    const out: number[] = [];
    for (const slot of this.people.get(id)?.slots ?? []) {
      for (const key of householdKeys(this.records[slot] as PreparedPerson))
        if (!out.includes(key)) out.push(key);
    }
    return out;
  }

  /** Person b as a match of person a: their best-scoring records' evidence, a clash counted in. */
  pair(a: number, b: number): Match | null {
    const [pa, pb] = [this.people.get(a), this.people.get(b)];
    if (!pa || !pb) return null;
    let best: Match = { id: b, score: Number.NEGATIVE_INFINITY, evidence: [] };
    for (const x of pa.slots) {
      const px = this.records[x] as PreparedPerson;
      const ctx = this.context(px);
      for (const y of pb.slots) {
        const evidence = scorePersons(px, this.records[y] as PreparedPerson, ctx) ?? [];
        const score = total(evidence);
        if (score > best.score) best = { id: b, score, evidence };
      }
    }
    const note = clash(this.identity(a), this.identity(b));
    if (!note) return best;
    const against = evidence('identity', 'disagree', W.identityClash, note);
    return { id: b, score: best.score + against.weight, evidence: [...best.evidence, against] };
  }

  /**
   * Best match per id at or above `floor`, best first; `skip` drops ids never to be proposed. A person
   * whose other records carry another NIK or birth date than `p` is marked down (identity.ts).
   */
  match(p: PreparedPerson, floor: number, skip: (id: number) => boolean, keys = personKeys(p)): Match[] {
    return this.against(identityOf(p), this.matchWith(p, keys, floor, skip), floor);
  }

  /**
   * The other candidates of a row that linked to person `id`, now that the row is hers: one whose NIK or
   * birth date her records contradict is marked down as in `match`, and left out below `floor`.
   */
  recheck(id: number, matches: readonly Match[], floor: number): Match[] {
    return matches.length ? this.against(this.identity(id), matches, floor) : [];
  }

  /** Matches marked down where `identity` rules their person out, best first, at or above `floor`. */
  private against(identity: Identity, matches: readonly Match[], floor: number): Match[] {
    const checked = matches.map((m) => {
      const note = clash(identity, this.identity(m.id));
      return note ? withClash(m, note) : m;
    });
    return byScore(checked.filter((m) => m.score >= floor));
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
    const kelSame = kelurahanAgreement(p.kel ? this.stats.kelU(p.kel) : 1, KELURAHAN_MAX);
    let phoneSame: Evidence | null = null;
    // Counted once, and only when a candidate shares the phone.
    const holders = () => this.holders(phoneKey(p.phone ?? ''));
    return { stats: this.stats, kelSame, phoneSame: () => (phoneSame ??= phoneAgreement(holders())) };
  }

  /** People known with this phone; when part is loaded, the registry's plus those rows added. */
  holders(key: number): number {
    const slots = this.index.slots(key);
    if (!this.partial) return new Set(slots.map((s) => this.records[s]?.id)).size;
    const registry = this.partial.phones.get(key);
    if (registry === undefined) throw new Error('linkage: phone holders not loaded');
    // A registry person in this block is counted already; a row's person is new here unless she is one.
    const known = new Set<number>();
    const added = new Set<number>();
    for (const s of slots) (this.registered.has(s) ? known : added).add(this.records[s]?.id as number);
    for (const id of known) added.delete(id);
    return registry + added.size;
  }
}
