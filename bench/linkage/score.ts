import type { TruthRow } from './types.ts';

/** One line of `pilar export source-rows`: what the import did with a spreadsheet row. */
export type SourceRow = {
  file: string;
  sheetRow: number;
  status: 'ok' | 'warning' | 'rejected';
  reason: string;
  personId: string;
  businessId: string;
};

/** Optional facts about true persons, for the look-alike counts (persons.csv of make-files). */
export type PersonInfo = { personKey: string; nameKey: string; household: string };

export type PairScore = {
  truePairs: number;
  predictedPairs: number;
  correctPairs: number;
  precision: number;
  recall: number;
  f1: number;
};

export type RowOutcomes = {
  expectedOk: number;
  expectedRejected: number;
  expectedSkip: number;
  /** Expected ok but rejected by the import or missing from the export. */
  validDropped: number;
  badAccepted: number;
  badRejectedWithoutReason: number;
  structuralImported: number;
  /** Export lines that name a row the truth does not know. */
  unknownRows: number;
  /** Rows expected ok and accepted with both ids: the rows the pairwise scores are computed over. */
  linked: number;
};

export type Score = {
  persons: PairScore;
  businesses: PairScore;
  rows: RowOutcomes;
  /** Pairs of one person's distinct true businesses, and how many of them share one predicted business id. */
  ownerBusinesses: { pairs: number; merged: number };
  /** Different true persons with the same normalised name / in the same household given one predicted id. */
  lookalikes: { sameNamePairsMerged: number; householdPairsMerged: number } | null;
  failures: string[];
};

const pairs = (n: number) => (n * (n - 1)) / 2;
const rowKey = (file: string, sheetRow: number) => `${file}\u0000${sheetRow}`;
const accepted = (r: SourceRow | undefined) => r !== undefined && r.status !== 'rejected';

function bump<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Pairwise precision/recall/F1 from contingency counts: sum of C(n,2) over clusters and their intersections. */
export function pairScore(items: readonly { truth: string; predicted: string }[]): PairScore {
  const byTruth = new Map<string, number>();
  const byPredicted = new Map<string, number>();
  const byBoth = new Map<string, number>();
  for (const { truth, predicted } of items) {
    bump(byTruth, truth);
    bump(byPredicted, predicted);
    bump(byBoth, `${truth}\u0000${predicted}`);
  }
  const sum = (m: Map<string, number>) => [...m.values()].reduce((s, n) => s + pairs(n), 0);
  const truePairs = sum(byTruth);
  const predictedPairs = sum(byPredicted);
  const correctPairs = sum(byBoth);
  const precision = predictedPairs === 0 ? 1 : correctPairs / predictedPairs;
  const recall = truePairs === 0 ? 1 : correctPairs / truePairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePairs, predictedPairs, correctPairs, precision, recall, f1 };
}

function rowOutcomes(
  truth: readonly TruthRow[],
  found: Map<string, SourceRow>,
  rows: readonly SourceRow[],
): RowOutcomes {
  const known = new Set(truth.map((t) => rowKey(t.file, t.sheetRow)));
  const out: RowOutcomes = {
    expectedOk: 0,
    expectedRejected: 0,
    expectedSkip: 0,
    validDropped: 0,
    badAccepted: 0,
    badRejectedWithoutReason: 0,
    structuralImported: 0,
    unknownRows: rows.filter((r) => !known.has(rowKey(r.file, r.sheetRow))).length,
    linked: 0,
  };
  for (const t of truth) {
    const got = found.get(rowKey(t.file, t.sheetRow));
    if (t.expected === 'ok') {
      out.expectedOk++;
      if (!accepted(got)) out.validDropped++;
      else if (got?.personId && got.businessId) out.linked++;
    } else if (t.expected === 'rejected') {
      out.expectedRejected++;
      if (accepted(got)) out.badAccepted++;
      else if (got && got.reason.trim() === '') out.badRejectedWithoutReason++;
    } else {
      out.expectedSkip++;
      if (accepted(got)) out.structuralImported++;
    }
  }
  return out;
}

type Linked = { truth: TruthRow; row: SourceRow };

/** Distinct true keys inside each predicted cluster, grouped by `groupOf`: pairs that should have stayed apart. */
function mergedPairs(
  linked: readonly Linked[],
  predicted: (l: Linked) => string,
  key: (l: Linked) => string,
  groupOf: (key: string) => string | undefined,
) {
  const seen = new Set<string>();
  const counts = new Map<string, number>();
  for (const l of linked) {
    const k = key(l);
    const group = groupOf(k);
    const id = `${predicted(l)}\u0000${k}`;
    if (group === undefined || seen.has(id)) continue;
    seen.add(id);
    bump(counts, `${predicted(l)}\u0000${group}`);
  }
  return [...counts.values()].reduce((s, n) => s + pairs(n), 0);
}

function ownerBusinesses(linked: readonly Linked[]) {
  const perPerson = new Map<string, Set<string>>();
  for (const { truth } of linked) {
    perPerson.set(truth.personKey, (perPerson.get(truth.personKey) ?? new Set()).add(truth.businessKey));
  }
  const total = [...perPerson.values()].reduce((s, set) => s + pairs(set.size), 0);
  // Per person: distinct true businesses of hers that ended up under one predicted business id.
  const merged = mergedPairs(
    linked,
    (l) => `${l.row.businessId}\u0000${l.truth.personKey}`,
    (l) => l.truth.businessKey,
    () => '',
  );
  return { pairs: total, merged };
}

function failures(s: Omit<Score, 'failures'>): string[] {
  const out: string[] = [];
  if (s.persons.f1 < 0.98) out.push(`person F1 ${s.persons.f1.toFixed(4)} < 0.98`);
  if (s.persons.precision < 0.99) out.push(`person precision ${s.persons.precision.toFixed(4)} < 0.99`);
  if (s.businesses.f1 < 0.98) out.push(`business F1 ${s.businesses.f1.toFixed(4)} < 0.98`);
  if (s.ownerBusinesses.merged > 0)
    out.push(`${s.ownerBusinesses.merged} pairs of one owner's businesses merged`);
  if (s.rows.validDropped > 0) out.push(`${s.rows.validDropped} valid rows dropped`);
  if (s.rows.badAccepted > 0) out.push(`${s.rows.badAccepted} bad rows accepted`);
  if (s.rows.badRejectedWithoutReason > 0)
    out.push(`${s.rows.badRejectedWithoutReason} bad rows rejected without a reason`);
  if (s.rows.structuralImported > 0)
    out.push(`${s.rows.structuralImported} title/section/total/signature rows imported`);
  return out;
}

const foundRows = (rows: readonly SourceRow[]) => new Map(rows.map((r) => [rowKey(r.file, r.sheetRow), r]));

/** Valid rows the import accepted and linked to a person and a business, each with its truth. */
function linkedRows(truth: readonly TruthRow[], found: ReadonlyMap<string, SourceRow>): Linked[] {
  return truth.flatMap((t) => {
    const row = found.get(rowKey(t.file, t.sheetRow));
    return t.expected === 'ok' && accepted(row) && row?.personId && row.businessId ? [{ truth: t, row }] : [];
  });
}

/** Scores an import + linkage run (the source-rows export) against the generator's truth. */
export function scoreLinkage(
  truth: readonly TruthRow[],
  rows: readonly SourceRow[],
  persons?: readonly PersonInfo[],
): Score {
  const found = foundRows(rows);
  const linked = linkedRows(truth, found);
  const info = persons ? new Map(persons.map((p) => [p.personKey, p])) : null;
  const personKey = (l: Linked) => l.truth.personKey;
  const personId = (l: Linked) => l.row.personId;
  const base = {
    persons: pairScore(linked.map((l) => ({ truth: l.truth.personKey, predicted: l.row.personId }))),
    businesses: pairScore(linked.map((l) => ({ truth: l.truth.businessKey, predicted: l.row.businessId }))),
    rows: rowOutcomes(truth, found, rows),
    ownerBusinesses: ownerBusinesses(linked),
    lookalikes: info && {
      sameNamePairsMerged: mergedPairs(linked, personId, personKey, (k) => info.get(k)?.nameKey),
      householdPairsMerged: mergedPairs(linked, personId, personKey, (k) => info.get(k)?.household),
    },
  };
  return { ...base, failures: failures(base) };
}

/** A pair the import put in the review queue, by the ids of its two records. */
export type ReviewPair = { kind: 'person' | 'business'; a: string; b: string };
/** Review-queue pairs of one kind, how many of them are truly one, and how many name records the export lacks. */
export type ReviewScore = { pairs: number; same: number; unknown: number };

/**
 * The operator's work the linkage left: each open review pair is truly one when the two records hold rows
 * of a common true person (business). A good middle zone is mixed; one of all-same pairs could link more.
 */
export function scoreReviews(
  truth: readonly TruthRow[],
  rows: readonly SourceRow[],
  reviews: readonly ReviewPair[],
): { persons: ReviewScore; businesses: ReviewScore } {
  const keys = { person: new Map<string, Set<string>>(), business: new Map<string, Set<string>>() };
  const add = (m: Map<string, Set<string>>, id: string, key: string) =>
    m.set(id, (m.get(id) ?? new Set<string>()).add(key));
  for (const { truth: t, row } of linkedRows(truth, foundRows(rows))) {
    add(keys.person, row.personId, t.personKey);
    add(keys.business, row.businessId, t.businessKey);
  }
  const score = (kind: ReviewPair['kind']): ReviewScore => {
    const out = { pairs: 0, same: 0, unknown: 0 };
    for (const r of reviews) {
      if (r.kind !== kind) continue;
      out.pairs++;
      const [a, b] = [keys[kind].get(r.a), keys[kind].get(r.b)];
      if (!a || !b) out.unknown++;
      else if ([...a].some((k) => b.has(k))) out.same++;
    }
    return out;
  };
  return { persons: score('person'), businesses: score('business') };
}
