import { FrequencyTable } from './frequency.ts';
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
  /** Streets (normalised, without number) per kelurahan. */
  readonly streets: FrequencyTable;
  readonly birth: FrequencyTable;

  /** `exclude`: 2 when the records being matched are loaded too (a full re-linkage), else 1. */
  constructor(exclude: 1 | 2 = 1) {
    this.words = new FrequencyTable(exclude);
    this.names = new FrequencyTable(exclude);
    this.kel = new FrequencyTable(exclude);
    this.streets = new FrequencyTable(exclude);
    this.birth = new FrequencyTable(exclude);
  }

  add(p: PreparedPerson): void {
    this.words.add(p.name.phon, p.kel);
    this.names.add(p.name.key || null, p.kel);
    this.kel.add(p.kel, null);
    this.streets.add(p.address.street, p.kel);
    this.birth.add(p.birth, null);
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
