/** A small seeded PRNG (sfc32): the demo data must be identical on every machine and every run. */
export type Random = {
  next: () => number;
  int: (min: number, max: number) => number;
  chance: (p: number) => boolean;
  pick: <T>(list: readonly T[]) => T;
  weighted: <T>(entries: readonly (readonly [T, number])[]) => T;
  normal: (mean: number, sd: number) => number;
};

export function createRandom(seed: number): Random {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // Discard the first outputs: sfc32 needs a few rounds to mix a small seed.
  for (let i = 0; i < 15; i++) next();
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    weighted: (entries) => pickWeighted(entries, next()),
    normal: (mean, sd) => mean + sd * Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
  };
}

function pickWeighted<T>(entries: readonly (readonly [T, number])[], u: number): T {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let left = u * total;
  for (const [value, w] of entries) {
    left -= w;
    if (left < 0) return value;
  }
  const last = entries[entries.length - 1];
  if (!last) throw new RangeError('weighted: daftar pilihan kosong');
  return last[0];
}

/** Splits total into integer parts proportional to weights (largest remainder), summing exactly to total. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  const order = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((p, q) => q[0] - p[0] || p[1] - q[1]);
  let left = total - parts.reduce((s, n) => s + n, 0);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
  }
  return parts;
}

/** Marks exactly `count` of the items, each drawn with probability growing with its weight (Efraimidis–Spirakis). */
export function chooseExactly(count: number, weights: readonly number[], rnd: Random): boolean[] {
  const keys = weights.map((w, i) => [Math.log(1 - rnd.next()) / w, i] as const);
  keys.sort((p, q) => q[0] - p[0] || p[1] - q[1]);
  const chosen = weights.map(() => false);
  for (const [, i] of keys.slice(0, count)) chosen[i] = true;
  return chosen;
}
