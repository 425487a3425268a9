/** Pairwise precision, recall and F1 of a clustering, from cluster contingency counts (no pair enumeration). */
export type PairScores = {
  precision: number;
  recall: number;
  f1: number;
  truePairs: number;
  predictedPairs: number;
};

const pairs = (n: number): number => (n * (n - 1)) / 2;

function tally<K>(keys: Iterable<K>): Map<K, number> {
  const out = new Map<K, number>();
  for (const k of keys) out.set(k, (out.get(k) ?? 0) + 1);
  return out;
}

/** `truth[i]` and `predicted[i]` are the true and the assigned cluster of item i. */
export function pairScores(truth: readonly string[], predicted: readonly (string | number)[]): PairScores {
  const both = tally(truth.map((t, i) => `${t}\u0000${predicted[i]}`));
  const sum = (m: Map<unknown, number>) => [...m.values()].reduce((s, n) => s + pairs(n), 0);
  const tp = sum(both);
  const truePairs = sum(tally(truth));
  const predictedPairs = sum(tally(predicted));
  const precision = predictedPairs === 0 ? 1 : tp / predictedPairs;
  const recall = truePairs === 0 ? 1 : tp / truePairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePairs, predictedPairs };
}

export const fmt = (s: PairScores): string =>
  `P ${s.precision.toFixed(4)}  R ${s.recall.toFixed(4)}  F1 ${s.f1.toFixed(4)}  (true pairs ${s.truePairs}, predicted ${s.predictedPairs})`;

/** Clusters of a union of merge pairs: the representative of each id. */
export function clustersOf(
  ids: readonly number[],
  merges: readonly { a: number; b: number }[],
): Map<number, number> {
  const parent = new Map<number, number>(ids.map((id) => [id, id]));
  const find = (x: number): number => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) as number;
    parent.set(x, r);
    return r;
  };
  for (const { a, b } of merges) parent.set(find(a), find(b));
  return new Map(ids.map((id) => [id, find(id)]));
}
