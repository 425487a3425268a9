import type { PreparedBusiness } from './business-record.ts';
import { type BusinessQuery, BusinessStore } from './business-store.ts';
import type { BusinessRecord, LinkageConfig, Match, PersonRecord } from './linkage.types.ts';
import { bornOf, householdKeys, type PreparedPerson, personKeys, preparePerson } from './person-record.ts';
import { PersonStore } from './person-store.ts';

export type LinkKind = 'person' | 'business';
export type LinkerOptions = {
  /** Pairs an operator has marked as different: never proposed again. */
  isDistinct?: (kind: LinkKind, a: number, b: number) => boolean;
};
export type PersonQuery = Omit<PersonRecord, 'id'> & { id?: number };
export type { BusinessQuery };
export type BusinessMatchContext = {
  /** People the row's owner may be (her person match went to review): their businesses are candidates too. */
  reviewOwners?: readonly number[];
};

export interface Linker {
  readonly config: LinkageConfig;
  /** Loads a record; the same id may be added again with another spelling (a linked import row). */
  addPerson(r: PersonRecord): void;
  addBusiness(r: BusinessRecord): void;
  /** Best first, only at or above the review threshold; a query with an id never meets itself or its distinct pairs. */
  matchPerson(r: PersonQuery): Match[];
  /** The owner (r.ownerId) must have been added as a person first. */
  matchBusiness(r: BusinessQuery, context?: BusinessMatchContext): Match[];
  /**
   * The business of the person last matched, before she is added (r.ownerId is not read): as a new
   * person's, with the businesses of `reviewOwners` as candidates. Nothing is remembered for `addMatched`.
   */
  matchBusinessOfPending(r: BusinessQuery, reviewOwners: readonly number[]): Match[];
  /** The person a business is recorded with. */
  businessOwner(id: number): number | undefined;
  /**
   * Record b as a match of record a: the best score between their loaded records and its evidence (are two
   * candidates one? is an open pair still alike?); null for an unknown id.
   */
  pair(kind: LinkKind, a: number, b: number): Match | null;
  /**
   * Adds the record last matched, as `id`: an import row is matched, then added as the record it linked to
   * or a new one, prepared once for both.
   */
  addMatched(kind: LinkKind, id: number): void;
  /**
   * The review candidates of a row that linked to person `id` (added as hers), as candidates of her whole
   * record: her other records' NIKs and birth dates count too.
   */
  reviewOfLinked(id: number, matches: readonly Match[]): Match[];
}

// The owner of a business asked about before its person has an id: no record carries it.
const NO_OWNER = -1;

const skipper = (kind: LinkKind, self: number | undefined, opts: LinkerOptions) => {
  if (self === undefined) return () => false;
  return (id: number) => id === self || opts.isDistinct?.(kind, self, id) === true;
};

export function createLinker(config: LinkageConfig, opts: LinkerOptions = {}): Linker {
  return linkerOver(config, opts, new PersonStore());
}

/** The registry's stored counts for a partly loaded linker: records, records per kelurahan, terms. */
export type RegistryCounts = { n: number; kelRecords: Map<string, number>; terms: Map<string, number> };

/**
 * A linker over part of the registry (a small import): the records that share a blocking key with the
 * file's rows, with the whole registry's block sizes and value frequencies read from the linkage index,
 * so it decides exactly as a linker loaded with every record. A question about a record or value not
 * loaded throws rather than answering from a part.
 */
export type PartialLinker = Linker & {
  /** `keys`: its blocking keys, when worked out already (personKeys). */
  addRegisteredPerson(p: PreparedPerson, keys?: number[]): void;
  addRegisteredBusiness(b: PreparedBusiness): void;
  /**
   * The people's terms every loaded business asks about (its kelurahan and street): the records' own terms
   * are those of their index entries.
   */
  placeTerms(): string[];
  /** The whole registry's counts; before any import row is added or matched. */
  seed(counts: { person: RegistryCounts; business: RegistryCounts }): void;
};

export function createPartialLinker(
  config: LinkageConfig,
  opts: LinkerOptions,
  blocks: { person: Map<number, number>; business: Map<number, number>; phones: Map<number, number> },
): PartialLinker {
  const persons = new PersonStore(false, { blocks: blocks.person, phones: blocks.phones });
  const businesses = new BusinessStore(persons, undefined, false, blocks.business);
  return {
    ...linkerOver(config, opts, persons, businesses),
    addRegisteredPerson: (p, keys) => persons.addRegistered(p, keys),
    addRegisteredBusiness: (b) => businesses.addRegistered(b),
    placeTerms: () => businesses.placeTerms(),
    seed: ({ person, business }) => {
      persons.stats.seed(person.n, person.kelRecords, person.terms);
      businesses.stats.seed(business.n, business.kelRecords, business.terms);
    },
  };
}

function linkerOver(
  config: LinkageConfig,
  opts: LinkerOptions,
  persons: PersonStore,
  businesses = new BusinessStore(persons),
): Linker {
  let person: { p: PreparedPerson; keys: number[] } | null = null;
  let business: PreparedBusiness | null = null;
  return {
    config,
    addPerson: (r) => void persons.add(r),
    addBusiness: (r) => void businesses.add(r),
    matchPerson: (r) => {
      const p = preparePerson(r);
      person = { p, keys: personKeys(p) };
      return persons.match(p, config.person.review, skipper('person', r.id, opts), person.keys);
    },
    matchBusiness: (r, context = {}) => {
      business = businesses.prepare(r);
      const skip = skipper('business', r.id, opts);
      return businesses.matchPrepared(business, config.business.review, skip, context.reviewOwners ?? []);
    },
    matchBusinessOfPending: (r, reviewOwners) => {
      if (!person) throw new Error('linkage: no person matched');
      const owner = {
        name: person.p.name,
        household: householdKeys(person.p),
        gender: person.p.gender,
        born: bornOf(person.p),
      };
      const b = businesses.prepare({ ...r, ownerId: NO_OWNER }, owner);
      return businesses.matchPrepared(
        b,
        config.business.review,
        skipper('business', r.id, opts),
        reviewOwners,
      );
    },
    businessOwner: (id) => businesses.ownerOf(id),
    pair: (kind, a, b) => (kind === 'person' ? persons.pair(a, b) : businesses.pair(a, b)),
    reviewOfLinked: (id, matches) => persons.recheck(id, matches, config.person.review),
    addMatched: (kind, id) => {
      if (kind === 'person') {
        if (!person) throw new Error('linkage: no person matched');
        persons.addPrepared({ ...person.p, id }, person.keys);
        person = null;
      } else {
        if (!business) throw new Error('linkage: no business matched');
        businesses.addPrepared({ ...business, id });
        business = null;
      }
    },
  };
}
