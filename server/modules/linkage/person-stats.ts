import type { Address } from './address.ts';
import { FrequencyTable, type Values } from './frequency.ts';
import type { PreparedName, PreparedPerson } from './person-record.ts';

// Share of people carrying each very common name word (phonetic form): the prior while the registry is small.
const COMMON_WORDS: Record<string, number> = {
  siti: 0.12,
  sri: 0.06,
  nur: 0.05,
  muhamat: 0.04,
  tri: 0.03,
  rahayu: 0.02,
  dewi: 0.02,
  dwi: 0.02,
  agus: 0.02,
  ahmat: 0.02,
  abdul: 0.02,
  lestari: 0.015,
  wahyuni: 0.015,
  ningsih: 0.015,
  endang: 0.015,
};
const RARE_WORD = 0.003;
const KELURAHAN_COUNT = 57;
const BIRTH_DAYS = 365 * 50;

/**
 * Value frequencies of the person records loaded so far: agreement on common values weighs less. Name
 * chances take `kel` when both records are in that kelurahan: namesakes cluster in some kelurahan.
 */
export class PersonStats {
  readonly words: FrequencyTable;
  readonly names: FrequencyTable;
  readonly kel: FrequencyTable;
  /** Streets (normalised, without number) and hamlets (dusun) per kelurahan. */
  readonly streets: FrequencyTable;
  readonly birth: FrequencyTable;

  /** `exclude`: 2 when the records being matched are loaded too (a full re-linkage), else 1. */
  constructor(exclude: 1 | 2 = 1) {
    this.words = new FrequencyTable(exclude, 'pw');
    this.names = new FrequencyTable(exclude, 'pn');
    this.kel = new FrequencyTable(exclude, 'pk');
    this.streets = new FrequencyTable(exclude, 'ps');
    this.birth = new FrequencyTable(exclude, 'pb');
  }

  /** What one person adds to each table. */
  private each(p: PreparedPerson, f: (table: FrequencyTable, values: Values, kel: string | null) => void) {
    f(this.words, p.name.phon, p.kel);
    f(this.names, p.name.key || null, p.kel);
    f(this.kel, p.kel, null);
    f(this.streets, placesOf(p.address), p.kel);
    f(this.birth, p.birth, null);
  }

  add(p: PreparedPerson): void {
    this.each(p, (table, values, kel) => table.add(values, kel));
  }

  /** The terms one person adds, as the linkage index stores them. */
  terms(p: PreparedPerson): string[] {
    const out: string[] = [];
    this.each(p, (table, values, kel) => table.terms(values, kel, out));
    return out;
  }

  /** The terms a business asks of the people's tables: its kelurahan, its street and its hamlet. */
  placeTerms(kel: string | null, address: Address, out: string[]): void {
    this.kel.terms(kel, null, out);
    this.streets.terms(placesOf(address), kel, out);
  }

  /** Counts from the registry (FrequencyTable.seed): `kelRecords` people per kelurahan, `n` in all. */
  seed(n: number, kelRecords: ReadonlyMap<string, number>, counts: ReadonlyMap<string, number>): void {
    const none = new Map<string, number>();
    for (const t of [this.words, this.names, this.streets]) t.seed(n, kelRecords, counts);
    for (const t of [this.kel, this.birth]) t.seed(n, none, counts);
  }

  /** Chance that a random person's name contains this word (phonetic form). */
  wordU(phon: string, kel: string | null): number {
    return this.words.u(phon, COMMON_WORDS[phon] ?? RARE_WORD, kel);
  }

  /** Chance that a random person has exactly this name; the prior treats its words as independent. */
  nameU(name: PreparedName, kel: string | null): number {
    return this.names.u(name.key, this.prior(name), kel);
  }

  kelU(kel: string): number {
    return this.kel.u(kel, 1 / KELURAHAN_COUNT);
  }

  birthU(date: string): number {
    return this.birth.u(date, 1 / BIRTH_DAYS);
  }

  private prior(name: PreparedName): number {
    return name.phon.reduce((u, w) => u * (COMMON_WORDS[w] ?? RARE_WORD), 1);
  }
}

/**
 * The street and the hamlet of an address, each weighed by how many people of the kelurahan share it: one
 * hamlet named on both sides is compared as a street (fields.ts compareStreet).
 */
function placesOf(a: Address): Values {
  if (!a.hamlet || a.hamlet === a.street) return a.street;
  return a.street ? [a.street, a.hamlet] : a.hamlet;
}
