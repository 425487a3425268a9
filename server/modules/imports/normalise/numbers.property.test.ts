import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumberId, formatRupiah } from '../../../../shared/rules/format.ts';
import { readDecimal } from './decimal.ts';
import { parseAmount } from './numbers.ts';

const rupiah = fc.integer({ min: 0, max: 10_000_000_000 });

describe('amount properties', () => {
  it('reads back every amount the registry prints (Rp 1.234.567) and its bare Indonesian form', () => {
    fc.assert(
      fc.property(rupiah, (n) => {
        expect(parseAmount(formatRupiah(n)).value).toBe(n);
        expect(parseAmount(`${formatNumberId(n)},-`).value).toBe(n);
        expect(parseAmount(`${formatNumberId(n)},00`).value).toBe(n);
      }),
      { numRuns: 300 },
    );
  });

  it('reads English grouping (1,234,567.00) as the same amount', () => {
    fc.assert(
      fc.property(rupiah, (n) => {
        expect(parseAmount(`${n.toLocaleString('en-US')}.00`).value).toBe(n);
      }),
      { numRuns: 300 },
    );
  });

  it('reads "x,y jt" as x.y million with either decimal mark', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 9 }), (whole, tenth) => {
        const expected = whole * 1_000_000 + tenth * 100_000;
        expect(parseAmount(`${whole},${tenth} jt`).value).toBe(expected);
        expect(parseAmount(`${whole}.${tenth} juta`).value).toBe(expected);
      }),
    );
  });

  it('never reads digits it was not given: any text either parses or is reported', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (text) => {
        const r = parseAmount(text);
        expect(r.value === null || Number.isInteger(r.value)).toBe(true);
        if (r.value !== null) expect(text).toMatch(/\d/);
      }),
      { numRuns: 500 },
    );
  });

  it('readDecimal agrees with Number for plain digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(readDecimal(String(n), 'auto')).toBe(n);
      }),
    );
  });
});
