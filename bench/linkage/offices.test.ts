import { describe, expect, it } from 'vitest';
import { noisier, PROFILES } from './offices.ts';

describe('noisier', () => {
  const base = PROFILES.diskopindag;

  it('multiplies the mistakes and the values left out, and leaves the rest', () => {
    const harsh = noisier(base, 2);
    expect(harsh.typo).toBeCloseTo(base.typo * 2);
    expect(harsh.streetVariant).toBeCloseTo(Math.min(1, base.streetVariant * 2));
    // NIK given on 35 % of rows: left out on 65 %, twice that is all of them.
    expect(harsh.nik).toBe(0);
    expect(harsh.phone).toBeCloseTo(1 - (1 - base.phone) * 2);
    expect(harsh.coverage).toBe(base.coverage);
    expect(harsh.turnoverStep).toBe(base.turnoverStep);
  });

  it('is the profile itself at 1', () => {
    expect(noisier(base, 1)).toBe(base);
  });
});
