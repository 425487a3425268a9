import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SIZE_CLASS_LABELS, type SizeClass, type SizeThresholds, sizeClass } from './size-class.ts';

const MILIAR = 1_000_000_000;
// PP 7/2021 art. 35 values; in the app they come from configuration.
const PP_7_2021: SizeThresholds = {
  mikro: { capital: 1 * MILIAR, sales: 2 * MILIAR },
  kecil: { capital: 5 * MILIAR, sales: 15 * MILIAR },
  menengah: { capital: 10 * MILIAR, sales: 50 * MILIAR },
};
const RANK: Record<SizeClass, number> = { mikro: 0, kecil: 1, menengah: 2, besar: 3 };

describe('sizeClass', () => {
  it.each([
    [0, 'mikro'],
    [1 * MILIAR, 'mikro'],
    [1 * MILIAR + 1, 'kecil'],
    [5 * MILIAR, 'kecil'],
    [5 * MILIAR + 1, 'menengah'],
    [10 * MILIAR, 'menengah'],
    [10 * MILIAR + 1, 'besar'],
  ])('capital %i → %s (boundaries inclusive)', (capital, want) => {
    expect(sizeClass({ capital }, PP_7_2021)).toBe(want);
  });

  it('uses monthly turnover × 12 when capital is unknown', () => {
    expect(sizeClass({ monthlyTurnover: 15_000_000 }, PP_7_2021)).toBe('mikro');
    expect(sizeClass({ capital: null, monthlyTurnover: (2 * MILIAR) / 12 }, PP_7_2021)).toBe('mikro');
    expect(sizeClass({ monthlyTurnover: (2 * MILIAR) / 12 + 1 }, PP_7_2021)).toBe('kecil');
    expect(sizeClass({ monthlyTurnover: (50 * MILIAR) / 12 + 1 }, PP_7_2021)).toBe('besar');
  });

  it('takes the larger class when capital and sales disagree', () => {
    expect(sizeClass({ capital: 50_000_000, monthlyTurnover: 200_000_000 }, PP_7_2021)).toBe('kecil');
    expect(sizeClass({ capital: 7 * MILIAR, monthlyTurnover: 10_000_000 }, PP_7_2021)).toBe('menengah');
  });

  it('returns null when neither is known, and ignores impossible amounts', () => {
    expect(sizeClass({}, PP_7_2021)).toBeNull();
    expect(sizeClass({ capital: null, monthlyTurnover: null }, PP_7_2021)).toBeNull();
    expect(sizeClass({ capital: -1, monthlyTurnover: Number.NaN }, PP_7_2021)).toBeNull();
    expect(sizeClass({ capital: -1, monthlyTurnover: 10_000_000 }, PP_7_2021)).toBe('mikro');
  });

  it('follows configured thresholds, not constants', () => {
    const tight = { ...PP_7_2021, mikro: { capital: 100, sales: 1200 } };
    expect(sizeClass({ capital: 101 }, tight)).toBe('kecil');
    expect(sizeClass({ monthlyTurnover: 101 }, tight)).toBe('kecil');
  });

  it('labels every class', () => {
    expect(Object.keys(SIZE_CLASS_LABELS)).toEqual(['mikro', 'kecil', 'menengah', 'besar']);
    expect(SIZE_CLASS_LABELS.mikro).toBe('Usaha Mikro');
  });
});

const amount = fc.integer({ min: 0, max: 200 * MILIAR });
const maybe = fc.option(amount, { nil: null });

describe('sizeClass properties', () => {
  it('more capital never gives a smaller class', () => {
    fc.assert(
      fc.property(amount, amount, maybe, (a, b, turnover) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const small = sizeClass({ capital: low, monthlyTurnover: turnover }, PP_7_2021);
        const large = sizeClass({ capital: high, monthlyTurnover: turnover }, PP_7_2021);
        expect(RANK[large as SizeClass]).toBeGreaterThanOrEqual(RANK[small as SizeClass]);
      }),
    );
  });

  it('more turnover never gives a smaller class', () => {
    fc.assert(
      fc.property(amount, amount, maybe, (a, b, capital) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const small = sizeClass({ capital, monthlyTurnover: low }, PP_7_2021);
        const large = sizeClass({ capital, monthlyTurnover: high }, PP_7_2021);
        expect(RANK[large as SizeClass]).toBeGreaterThanOrEqual(RANK[small as SizeClass]);
      }),
    );
  });

  it('is never smaller than the class of capital alone', () => {
    fc.assert(
      fc.property(amount, maybe, (capital, turnover) => {
        const both = sizeClass({ capital, monthlyTurnover: turnover }, PP_7_2021) as SizeClass;
        const alone = sizeClass({ capital }, PP_7_2021) as SizeClass;
        expect(RANK[both]).toBeGreaterThanOrEqual(RANK[alone]);
      }),
    );
  });
});
