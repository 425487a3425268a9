import type { Executor } from '../../db/transaction.ts';
import type { PreparedBusiness } from '../linkage/business-record.ts';
import { BUSINESS_BLOCK_CAP } from '../linkage/business-store.ts';
import { businessNeeds, ownerKey, personNeeds, personPhoneKey } from '../linkage/index-entries.ts';
import type { LinkageConfig } from '../linkage/linkage.types.ts';
import { createPartialLinker, type LinkerOptions, type PartialLinker } from '../linkage/linker.ts';
import { type PreparedPerson, personKeys } from '../linkage/person-record.ts';
import { PERSON_BLOCK_CAP } from '../linkage/person-store.ts';
import { businessQuery, personQuery, resolvePerson } from '../linkage/resolve.ts';
import { idPool } from './commit-plan.ts';
import type { NormalisedRow } from './imports.types.ts';
import {
  blocks,
  indexTotals,
  nikHolders,
  phoneHolders,
  preparedRecords,
  termCounts,
} from './linkage-index.ts';

/** Distinct values of the lists, in first-seen order. */
function union<T>(...lists: Iterable<T>[]): T[] {
  const out = new Set<T>();
  for (const list of lists) for (const v of list) out.add(v);
  return [...out];
}

/**
 * A linker holding only the registry records a small file's rows can meet, read through the linkage
 * index (which must be fresh) ready to compare, with the whole registry's block sizes and value
 * frequencies:
 * - people: everyone sharing a blocking key with a row (blocks small enough to be searched);
 * - businesses: those sharing a key with a row's business, and the businesses of every person a row
 *   met (linked or not: her business may decide between them). Which people those are is learnt by
 *   linking the rows' people first without their businesses; where a business then decides otherwise and
 *   the rows after it meet a business not read, the linker throws and the commit loads the registry.
 * `rows` are the rows to be linked, in file order, each once (`newPeople` the ids they take in turn). Null
 * when a row's business name is too long to list its variants, or an entry waits to be refreshed.
 * `reader` reads the index: the commit's own transaction, or (when that transaction has not changed the
 * index) the pool, so that reads which do not wait for each other run side by side on two connections.
 */
export async function loadPartialLinker(
  db: Executor,
  reader: Executor,
  rows: readonly NormalisedRow[],
  newPeople: readonly number[],
  config: LinkageConfig,
  opts: LinkerOptions,
): Promise<{
  linker: PartialLinker;
  nikOwner: Map<string, number>;
  /** Indexed people and businesses: the registry's size. */
  records: { people: number; businesses: number };
} | null> {
  const personRows = rows.map((r) => personNeeds(personQuery(r.person)));
  // PostgreSQL finds the people's blocks while the rows' businesses are worked out.
  const personBlocksRead = settle(
    blocks(reader, 'p', union(...personRows.map((r) => r.keys)), PERSON_BLOCK_CAP),
  );
  const nikOwner = settle(nikHolders(db, union(rows.flatMap((r) => (r.person.nik ? [r.person.nik] : [])))));
  const totals = settle(Promise.all([indexTotals(reader, 'p'), indexTotals(reader, 'b')]));
  const businessRows = [];
  const businessPlaces: string[][] = [];
  for (const r of rows) {
    const { ownerId: _, ...query } = businessQuery(r.business, -1);
    const needs = businessNeeds(query);
    if (!needs) return null;
    businessRows.push(needs);
    businessPlaces.push(needs.places);
  }
  // The blocks of the rows' business keys, read while the people are linked; their owners' after.
  const rowBusinessKeys = union(...businessRows.map((r) => r.keys));
  const rowBusinessBlocks = settle(blocks(reader, 'b', rowBusinessKeys, BUSINESS_BLOCK_CAP));

  // People: the members of the blocks of the rows' keys small enough to be searched.
  const personBlocks = await personBlocksRead;
  const candidates = personBlocks.members;
  const personTerms = settle(
    termCounts(reader, 'p', candidates, union(...personRows.map((r) => r.terms), ...businessPlaces)),
  );
  const prepared = await preparedRecords<PreparedPerson>(reader, 'p', candidates);
  if (!prepared) return null;
  // How many registry people hold each phone a row or a candidate carries (its holders are weighed): only
  // asked when a row is matched, so counted while the people are added.
  const phones = new Map<number, number>();
  const phonesRead = settle(
    phoneHolders(
      reader,
      union(
        personRows.flatMap((r) => (r.phone === null ? [] : [r.phone])),
        prepared.flatMap((p) => {
          const key = personPhoneKey(p.phone);
          return key === null ? [] : [key];
        }),
      ),
    ),
  );
  const personSide = { person: personBlocks.sizes, phones };

  // The rows' people linked first, alone, to learn whose businesses the rows will meet.
  const first = createPartialLinker(config, opts, { ...personSide, business: new Map() });
  const keys = prepared.map(personKeys);
  for (const [i, p] of prepared.entries()) first.addRegisteredPerson(p, keys[i]);
  for (const [key, n] of await phonesRead) phones.set(key, n);
  const personCounts = await personTerms;
  const [personTotals, businessTotals] = await totals;
  first.seed({
    person: { ...personTotals, terms: personCounts },
    business: { n: 0, kelRecords: new Map(), terms: new Map() },
  });
  const owners = new Set(newPeople);
  const newId = idPool(newPeople);
  for (const row of rows) {
    const { id, candidates } = resolvePerson(first, row.person, newId);
    owners.add(id);
    // Every person the row may be: her business may say which (resolve.ts ownedBusiness).
    for (const c of candidates) owners.add(c);
  }

  const asked = new Set(rowBusinessKeys);
  const ownerBlocks = await blocks(
    reader,
    'b',
    union([...owners].map(ownerKey)).filter((k) => !asked.has(k)),
    BUSINESS_BLOCK_CAP,
  );
  const rowBlocks = await rowBusinessBlocks;
  const businessBlocks = {
    sizes: new Map([...rowBlocks.sizes, ...ownerBlocks.sizes]),
    members: union(rowBlocks.members, ownerBlocks.members),
  };
  const businessTerms = settle(
    termCounts(reader, 'b', businessBlocks.members, union(...businessRows.map((r) => r.terms))),
  );
  const businesses = await preparedRecords<PreparedBusiness>(reader, 'b', businessBlocks.members);
  if (!businesses) return null;
  const linker = createPartialLinker(config, opts, { ...personSide, business: businessBlocks.sizes });
  for (const [i, p] of prepared.entries()) linker.addRegisteredPerson(p, keys[i]);
  for (const b of businesses) linker.addRegisteredBusiness(b);

  // Value frequencies of every term the businesses add or ask about (the people's are counted already).
  const places = await termCounts(
    reader,
    'p',
    [],
    union(linker.placeTerms()).filter((t) => !personCounts.has(t)),
  );
  const businessCounts = await businessTerms;
  for (const [t, n] of places) personCounts.set(t, n);
  linker.seed({
    person: { ...personTotals, terms: personCounts },
    business: { ...businessTotals, terms: businessCounts },
  });
  return {
    linker,
    nikOwner: await nikOwner,
    records: { people: personTotals.n, businesses: businessTotals.n },
  };
}

const settle = <T>(p: Promise<T>) => {
  p.catch(() => {});
  return p;
};
