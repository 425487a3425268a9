import { BlockIndex } from './blocking.ts';
import { BusinessStats } from './business-compare.ts';
import { businessKeys, ownerKey, type PreparedBusiness, prepareBusiness } from './business-record.ts';
import { type OwnerRelation, scoreBusinesses } from './business-score.ts';
import { total } from './evidence.ts';
import { kelurahanAgreement } from './fields.ts';
import type { BusinessRecord, Match } from './linkage.types.ts';
import { bestPerId, byScore, type PersonStore } from './person-store.ts';

// A sentra kelurahan holds hundreds of tempe makers: such a product word finds no useful candidates.
const BLOCK_CAP = 15;
const KELURAHAN_MAX = 5;

export type BusinessQuery = Omit<BusinessRecord, 'id'> & { id?: number };

function ownerRelation(a: PreparedBusiness, b: PreparedBusiness, review: Set<number>): OwnerRelation {
  if (a.ownerId === b.ownerId) return 'same';
  if (review.has(b.ownerId)) return 'review';
  for (const key of a.household) if (b.household.includes(key)) return 'household';
  return 'other';
}

/** Business records, their blocking index and value frequencies; owners are read from the person store. */
export class BusinessStore {
  readonly records: PreparedBusiness[] = [];
  readonly stats = new BusinessStats();
  private readonly index = new BlockIndex(BLOCK_CAP);
  private readonly owned = new Map<number, number[]>();

  /** `ownerOf` maps a person id to the person it was merged into (identity while streaming). */
  constructor(
    private readonly persons: PersonStore,
    private readonly ownerOf: (personId: number) => number = (id) => id,
  ) {}

  prepare(r: BusinessQuery): PreparedBusiness {
    const owner = { words: this.persons.nameWords(r.ownerId), household: this.persons.household(r.ownerId) };
    return prepareBusiness({ ...r, ownerId: this.ownerOf(r.ownerId) }, owner);
  }

  add(r: BusinessRecord): PreparedBusiness {
    const b = this.prepare(r);
    this.index.add(this.records.length, businessKeys(b));
    this.records.push(b);
    this.stats.add(b);
    const owned = this.owned.get(b.ownerId);
    if (!owned) this.owned.set(b.ownerId, [r.id]);
    else if (!owned.includes(r.id)) owned.push(r.id);
    return b;
  }

  /**
   * Best match per id at or above `floor`. `reviewOwners` are people the row's owner may be (in review):
   * their businesses are candidates too, with an owner that counts as possibly the same.
   */
  match(
    r: BusinessQuery,
    floor: number,
    skip: (id: number) => boolean,
    reviewOwners: readonly number[] = [],
  ): Match[] {
    return this.matchPrepared(this.prepare(r), floor, skip, reviewOwners);
  }

  /** Matches a stored record against those added before it (a full re-linkage). */
  matchSlot(slot: number, floor: number, skip: (id: number) => boolean): Match[] {
    return this.matchPrepared(this.records[slot] as PreparedBusiness, floor, skip, [], slot);
  }

  private matchPrepared(
    b: PreparedBusiness,
    floor: number,
    skip: (id: number) => boolean,
    reviewOwners: readonly number[],
    below?: number,
  ): Match[] {
    const review = new Set(reviewOwners.map(this.ownerOf));
    const keys = [...businessKeys(b), ...[...review].map(ownerKey)];
    const owned = this.owned.get(b.ownerId);
    const onlyBusiness = owned !== undefined && owned.length - (owned.includes(b.id) ? 1 : 0) === 1;
    const best = new Map<number, Match>();
    const kelSame = kelurahanAgreement(b.kel ? this.stats.kelU(b.kel) : 1, KELURAHAN_MAX);
    const ctx = { stats: this.stats, kelSame, onlyBusiness };
    const visit = (slot: number) => {
      const other = this.records[slot] as PreparedBusiness;
      if (skip(other.id)) return;
      const evidence = scoreBusinesses(b, other, ownerRelation(b, other, review), ctx, floor);
      if (!evidence) return;
      const score = total(evidence);
      if (score >= floor) bestPerId(best, other.id, score, evidence);
    };
    this.index.candidates(keys, visit, below);
    return byScore(best.values());
  }
}
