// Pseudo-records of prior belief: a small registry leans on the prior, a large one on its own counts.
const PRIOR_WEIGHT = 2000;

/** Counts of values among the records loaded so far, giving u-probabilities that follow real frequencies. */
export class FrequencyTable {
  private readonly counts = new Map<string, number>();
  private n = 0;

  add(key: string | null): void {
    this.n++;
    if (key !== null) this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  count(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  get total(): number {
    return this.n;
  }

  /** Chance that a random record has this value, shrunk towards `prior` while the registry is small. */
  u(key: string, prior: number): number {
    return (this.count(key) + PRIOR_WEIGHT * prior) / (this.n + PRIOR_WEIGHT);
  }
}

/** log2(m/u) clamped to [lo, hi]: the Fellegi–Sunter weight of one comparison outcome. */
export function weight(m: number, u: number, lo: number, hi: number): number {
  const w = Math.log2(m / u);
  return Math.round(Math.min(hi, Math.max(lo, w)) * 100) / 100;
}
