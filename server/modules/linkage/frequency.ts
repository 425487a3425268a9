// Pseudo-records of prior belief: a small registry leans on the prior, a large one on its own counts.
const PRIOR_WEIGHT = 2000;
// Within one kelurahan the city-wide share is the prior, worth this many records.
const LOCAL_PRIOR_WEIGHT = 50;
// Separates a term's table, value and kelurahan (none of them contains it).
const SEP = '\u0001';

/** A record's value for one table: one, several distinct (the words of a name) or none. */
export type Values = string | readonly string[] | null;

/**
 * Counts of values among the records loaded so far, city-wide and per kelurahan, giving u-probabilities
 * that follow real frequencies: "Siti Aminah" is common, and commoner still in some kelurahan; a business
 * named after its kelurahan ("Keripik Pandanwangi") shares that word with its neighbours.
 */
export class FrequencyTable {
  private readonly city = new Map<string, number>();
  /** Seeded from the registry's stored counts (a small import): every value asked for must have been seeded. */
  private seeded = false;
  // Per kelurahan: its record count and its own value counts (nested, so no key strings are built).
  private readonly kelRecords = new Map<string, number>();
  private readonly local = new Map<string, Map<string, number>>();
  private n = 0;

  /**
   * `exclude`: how many of the two compared records are counted already (1 while importing, 2 in a full
   * re-linkage). u is the chance that another record has the value, so they are taken off the counts.
   */
  constructor(
    private readonly exclude: 1 | 2 = 1,
    /** Names the table in stored terms (linkage index). */
    readonly tag = '',
  ) {}

  /**
   * The terms one record adds (as `add` counts them): the value city-wide, and with its kelurahan. Stored
   * per record in the linkage index, so their counts over the registry can be read back (`seed`).
   */
  terms(values: Values, kel: string | null, out: string[]): void {
    if (typeof values === 'string') values = [values];
    for (const v of values ?? []) {
      out.push(`${this.tag}${SEP}${v}`);
      if (kel !== null) out.push(`${this.tag}${SEP}${v}${SEP}${kel}`);
    }
  }

  /**
   * Starts from the registry's counts instead of its records: `n` records, `kelRecords` per kelurahan, and
   * the count of each term the import can ask for (zero included). Asking for a value not seeded throws.
   */
  seed(n: number, kelRecords: ReadonlyMap<string, number>, counts: ReadonlyMap<string, number>): void {
    this.seeded = true;
    this.n = n;
    for (const [kel, k] of kelRecords) this.kelRecords.set(kel, k);
    const prefix = `${this.tag}${SEP}`;
    for (const [term, k] of counts) {
      if (!term.startsWith(prefix)) continue;
      const [value = '', kel] = term.slice(prefix.length).split(SEP);
      (kel === undefined ? this.city : this.localMap(kel)).set(value, k);
    }
  }

  /** One record with its value (or distinct values: the words of a name) in kelurahan `kel`. */
  add(values: Values, kel: string | null): void {
    this.n++;
    const counts = kel === null ? null : this.localCounts(kel);
    if (typeof values === 'string') values = [values];
    for (const v of values ?? []) {
      if (this.seeded && (!this.city.has(v) || (counts && !counts.has(v))))
        throw new Error(`linkage: frequency ${this.tag} not seeded`);
      bump(this.city, v);
      if (counts) bump(counts, v);
    }
  }

  count(value: string): number {
    const n = this.city.get(value);
    if (n === undefined && this.seeded) throw new Error(`linkage: frequency ${this.tag} not seeded`);
    return n ?? 0;
  }

  /**
   * Chance that a random record has this value, shrunk towards `prior` while the registry is small;
   * with `kel`, the chance among the records of that kelurahan (for pairs that agree on it).
   */
  u(value: string, prior: number, kel: string | null = null): number {
    const others = Math.max(0, this.count(value) - this.exclude);
    const city = (others + PRIOR_WEIGHT * prior) / (this.n + PRIOR_WEIGHT);
    if (kel === null) return city;
    const here = this.local.get(kel)?.get(value);
    if (here === undefined && this.seeded) throw new Error(`linkage: frequency ${this.tag} not seeded`);
    const local = Math.max(0, (here ?? 0) - this.exclude);
    const records = this.kelRecords.get(kel) ?? 0;
    return (local + LOCAL_PRIOR_WEIGHT * city) / (records + LOCAL_PRIOR_WEIGHT);
  }

  private localCounts(kel: string): Map<string, number> {
    bump(this.kelRecords, kel);
    return this.localMap(kel);
  }

  private localMap(kel: string): Map<string, number> {
    const counts = this.local.get(kel);
    if (counts) return counts;
    const fresh = new Map<string, number>();
    this.local.set(kel, fresh);
    return fresh;
  }
}

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** log2(m/u) clamped to [lo, hi]: the Fellegi–Sunter weight of one comparison outcome. */
export function weight(m: number, u: number, lo: number, hi: number): number {
  const w = Math.log2(m / u);
  return Math.round(Math.min(hi, Math.max(lo, w)) * 100) / 100;
}
