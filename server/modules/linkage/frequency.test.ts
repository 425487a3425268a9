import { describe, expect, it } from 'vitest';
import { FrequencyTable, weight } from './frequency.ts';

describe('FrequencyTable', () => {
  it('leans on the prior while small and on counts when large', () => {
    const t = new FrequencyTable();
    t.add(['siti aminah'], '35.73.05.1003');
    expect(t.u('siti aminah', 0.001)).toBeCloseTo(0.001, 3);
    for (let i = 0; i < 20_000; i++) t.add([i % 100 === 0 ? 'siti aminah' : `name ${i}`], null);
    expect(t.u('siti aminah', 0.001)).toBeCloseTo(0.01, 2);
  });

  it('does not count the records being compared', () => {
    const t = new FrequencyTable(1);
    t.add(['rare'], null);
    expect(t.u('rare', 0)).toBe(0);
  });

  it('gives the share within a kelurahan when asked', () => {
    const t = new FrequencyTable();
    for (let i = 0; i < 1000; i++) t.add([i < 100 ? 'common here' : `x${i}`], i < 200 ? 'A' : 'B');
    expect(t.u('common here', 0.001, 'A')).toBeGreaterThan(t.u('common here', 0.001));
  });
});

describe('weight', () => {
  it('is log2(m/u), clamped and rounded', () => {
    expect(weight(0.5, 0.125, -10, 10)).toBe(2);
    expect(weight(0.9, 1e-9, -10, 12)).toBe(12);
    expect(weight(0.01, 1, -5, 10)).toBe(-5);
  });
});
