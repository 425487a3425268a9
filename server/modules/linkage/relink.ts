import { BusinessStore, type OwnerView } from './business-store.ts';
import { evidence } from './evidence.ts';
import { clash } from './identity.ts';
import type { BusinessRecord, Evidence, LinkageConfig, Match, PersonRecord } from './linkage.types.ts';
import type { LinkerOptions, LinkKind } from './linker.ts';
import { PersonStore } from './person-store.ts';
import { W } from './weights.ts';

export type MergePair = { kind: LinkKind; a: number; b: number; score: number };
export type ReviewPair = MergePair & { evidence: Evidence[] };
export type Relinkage = {
  merge: MergePair[];
  review: ReviewPair[];
  /** Record b as a match of record a, as this re-linkage weighs them (a pair found below review, too). */
  pair: (kind: LinkKind, a: number, b: number) => Match | null;
};

/** Why records a and b cannot be one (Bahasa Indonesia), or null. */
type Conflict = (a: number, b: number) => string | null;

/** Union-find over ids that keeps the members of each group, so a merge can be checked against all of them. */
class Groups {
  private readonly parent = new Map<number, number>();
  private readonly members = new Map<number, number[]>();

  find(x: number): number {
    let root = x;
    for (let up = this.parent.get(root); up !== undefined; up = this.parent.get(root)) root = up;
    if (root !== x) this.parent.set(x, root);
    return root;
  }

  of(root: number): readonly number[] {
    return this.members.get(root) ?? [root];
  }

  union(ra: number, rb: number): void {
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent.set(child, root);
    this.members.set(root, [...this.of(root), ...this.of(child)]);
    this.members.delete(child);
  }

  /** The first conflict between a member of one group and a member of the other. */
  conflict(ra: number, rb: number, conflict: Conflict): string | null {
    for (const a of this.of(ra)) {
      for (const b of this.of(rb)) {
        const note = conflict(a, b);
        if (note) return note;
      }
    }
    return null;
  }
}

/**
 * Merges candidate pairs strongest first, unless the groups they would join hold records that cannot be
 * one (another NIK, another birth date, marked distinct): those go to review, so a chain such as
 * mother – daughter's record without NIK – daughter stops at the contradiction.
 */
function mergeGroups(kind: LinkKind, pairs: ReviewPair[], conflict: Conflict, out: Relinkage): Groups {
  const groups = new Groups();
  for (const p of pairs.sort((x, y) => y.score - x.score)) {
    const [ra, rb] = [groups.find(p.a), groups.find(p.b)];
    const note = ra === rb ? null : groups.conflict(ra, rb, conflict);
    if (note) {
      const against = evidence('identity', 'disagree', W.identityClash, note);
      const score = Math.round((p.score + against.weight) * 100) / 100;
      out.review.push({ ...p, score, evidence: [...p.evidence, against] });
      continue;
    }
    if (ra !== rb) groups.union(ra, rb);
    out.merge.push({ kind, a: p.a, b: p.b, score: p.score });
  }
  return groups;
}

function pairsOf(
  kind: LinkKind,
  self: number,
  matches: Match[],
  link: number,
  toMerge: ReviewPair[],
  out: Relinkage,
) {
  for (const m of matches) {
    const pair = {
      kind,
      a: Math.min(self, m.id),
      b: Math.max(self, m.id),
      score: m.score,
      evidence: m.evidence,
    };
    (m.score >= link ? toMerge : out.review).push(pair);
  }
}

function relinkPeople(
  config: LinkageConfig,
  people: readonly PersonRecord[],
  distinct: Distinct,
  out: Relinkage,
) {
  const persons = new PersonStore(true);
  for (const p of people) persons.add(p);
  const toMerge: ReviewPair[] = [];
  persons.records.forEach((p, slot) => {
    const matches = persons.matchSlot(
      slot,
      config.person.review,
      (id) => id === p.id || distinct('person', p.id, id),
    );
    pairsOf('person', p.id, matches, config.person.link, toMerge, out);
  });
  const conflict: Conflict = (a, b) =>
    clash(persons.identity(a), persons.identity(b)) ?? marked('person', a, b, distinct);
  return { persons, groups: mergeGroups('person', toMerge, conflict, out) };
}

type Distinct = NonNullable<LinkerOptions['isDistinct']>;

/** Owners as the person merges left them: merged people are one owner, people in review maybe one. */
function ownersAfter(groups: Groups, out: Relinkage): OwnerView {
  const key = (a: number, b: number) => (a < b ? `${a}:${b}` : `${b}:${a}`);
  const review = new Set<string>();
  for (const p of out.review) if (p.kind === 'person') review.add(key(groups.find(p.a), groups.find(p.b)));
  return { ownerOf: (id) => groups.find(id), inReview: (a, b) => review.has(key(a, b)) };
}
const marked = (kind: LinkKind, a: number, b: number, distinct: Distinct): string | null =>
  distinct(kind, a, b) ? 'Pernah ditandai berbeda oleh operator' : null;

/**
 * Re-links a whole registry: every pair of records at or above review once; pairs at or above link are
 * merged strongest first unless their groups contradict each other. People are linked first; their
 * merges then make the businesses of one person share an owner.
 */
export function relinkAll(
  config: LinkageConfig,
  people: readonly PersonRecord[],
  businesses: readonly BusinessRecord[],
  opts: LinkerOptions = {},
): Relinkage {
  const out: Relinkage = { merge: [], review: [], pair: () => null };
  const distinct: Distinct = opts.isDistinct ?? (() => false);
  const { persons, groups } = relinkPeople(config, people, distinct, out);
  const store = new BusinessStore(persons, ownersAfter(groups, out), true);
  out.pair = (kind, a, b) => (kind === 'person' ? persons.pair(a, b) : store.pair(a, b));
  for (const b of businesses) store.add(b);
  const toMerge: ReviewPair[] = [];
  businesses.forEach((b, slot) => {
    const skip = (id: number) => id === b.id || distinct('business', b.id, id);
    pairsOf(
      'business',
      b.id,
      store.matchSlot(slot, config.business.review, skip),
      config.business.link,
      toMerge,
      out,
    );
  });
  const conflict: Conflict = (a, b) => {
    const [x, y] = [store.nib(a), store.nib(b)];
    return x && y && x !== y ? 'NIB lain tercatat untuk usaha ini' : marked('business', a, b, distinct);
  };
  mergeGroups('business', toMerge, conflict, out);
  return out;
}
