import { sql } from 'kysely';
import type { Executor } from '../../db/transaction.ts';
import { blocks, indexTotals, phoneHolders, termCounts } from '../imports/linkage-index.ts';
import { loadRegistryRows } from '../imports/registry-snapshot.ts';
import { BUSINESS_BLOCK_CAP } from '../linkage/business-store.ts';
import type { LinkageConfig } from '../linkage/index.ts';
import { businessEntry, personEntry, personPhoneKey } from '../linkage/index-entries.ts';
import { createPartialLinker } from '../linkage/linker.ts';
import { PERSON_BLOCK_CAP } from '../linkage/person-store.ts';
import {
  type OpenPair,
  openPairsOf,
  type Proposal,
  rescorePairs,
  weigher,
  writeProposals,
} from './rescore.ts';

type Ids = { person: readonly number[]; business: readonly number[] };

/** Records of one kind, as the functions below take them. */
export const idsOf = (kind: OpenPair['kind'], ids: readonly number[]): Ids =>
  kind === 'person' ? { person: ids, business: [] } : { person: [], business: ids };

const unique = (...lists: Iterable<number>[]) => [...new Set(lists.flatMap((l) => [...l]))];

/**
 * A weigher of pairs among these records as they are now, with the whole registry's block sizes and value
 * frequencies from the linkage index (as an import's linker weighs them). A business is weighed with its
 * owner, who is loaded with it. Null for a pair it cannot weigh (a record gone or erased, a value the
 * index does not count).
 */
async function weigherOf(db: Executor, ids: Ids, zones: LinkageConfig) {
  const owners = ids.business.length
    ? (
        await sql<{ owner_id: string }>`
          select owner_id from businesses where id = any(${[...ids.business]}::bigint[])`.execute(db)
      ).rows.map((r) => Number(r.owner_id))
    : [];
  const registry = await loadRegistryRows(db, unique(ids.person, owners), [...ids.business]);
  const people = registry.people.map(personEntry);
  const byId = new Map(registry.people.map((p) => [p.id, p]));
  const businesses = registry.businesses.map((b) => businessEntry(b, byId.get(b.ownerId) ?? null));
  const phones = people.flatMap(({ prepared }) => {
    const key = personPhoneKey(prepared.phone);
    return key === null ? [] : [key];
  });
  const [personBlocks, businessBlocks, phoneCounts, personTotals, businessTotals] = await Promise.all([
    blocks(db, 'p', unique(...people.map((p) => p.keys)), PERSON_BLOCK_CAP),
    blocks(db, 'b', unique(...businesses.map((b) => b.keys)), BUSINESS_BLOCK_CAP),
    phoneHolders(db, phones),
    indexTotals(db, 'p'),
    indexTotals(db, 'b'),
  ]);
  const linker = createPartialLinker(
    zones,
    {},
    { person: personBlocks.sizes, business: businessBlocks.sizes, phones: phoneCounts },
  );
  for (const p of people) linker.addRegisteredPerson(p.prepared);
  for (const b of businesses) linker.addRegisteredBusiness(b.prepared);
  const personTerms = [...new Set([...people.flatMap((p) => p.terms), ...linker.placeTerms()])];
  linker.seed({
    person: { ...personTotals, terms: await termCounts(db, 'p', [], personTerms) },
    business: {
      ...businessTotals,
      terms: await termCounts(db, 'b', [], [...new Set(businesses.flatMap((b) => b.terms))]),
    },
  });
  return weigher(linker);
}

/** The records of these open pairs, per kind, with `extra` records to weigh beside them. */
function recordsOf(pairs: readonly OpenPair[], extra: Ids): Ids {
  const of = (kind: OpenPair['kind']) =>
    unique(
      kind === 'person' ? extra.person : extra.business,
      pairs.filter((p) => p.kind === kind).flatMap((p) => [p.a_id, p.b_id]),
    );
  return { person: of('person'), business: of('business') };
}

/** People's businesses: changing an owner changes how her businesses compare (her name, her household). */
async function withTheirBusinesses(db: Executor, ids: Ids): Promise<Ids> {
  if (!ids.person.length) return ids;
  const { rows } = await sql<{ id: string }>`
    select id from businesses where owner_id = any(${[...ids.person]}::bigint[])`.execute(db);
  return {
    person: ids.person,
    business: unique(
      ids.business,
      rows.map((r) => Number(r.id)),
    ),
  };
}

/**
 * After a hand edit or an un-merge: the open pairs of the changed records (and of a changed person's
 * businesses) are weighed again with the records as they are now; a pair whose score fell below the
 * review zone leaves the queue (`gone`), as after an import.
 */
export async function reweighOpenPairs(db: Executor, changed: Ids, zones: LinkageConfig, by: string) {
  const open = await openPairsOf(db, await withTheirBusinesses(db, changed), null);
  if (!open.length) return { rescored: 0, withdrawn: 0 };
  const weigh = await weigherOf(db, recordsOf(open, { person: [], business: [] }), zones);
  return rescorePairs(db, open, weigh, zones, by);
}

/**
 * After a merge of `mergedId` into `survivorId`: the merged record's open pairs are the survivor's now.
 * Each is proposed again between the survivor and the other record when the survivor, as merged, is
 * still alike enough (a pair decided before stays decided), and the survivor's own open pairs (and her
 * businesses') are weighed again. The merged record's pairs stay as they were, shown again if the merge
 * is undone.
 */
export async function carryOpenPairs(
  db: Executor,
  m: { kind: OpenPair['kind']; survivorId: number; mergedId: number },
  zones: LinkageConfig,
  by: string,
) {
  const carried = (await openPairsOf(db, idsOf(m.kind, [m.mergedId]), null)).filter(
    (p) => p.kind === m.kind && p.a_id !== m.survivorId && p.b_id !== m.survivorId,
  );
  const others = carried.map((p) => (p.a_id === m.mergedId ? p.b_id : p.a_id));
  const own = await openPairsOf(db, await withTheirBusinesses(db, idsOf(m.kind, [m.survivorId])), null);
  const weigh = await weigherOf(db, recordsOf(own, idsOf(m.kind, [m.survivorId, ...others])), zones);
  const proposals: Proposal[] = [];
  for (const other of new Set(others)) {
    const match = weigh(m.kind, m.survivorId, other);
    if (!match || match.score < zones[m.kind].review) continue;
    const [a, b] = m.survivorId < other ? [m.survivorId, other] : [other, m.survivorId];
    proposals.push({ kind: m.kind, a, b, score: match.score, evidence: match.evidence });
  }
  await writeProposals(db, proposals, null, true);
  const weighed = await rescorePairs(db, own, weigh, zones, by);
  return { carried: proposals.length, ...weighed };
}
