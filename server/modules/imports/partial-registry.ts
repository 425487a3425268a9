import type { Executor } from '../../db/transaction.ts';
import { BUSINESS_BLOCK_CAP } from '../linkage/business-store.ts';
import {
  businessNeeds,
  businessPersonTerms,
  ownerKey,
  personNeeds,
  personPhoneKey,
} from '../linkage/index-entries.ts';
import type { LinkageConfig, PersonRecord } from '../linkage/linkage.types.ts';
import { createPartialLinker, type LinkerOptions, type PartialLinker } from '../linkage/linker.ts';
import { PERSON_BLOCK_CAP } from '../linkage/person-store.ts';
import { businessQuery, personQuery } from '../linkage/resolve.ts';
import type { NormalisedRow } from './imports.types.ts';
import {
  blockSizes,
  indexTotals,
  keyMembers,
  nikHolders,
  phoneHolders,
  termCounts,
} from './linkage-index.ts';
import { loadRegistryRows } from './registry-snapshot.ts';

const union = <T>(...lists: Iterable<T>[]) => [...new Set(lists.flatMap((l) => [...l]))];

/**
 * A linker holding only the registry records a small file's rows can meet, read through the linkage
 * index (which must be fresh): everyone sharing a blocking key with a row (blocks small enough to be
 * searched), the candidates' businesses (their owner key) and the owners of candidate businesses. Block sizes and
 * value frequencies are the whole registry's. Null when a row's business name is too long to list its
 * variants.
 */
export async function loadPartialLinker(
  db: Executor,
  rows: readonly NormalisedRow[],
  newPeople: readonly number[],
  config: LinkageConfig,
  opts: LinkerOptions,
): Promise<{ linker: PartialLinker; nikOwner: Map<string, number> } | null> {
  const personRows = rows.map((r) => personNeeds(personQuery(r.person)));
  const businessRows = [];
  const businessPlaces: string[][] = [];
  for (const r of rows) {
    const { ownerId: _, ...query } = businessQuery(r.business, -1);
    const needs = businessNeeds(query);
    if (!needs) return null;
    businessRows.push(needs);
    businessPlaces.push(businessPersonTerms(query));
  }

  // People: the members of the blocks of the rows' keys small enough to be searched.
  const personBlocks = await blockSizes(db, 'p', union(...personRows.map((r) => r.keys)), PERSON_BLOCK_CAP);
  const searched = [...personBlocks].filter(([, n]) => n > 0 && n <= PERSON_BLOCK_CAP).map(([k]) => k);
  const candidates = await keyMembers(db, 'p', searched);
  const people = new Map<number, PersonRecord>();
  await loadPeople(db, candidates, people);
  // How many registry people hold each phone a row or a candidate carries (its holders are weighed).
  const phones = await phoneHolders(db, [
    ...union(
      personRows.flatMap((r) => (r.phone === null ? [] : [r.phone])),
      [...people.values()].flatMap((p) => {
        const key = personPhoneKey(p.phone);
        return key === null ? [] : [key];
      }),
    ),
  ]);

  // Businesses: the rows' keys (whatever owner a row links to), the candidates' own businesses.
  const businessBlocks = await blockSizes(
    db,
    'b',
    [...union(...businessRows.map((r) => r.keys)), ...union([...candidates, ...newPeople].map(ownerKey))],
    BUSINESS_BLOCK_CAP,
  );
  const small = [...businessBlocks].filter(([, n]) => n > 0 && n <= BUSINESS_BLOCK_CAP).map(([k]) => k);
  const businessIds = await keyMembers(db, 'b', small);
  const { businesses } = await loadRegistryRows(db, [], businessIds);
  await loadPeople(
    db,
    businesses.map((b) => b.ownerId),
    people,
  );

  const linker = createPartialLinker(config, opts, {
    person: personBlocks,
    business: businessBlocks,
    phones,
  });
  for (const p of people.values()) linker.addRegisteredPerson(p);
  for (const b of businesses) linker.addRegisteredBusiness(b);

  // Value frequencies of every term a candidate or a row adds or asks about.
  const loaded = linker.termsOfLoaded(candidates);
  const personTerms = union(loaded.person, ...personRows.map((r) => r.terms), ...businessPlaces);
  const businessTerms = union(loaded.business, ...businessRows.map((r) => r.terms));
  const [personTotals, businessTotals] = [await indexTotals(db, 'p'), await indexTotals(db, 'b')];
  linker.seed({
    person: { ...personTotals, terms: await termCounts(db, 'p', personTerms) },
    business: { ...businessTotals, terms: await termCounts(db, 'b', businessTerms) },
  });
  const niks = union(rows.flatMap((r) => (r.person.nik ? [r.person.nik] : [])));
  return { linker, nikOwner: await nikHolders(db, niks) };
}

async function loadPeople(db: Executor, ids: number[], into: Map<number, PersonRecord>) {
  const missing = union(ids.filter((id) => !into.has(id)));
  if (!missing.length) return;
  const { people } = await loadRegistryRows(db, missing, []);
  for (const p of people) into.set(p.id, p);
}
