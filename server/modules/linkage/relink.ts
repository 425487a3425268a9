import { BusinessStore } from './business-store.ts';
import type {
  BusinessRecord,
  Evidence,
  LinkageConfig,
  Match,
  PersonRecord,
  Thresholds,
} from './linkage.types.ts';
import type { LinkerOptions, LinkKind } from './linker.ts';
import { PersonStore } from './person-store.ts';

export type MergePair = { kind: LinkKind; a: number; b: number; score: number };
export type ReviewPair = MergePair & { evidence: Evidence[] };
export type Relinkage = { merge: MergePair[]; review: ReviewPair[] };

/** Union-find over ids, so businesses of merged people count as having one owner. */
function unionFind() {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let root = x;
    while (parent.has(root)) root = parent.get(root) as number;
    if (root !== x) parent.set(x, root);
    return root;
  };
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb));
  };
  return { find, union };
}

function sortPairs(kind: LinkKind, self: number, matches: Match[], t: Thresholds, out: Relinkage): void {
  for (const m of matches) {
    const pair = { kind, a: Math.min(self, m.id), b: Math.max(self, m.id), score: m.score };
    if (m.score >= t.link) out.merge.push(pair);
    else out.review.push({ ...pair, evidence: m.evidence });
  }
}

/**
 * Re-links a whole registry: every pair of records at or above review once, those at or above link to
 * merge. People are linked first; their merges then make the businesses of one person share an owner.
 */
export function relinkAll(
  config: LinkageConfig,
  people: readonly PersonRecord[],
  businesses: readonly BusinessRecord[],
  opts: LinkerOptions = {},
): Relinkage {
  const out: Relinkage = { merge: [], review: [] };
  const distinct = opts.isDistinct ?? (() => false);
  const persons = new PersonStore();
  for (const p of people) persons.add(p);
  persons.records.forEach((p, slot) => {
    const skip = (id: number) => id === p.id || distinct('person', p.id, id);
    sortPairs('person', p.id, persons.matchSlot(slot, config.person.review, skip), config.person, out);
  });
  const owners = unionFind();
  for (const m of out.merge) owners.union(m.a, m.b);
  const store = new BusinessStore(persons, owners.find);
  for (const b of businesses) store.add(b);
  businesses.forEach((b, slot) => {
    const skip = (id: number) => id === b.id || distinct('business', b.id, id);
    sortPairs('business', b.id, store.matchSlot(slot, config.business.review, skip), config.business, out);
  });
  return out;
}
