import { describe, expect, it } from 'vitest';
import { HIDDEN, suppressSmallCounts } from './suppress.ts';

describe('small-cell suppression', () => {
  it('hides counts below the threshold but shows zero and counts at the threshold', () => {
    const rows = [{ n: 0 }, { n: 1 }, { n: 4 }, { n: 5 }, { n: 120 }];
    expect(suppressSmallCounts(rows, ['n'], 5).map((r) => r.n)).toEqual([0, HIDDEN, HIDDEN, 5, 120]);
  });

  it('hides a second cell when a group holds only one hidden cell of a column', () => {
    const rows = [
      { kec: 'A', kel: 'A1', hi: 3, krtp: 1 },
      { kec: 'A', kel: 'A2', hi: 40, krtp: 20 },
      { kec: 'A', kel: 'A3', hi: 12, krtp: 7 },
      { kec: 'B', kel: 'B1', hi: 2, krtp: 2 },
      { kec: 'B', kel: 'B2', hi: 1, krtp: 0 },
      { kec: 'B', kel: 'B3', hi: 30, krtp: 9 },
    ];
    const out = suppressSmallCounts(rows, ['hi', 'krtp'], 5, (r) => r.kec);
    // A: hi 3 hidden alone → the next smallest (12) too; krtp 1 hidden alone → 7 too.
    expect(out.filter((r) => r.kec === 'A').map((r) => [r.hi, r.krtp])).toEqual([
      [HIDDEN, HIDDEN],
      [40, 20],
      [HIDDEN, HIDDEN],
    ]);
    // B: two hidden in hi already; krtp 2 hidden alone → 9 too (0 stays: it reveals nothing).
    expect(out.filter((r) => r.kec === 'B').map((r) => [r.hi, r.krtp])).toEqual([
      [HIDDEN, HIDDEN],
      [HIDDEN, 0],
      [30, HIDDEN],
    ]);
    // Whatever is hidden in a group can no longer be recovered from the group's total.
    for (const kec of ['A', 'B']) {
      for (const col of ['hi', 'krtp'] as const) {
        const hidden = out.filter((r) => r.kec === kec && r[col] === HIDDEN).length;
        expect(hidden === 0 || hidden >= 2).toBe(true);
      }
    }
    expect(rows[0]?.hi).toBe(3);
  });
});
