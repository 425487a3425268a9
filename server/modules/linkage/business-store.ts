import { BlockIndex } from './blocking.ts';
import { BusinessStats, compareTheme, makesAlike } from './business-compare.ts';
import {
  businessKeys,
  type Owner,
  ownerKey,
  type PreparedBusiness,
  prepareBusiness,
} from './business-record.ts';
import { type BusinessQueryContext, type OwnerRelation, scoreBusinesses, unnamed } from './business-score.ts';
import { total } from './evidence.ts';
import { kelurahanAgreement } from './fields.ts';
import type { BusinessRecord, Match } from './linkage.types.ts';
import { genderOfName } from './person-name.ts';
import { bestPerId, byScore, type PersonStore } from './person-store.ts';

// A sentra kelurahan holds hundreds of tempe makers: such a product word finds no useful candidates.
export const BUSINESS_BLOCK_CAP = 15;
const KELURAHAN_MAX = 5;

export type BusinessQuery = Omit<BusinessRecord, 'id'> & { id?: number };

/** How a full re-linkage sees owners: merged people, and pairs of people left for review. */
export type OwnerView = {
  ownerOf: (personId: number) => number;
  inReview: (a: number, b: number) => boolean;
};
const NO_REVIEW = new Set<number>();
const STREAMING: OwnerView = { ownerOf: (id) => id, inReview: () => false };

// Years between the births of two women of one house that make them two generations.
const GENERATION = 15;

/**
 * Two women of one household whose names are not one written whole and short ("Siti Qomariyah" and her
 * daughter "Siti Maimunah", not "Bu Lina" and "Lina Tri Aminah"): each often has a business of her own in one
 * trade, where a husband on a form files his wife's.
 */
function housemates(a: PreparedBusiness, b: PreparedBusiness): boolean {
  if (!a.ownerSound || !b.ownerSound) return false;
  // Without a gender column or NIK, her name says it ("Suwarni"; a husband's "Samsul Hidayat" on a P-IRT).
  const womanA = (a.ownerGender ?? genderOfName(a.ownerSound)) === 'P';
  if (!womanA || (b.ownerGender ?? genderOfName(b.ownerSound)) !== 'P') return false;
  // Born a generation apart, they are mother and daughter however alike their names ("Sri Utami Rahayu" and
  // "Sri Utami Rahayu Fitriani"); otherwise a name written whole and short may be one woman.
  if (a.ownerBorn && b.ownerBorn && Math.abs(a.ownerBorn - b.ownerBorn) >= GENERATION) return true;
  const [x, y] = [a.ownerSound.split(' '), b.ownerSound.split(' ')];
  return !x.every((k) => y.includes(k)) && !y.every((k) => x.includes(k));
}

/** Business records, their blocking index and value frequencies; owners are read from the person store. */
export class BusinessStore {
  readonly records: PreparedBusiness[] = [];
  readonly stats: BusinessStats;
  private readonly index: BlockIndex;
  private readonly slots = new Map<number, number[]>();
  /** Registry records loaded when only part of the registry is (addRegistered). */
  private readonly registered = new Set<number>();

  /**
   * `settled`: every record to be matched is loaded first (a full re-linkage, with its view of owners).
   * `blocks`: only part of the registry is loaded (see PersonStore).
   */
  constructor(
    private readonly persons: PersonStore,
    private readonly owners: OwnerView = STREAMING,
    settled = false,
    blocks: Map<number, number> | null = null,
  ) {
    this.stats = new BusinessStats(settled ? 2 : 1);
    this.index = new BlockIndex(BUSINESS_BLOCK_CAP, blocks);
  }

  /** `owner`: the owner's name and household when she is not stored yet (a row's person still undecided). */
  prepare(r: BusinessQuery, owner?: Owner): PreparedBusiness {
    const known = owner ?? {
      name: this.persons.name(r.ownerId),
      household: this.persons.household(r.ownerId),
      gender: this.persons.gender(r.ownerId),
      born: this.persons.born(r.ownerId),
    };
    return prepareBusiness(r, this.owners.ownerOf(r.ownerId), known);
  }

  /** The owner a business is recorded with (as this store sees owners). */
  ownerOf(id: number): number | undefined {
    const slot = this.slots.get(id)?.[0];
    return slot === undefined ? undefined : this.records[slot]?.ownerId;
  }

  add(r: BusinessRecord): PreparedBusiness {
    return this.put(this.prepare(r), true);
  }

  /** A record prepared for `matchPrepared` already: an import row's business. */
  addPrepared(b: PreparedBusiness): void {
    this.put(b, true);
  }

  /** A registry record when only part is loaded, prepared with its owner (index-entries.ts). */
  addRegistered(b: PreparedBusiness): void {
    if (this.slots.has(b.id)) return;
    this.registered.add(b.id);
    this.put(b, false);
  }

  /**
   * The people's frequency terms every loaded record asks about: home industries work at home, so a
   * business's kelurahan and street are weighed by the people's tables.
   */
  placeTerms(): string[] {
    const out: string[] = [];
    for (const b of this.records) this.persons.stats.placeTerms(b.kel, b.address, out);
    return out;
  }

  private put(b: PreparedBusiness, counted: boolean): PreparedBusiness {
    this.index.add(this.records.length, businessKeys(b), counted);
    this.records.push(b);
    const slots = this.slots.get(b.id);
    // Frequencies count businesses, not rows.
    if (!slots && counted) this.stats.add(b);
    if (!slots) this.slots.set(b.id, [this.records.length - 1]);
    else {
      slots.push(this.records.length - 1);
      this.shareFiles(slots);
    }
    return b;
  }

  /**
   * The files a business is listed in are the record's, whichever of its rows came from them: a row of
   * a file that already lists the record under another name meets every version of it with that file.
   */
  private shareFiles(slots: readonly number[]) {
    const versions = slots.map((s) => this.records[s] as PreparedBusiness);
    const files = [...new Set(versions.flatMap((v) => v.files ?? []))];
    if (files.length === 0) return;
    for (const v of versions) if (v.files?.length !== files.length) v.files = files;
  }

  /** Matches a stored record against those added before it (a full re-linkage). */
  matchSlot(slot: number, floor: number, skip: (id: number) => boolean): Match[] {
    return this.matchPrepared(this.records[slot] as PreparedBusiness, floor, skip, [], slot);
  }

  /**
   * Best match per id at or above `floor`. `reviewOwners` are people the row's owner may be (in review):
   * their businesses are candidates too, with an owner that counts as possibly the same.
   */
  matchPrepared(
    b: PreparedBusiness,
    floor: number,
    skip: (id: number) => boolean,
    reviewOwners: readonly number[],
    below?: number,
  ): Match[] {
    const review = new Set(reviewOwners.map(this.owners.ownerOf));
    // The owner's key comes first; a business asked about before its owner has an id (linker.ts NO_OWNER)
    // meets no owner's businesses but those of `reviewOwners`.
    const own = businessKeys(b);
    const keys = [...(b.ownerId < 0 ? own.slice(1) : own), ...[...review].map(ownerKey)];
    const best = new Map<number, Match>();
    const ctx = this.context(b);
    const visit = (slot: number) => {
      const other = this.records[slot] as PreparedBusiness;
      if (skip(other.id)) return;
      const evidence = scoreBusinesses(b, other, this.relation(b, other, review), ctx, floor);
      if (!evidence) return;
      const score = total(evidence);
      if (score >= floor) bestPerId(best, other.id, score, evidence);
    };
    this.index.candidates(keys, visit, below);
    return byScore(best.values());
  }

  /** The NIB a business is recorded with, if any. */
  nib(id: number): string | null {
    const slot = this.slots.get(id)?.find((s) => this.records[s]?.nib);
    return slot === undefined ? null : (this.records[slot]?.nib ?? null);
  }

  /** Business b as a match of business a: the evidence of their best-scoring records. */
  pair(a: number, b: number): Match | null {
    const [sa, sb] = [this.slots.get(a), this.slots.get(b)];
    if (!sa || !sb) return null;
    let best: Match = { id: b, score: Number.NEGATIVE_INFINITY, evidence: [] };
    for (const x of sa) {
      const bx = this.records[x] as PreparedBusiness;
      const ctx = this.context(bx);
      for (const y of sb) {
        const by = this.records[y] as PreparedBusiness;
        const evidence = scoreBusinesses(bx, by, this.relation(bx, by, NO_REVIEW), ctx) ?? [];
        const score = total(evidence);
        if (score > best.score) best = { id: b, score, evidence };
      }
    }
    return best;
  }

  /**
   * The one other business of b's owner, when she has exactly one besides b (business-score.ts
   * ONLY_BUSINESS). When only part of the registry is loaded, her registry businesses are counted from the
   * index, and a count not read throws, as any question about what is not loaded.
   */
  private onlyOther(
    b: PreparedBusiness,
  ): Pick<BusinessQueryContext, 'onlyOther' | 'onlyOtherNamed' | 'onlyAlike'> {
    if (b.ownerId < 0) return {};
    const key = ownerKey(b.ownerId);
    const registered = this.index.registered(key);
    if (registered === null) throw new Error('linkage: blocking key not loaded');
    let others = registered - (this.registered.has(b.id) ? 1 : 0);
    // Her other businesses, each with its loaded versions.
    const hers = new Map<number, PreparedBusiness[]>();
    for (const slot of this.index.slots(key)) {
      const r = this.records[slot] as PreparedBusiness;
      if (r.ownerId !== b.ownerId || r.id === b.id) continue;
      const versions = hers.get(r.id);
      if (versions) versions.push(r);
      else {
        hers.set(r.id, [r]);
        if (!this.registered.has(r.id)) others++;
      }
    }
    const [first] = hers;
    if (hers.size === 1 && others === 1 && first) {
      const [id, versions] = first;
      return { onlyOther: id, onlyOtherNamed: versions.some((r) => !unnamed(r)) };
    }
    // Several, all loaded: a row naming no business is the one of them that makes what it makes.
    if (hers.size < 2 || others !== hers.size || !unnamed(b)) return {};
    const alike = [...hers].filter(([, versions]) => versions.some((r) => makesAlike(compareTheme(b, r))));
    const [one] = alike;
    return alike.length === 1 && one ? { onlyOther: one[0], onlyOtherNamed: false, onlyAlike: true } : {};
  }

  private context(b: PreparedBusiness): BusinessQueryContext {
    return {
      ...this.onlyOther(b),
      stats: this.stats,
      kelSame: kelurahanAgreement(b.kel ? this.persons.stats.kelU(b.kel) : 1, KELURAHAN_MAX),
      streets: this.persons.stats.streets,
    };
  }

  private relation(a: PreparedBusiness, b: PreparedBusiness, review: Set<number>): OwnerRelation {
    if (a.ownerId === b.ownerId) return 'same';
    if (review.has(b.ownerId) || this.owners.inReview(a.ownerId, b.ownerId)) return 'review';
    for (const key of a.household)
      if (b.household.includes(key)) return housemates(a, b) ? 'housemate' : 'household';
    return 'other';
  }
}
