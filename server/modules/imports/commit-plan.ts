import type { Evidence, Match } from '../linkage/linkage.types.ts';
import type { BusinessDraft, NormalisedRow, PersonDraft } from './imports.types.ts';
import type { RowLink } from './source-rows.repository.ts';

export type PlannedRow = { id: number; rowHash: string | null; normalised: NormalisedRow };
export type Review = {
  kind: 'person' | 'business';
  a: number;
  b: number;
  score: number;
  evidence: Evidence[];
};
export type Resolution = {
  person: { id: number; created: boolean; score: number | null; review: Match[] };
  business: { id: number; created: boolean; score: number | null; review: Match[] };
};

/** What a commit writes: new records with their reserved ids, links of every row, review pairs, fill-ins. */
export type Plan = {
  newPeople: (PersonDraft & { id: number })[];
  newBusinesses: (BusinessDraft & { id: number; ownerId: number; ownerKrtp: boolean })[];
  links: RowLink[];
  reviews: Review[];
  /** Values a linked record lacks and the row has, per record id. */
  personFills: Map<number, PersonDraft>;
  businessFills: Map<number, BusinessDraft>;
  counts: Record<string, number>;
};

export function emptyPlan(): Plan {
  return {
    newPeople: [],
    newBusinesses: [],
    links: [],
    reviews: [],
    personFills: new Map(),
    businessFills: new Map(),
    counts: {
      peopleNew: 0,
      peopleLinked: 0,
      businessesNew: 0,
      businessesLinked: 0,
      reviewPeople: 0,
      reviewBusinesses: 0,
      unchanged: 0,
    },
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
export function addToPlan(plan: Plan, row: PlannedRow, r: Resolution) {
  const { person, business } = row.normalised;
  const c = plan.counts as Record<string, number>;
  if (r.person.created) {
    plan.newPeople.push({ ...person, id: r.person.id });
    c.peopleNew = (c.peopleNew ?? 0) + 1;
  } else {
    plan.personFills.set(r.person.id, person);
    c.peopleLinked = (c.peopleLinked ?? 0) + 1;
  }
  if (r.business.created) {
    plan.newBusinesses.push({
      ...business,
      id: r.business.id,
      ownerId: r.person.id,
      ownerKrtp: !!person.krtp,
    });
    c.businessesNew = (c.businessesNew ?? 0) + 1;
  } else {
    plan.businessFills.set(r.business.id, business);
    c.businessesLinked = (c.businessesLinked ?? 0) + 1;
  }
  const reviews = [
    ...pairs('person', r.person.id, r.person.review),
    ...pairs('business', r.business.id, r.business.review),
  ];
  plan.reviews.push(...reviews);
  c.reviewPeople = (c.reviewPeople ?? 0) + reviews.filter((x) => x.kind === 'person').length;
  c.reviewBusinesses = (c.reviewBusinesses ?? 0) + reviews.filter((x) => x.kind === 'business').length;
  plan.links.push({
    id: row.id,
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
    personId: known.personId,
    businessId: known.businessId,
    personScore: null,
    businessScore: null,
  });
  plan.counts.unchanged = (plan.counts.unchanged ?? 0) + 1;
}
