import { describe, expect, it } from 'vitest';
import { pairScore, type SourceRow, scoreLinkage, scoreReviews } from './score.ts';
import type { TruthRow } from './types.ts';

const F = 'kel.xlsx';
const t = (
  sheetRow: number,
  personKey: string,
  businessKey: string,
  expected: TruthRow['expected'] = 'ok',
): TruthRow => ({
  file: F,
  sheetRow,
  personKey,
  businessKey,
  expected,
});
const r = (
  sheetRow: number,
  status: SourceRow['status'],
  personId = '',
  businessId = '',
  reason = '',
): SourceRow => ({
  file: F,
  sheetRow,
  status,
  reason,
  personId,
  businessId,
});

// Siti (P1) runs two businesses; another Siti Aminah (P2) owns B3, whose P-IRT names her husband (P3).
const truth = [
  t(1, '', '', 'skip'),
  t(2, 'P1', 'B1'),
  t(3, 'P1', 'B1'),
  t(4, 'P1', 'B2'),
  t(5, 'P2', 'B3'),
  t(6, 'P3', 'B3'),
  t(7, 'P2', 'B3', 'rejected'),
  t(8, '', '', 'skip'),
];
const persons = [
  { personKey: 'P1', nameKey: 'siti aminah', household: 'h1' },
  { personKey: 'P2', nameKey: 'siti aminah', household: 'h2' },
  { personKey: 'P3', nameKey: 'agus', household: 'h2' },
];

describe('pairScore', () => {
  it('counts pairs from cluster sizes', () => {
    const s = pairScore([
      { truth: 'a', predicted: 'x' },
      { truth: 'a', predicted: 'x' },
      { truth: 'a', predicted: 'y' },
      { truth: 'b', predicted: 'y' },
    ]);
    expect(s).toMatchObject({ truePairs: 3, predictedPairs: 2, correctPairs: 1, precision: 0.5 });
    expect(s.recall).toBeCloseTo(1 / 3);
    expect(s.f1).toBeCloseTo(0.4);
  });

  it('scores an empty or all-singleton run as perfect', () => {
    expect(pairScore([{ truth: 'a', predicted: 'x' }])).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });
});

describe('scoreLinkage', () => {
  const rows = [
    r(2, 'ok', 'p1', 'b1'),
    r(3, 'warning', 'p1', 'b1'),
    r(4, 'ok', 'p1', 'b1'),
    r(5, 'ok', 'p1', 'b3'),
    r(6, 'ok', 'p3', 'b3'),
    r(7, 'rejected', '', '', 'NIK harus 16 digit'),
    r(8, 'ok', 'p9', 'b9'),
    r(99, 'ok', 'p8', 'b8'),
  ];
  const score = scoreLinkage(truth, rows, persons);

  it('computes pairwise precision, recall and F1 for persons and businesses', () => {
    expect(score.persons).toMatchObject({
      truePairs: 3,
      predictedPairs: 6,
      correctPairs: 3,
      precision: 0.5,
      recall: 1,
    });
    expect(score.persons.f1).toBeCloseTo(2 / 3);
    expect(score.businesses).toMatchObject({
      truePairs: 2,
      predictedPairs: 4,
      correctPairs: 2,
      precision: 0.5,
      recall: 1,
    });
  });

  it('counts row outcomes', () => {
    expect(score.rows).toEqual({
      expectedOk: 5,
      expectedRejected: 1,
      expectedSkip: 2,
      validDropped: 0,
      badAccepted: 0,
      badRejectedWithoutReason: 0,
      structuralImported: 1,
      unknownRows: 1,
      linked: 5,
    });
  });

  it("counts one owner's businesses merged and look-alikes merged", () => {
    expect(score.ownerBusinesses).toEqual({ pairs: 1, merged: 1 });
    expect(score.lookalikes).toEqual({ sameNamePairsMerged: 1, householdPairsMerged: 0 });
    expect(score.failures).toHaveLength(5);
  });

  it('counts dropped valid rows, accepted bad rows, rejections without a reason and spouses merged', () => {
    const s = scoreLinkage(
      truth,
      [r(2, 'rejected', '', '', 'x'), r(5, 'ok', 'p2', 'b3'), r(6, 'ok', 'p2', 'b3'), r(7, 'ok', 'p2', 'b3')],
      persons,
    );
    expect(s.rows).toMatchObject({ validDropped: 3, badAccepted: 1, linked: 2, structuralImported: 0 });
    expect(s.lookalikes).toEqual({ sameNamePairsMerged: 0, householdPairsMerged: 1 });
    const noReason = scoreLinkage(truth, [r(7, 'rejected')]);
    expect(noReason.rows.badRejectedWithoutReason).toBe(1);
    expect(noReason.lookalikes).toBeNull();
  });
});

describe('scoreReviews', () => {
  it('counts the review pairs whose records hold rows of one true person or business', () => {
    const rows = [
      r(2, 'ok', '1', '10'),
      r(3, 'ok', '1', '11'),
      r(4, 'ok', '2', '12'),
      r(5, 'ok', '3', '13'),
      r(6, 'ok', '4', '14'),
    ];
    const s = scoreReviews(truth, rows, [
      // Records 1 and 2 are both Siti P1 (rows 2–4): truly one. Records 1 and 3 are two Siti Aminah.
      { kind: 'person', a: '1', b: '2' },
      { kind: 'person', a: '1', b: '3' },
      // Businesses 10 and 11 are both B1; 12 is her other business B2; 99 is in no exported row.
      { kind: 'business', a: '10', b: '11' },
      { kind: 'business', a: '10', b: '12' },
      { kind: 'business', a: '13', b: '99' },
    ]);
    expect(s.persons).toEqual({ pairs: 2, same: 1, unknown: 0 });
    expect(s.businesses).toEqual({ pairs: 3, same: 1, unknown: 1 });
  });
});
