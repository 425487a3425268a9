import {
  type BusinessStats,
  compareBusinessNames,
  compareKbli,
  comparePermits,
  compareTheme,
} from './business-compare.ts';
import type { PreparedBusiness } from './business-record.ts';
import { evidence, total } from './evidence.ts';
import { capShared, compareKelurahan, compareRtRw, compareStreet } from './fields.ts';
import type { Evidence } from './linkage.types.ts';
import { W } from './weights.ts';

/** How the owners of two business records relate: one person, one household or review, or strangers. */
export type OwnerRelation = 'same' | 'review' | 'household' | 'other';

/** What a query brings to all its comparisons, worked out once. */
export type BusinessQueryContext = {
  stats: BusinessStats;
  /** Agreement evidence for the query's kelurahan, weighed once per query. */
  kelSame: Evidence;
  /** The query's owner has no other business on record. */
  onlyBusiness: boolean;
};

const OWNER_EVIDENCE: Record<OwnerRelation, Evidence> = {
  same: evidence('owner', 'agree', W.ownerSame, 'Pemilik sama'),
  review: evidence('owner', 'partial', W.ownerRelated, 'Pemilik mungkin sama (masuk antrean periksa)'),
  household: evidence('owner', 'partial', W.ownerRelated, 'Pemilik serumah (telepon atau alamat sama)'),
  other: evidence('owner', 'disagree', W.ownerDiff, 'Pemilik berbeda'),
};
const ONLY_BUSINESS = evidence('owner', 'agree', W.onlyBusiness, 'Satu-satunya usaha pemilik ini');
const CONTEXT_NOTE =
  'Usaha lain milik orang yang sama juga sama pemilik dan alamatnya; bobot gabungannya dibatasi';

// Name and products together never weigh more than this: the bound of the early exit.
const NAME_THEME_MAX = 10 + W.themeSame;

/**
 * Every comparison between two business records; the score is the sum of the weights. Returns null as
 * soon as the pair cannot reach `floor` even with identical names and products.
 */
export function scoreBusinesses(
  a: PreparedBusiness,
  b: PreparedBusiness,
  relation: OwnerRelation,
  ctx: BusinessQueryContext,
  floor = Number.NEGATIVE_INFINITY,
): Evidence[] | null {
  const context = [
    OWNER_EVIDENCE[relation],
    compareKelurahan(a.kel, b.kel, ctx.kelSame),
    compareStreet(a.address, b.address),
    compareRtRw(a.address, b.address),
  ];
  const out = comparePermits(a, b);
  const kbli = compareKbli(a.kbli, b.kbli);
  if (kbli) out.push(kbli);
  out.push(...context);
  const cap = capShared(context, W.contextCap, CONTEXT_NOTE);
  if (cap) out.push(cap);
  if (relation === 'same' && ctx.onlyBusiness) out.push(ONLY_BUSINESS);
  if (total(out) + NAME_THEME_MAX < floor) return null;
  out.unshift(compareBusinessNames(a, b, ctx.stats), compareTheme(a.theme, b.theme));
  return out;
}
