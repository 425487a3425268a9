import type { PermitType } from '../../../shared/rules/permits.ts';
import type { Evidence, Match } from '../linkage/linkage.types.ts';
import type { RowResolution } from '../linkage/resolve.ts';
import type { NormalisedRow } from './imports.types.ts';
import type { RowLink } from './source-rows.repository.ts';

/** Hands out reserved ids in order (new records of a chunk's rows). */
export function idPool(ids: readonly number[]) {
  let next = 0;
  return () => {
    const id = ids[next++];
    if (id === undefined) throw new Error('id pool exhausted');
    return id;
  };
}

/** A staged row to link; `dropNik` when its new person may not keep the NIK another person holds. */
export type PlannedRow = {
  id: number;
  rowHash: string | null;
  normalised: NormalisedRow;
  dropNik?: boolean;
  /** A linked row's NIK held by no other person: it may fill hers. */
  nikIsHers?: boolean;
};
export type Review = {
  kind: 'person' | 'business';
  a: number;
  b: number;
  score: number;
  evidence: Evidence[];
};

const ZERO = {
  peopleNew: 0,
  peopleLinked: 0,
  businessesNew: 0,
  businessesLinked: 0,
  reviewPeople: 0,
  reviewBusinesses: 0,
  unchanged: 0,
};
export type PlanCounts = typeof ZERO;

/**
 * What a commit writes: new records with their reserved ids and the staged row they come from (whose
 * `records` hold their columns), permits, links of every row, review pairs.
 */
export type Plan = {
  newPeople: { id: number; row: number; dropNik: boolean }[];
  newBusinesses: { id: number; row: number; ownerId: number }[];
  /** Permits of new businesses and those a row adds to a business it linked to. */
  permits: { business_id: number; type: PermitType; number: string }[];
  links: RowLink[];
  reviews: Review[];
  /**
   * Records a row linked to, with the row: fields the record lacks are filled from it (commit-write.ts
   * fillGaps); `nik` when the row's NIK may be hers (no other person holds it).
   */
  fills: { people: { id: number; row: number; nik: boolean }[]; businesses: { id: number; row: number }[] };
  counts: PlanCounts;
};

export function emptyPlan(): Plan {
  return {
    newPeople: [],
    newBusinesses: [],
    permits: [],
    links: [],
    reviews: [],
    fills: { people: [], businesses: [] },
    counts: { ...ZERO },
  };
}

function pairs(kind: Review['kind'], id: number, review: Match[]): Review[] {
  return review
    .filter((m) => m.id !== id)
    .map((m) => ({
      kind,
      a: Math.min(id, m.id),
      b: Math.max(id, m.id),
      score: m.score,
      evidence: m.evidence,
    }));
}

/** Adds one resolved row to the plan. */
export function addToPlan(plan: Plan, row: PlannedRow, r: RowResolution) {
  const { business } = row.normalised;
  const c = plan.counts;
  if (r.person.created) plan.newPeople.push({ id: r.person.id, row: row.id, dropNik: !!row.dropNik });
  if (r.business.created) plan.newBusinesses.push({ id: r.business.id, row: row.id, ownerId: r.person.id });
  plan.permits.push(
    ...business.permits.map((p) => ({ business_id: r.business.id, type: p.type, number: p.number })),
  );
  if (!r.person.created) plan.fills.people.push({ id: r.person.id, row: row.id, nik: !!row.nikIsHers });
  if (!r.business.created) plan.fills.businesses.push({ id: r.business.id, row: row.id });
  c[r.person.created ? 'peopleNew' : 'peopleLinked']++;
  c[r.business.created ? 'businessesNew' : 'businessesLinked']++;
  const people = pairs('person', r.person.id, r.person.review);
  const businesses = pairs('business', r.business.id, r.business.review);
  plan.reviews.push(...people, ...businesses);
  c.reviewPeople += people.length;
  c.reviewBusinesses += businesses.length;
  plan.links.push({
    id: row.id,
    rowHash: row.rowHash,
    personId: r.person.id,
    businessId: r.business.id,
    personScore: r.person.score,
    businessScore: r.business.score,
  });
}

/** A row seen before (same values): linked to the same records, nothing new. */
export function addKnown(plan: Plan, row: PlannedRow, known: { personId: number; businessId: number }) {
  plan.links.push({
    id: row.id,
    rowHash: row.rowHash,
    personId: known.personId,
    businessId: known.businessId,
    personScore: null,
    businessScore: null,
  });
  plan.counts.unchanged++;
}
