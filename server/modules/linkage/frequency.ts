import { blockKey } from './blocking.ts';

// Pseudo-records of prior belief: a small registry leans on the prior, a large one on its own counts.
const PRIOR_WEIGHT = 2000;
// Within one kelurahan the city-wide share is the prior, worth this many records.
const LOCAL_PRIOR_WEIGHT = 50;

/**
 * Counts of values among the records loaded so far, city-wide and per kelurahan, giving u-probabilities
 * that follow real frequencies: "Siti Aminah" is common, and commoner still in some kelurahan; a business
 * named after its kelurahan ("Keripik Pandanwangi") shares that word with its neighbours.
 */
export class FrequencyTable {
  private readonly counts = new Map<number, number>();
  private n = 0;

  /** One record with its distinct values (none, one or several words) in kelurahan `kel`. */
  add(values: readonly string[], kel: string | null): void {
    this.n++;
    this.bump(blockKey('#', ''));
    if (kel !== null) this.bump(blockKey('#', kel));
    for (const v of values) {
      this.bump(blockKey('v', v));
      if (kel !== null) this.bump(blockKey('v', v, kel));
    }
  }

  count(value: string): number {
    return this.counts.get(blockKey('v', value)) ?? 0;
  }

  /**
   * Chance that a random record has this value, shrunk towards `prior` while the registry is small;
   * with `kel`, the chance among the records of that kelurahan (for pairs that agree on it).
   */
  u(value: string, prior: number, kel: string | null = null): number {
    const city = (this.count(value) + PRIOR_WEIGHT * prior) / (this.n + PRIOR_WEIGHT);
    if (kel === null) return city;
    const local = this.counts.get(blockKey('v', value, kel)) ?? 0;
    const records = this.counts.get(blockKey('#', kel)) ?? 0;
    return (local + LOCAL_PRIOR_WEIGHT * city) / (records + LOCAL_PRIOR_WEIGHT);
  }

  private bump(key: number): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
}

/** log2(m/u) clamped to [lo, hi]: the Fellegi–Sunter weight of one comparison outcome. */
export function weight(m: number, u: number, lo: number, hi: number): number {
  const w = Math.log2(m / u);
  return Math.round(Math.min(hi, Math.max(lo, w)) * 100) / 100;
}
