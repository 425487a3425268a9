import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAddress, formatDateId, formatNumberId, formatRupiah, MONTHS_ID } from './format.ts';

describe('formatNumberId', () => {
  it.each([
    [14327, '14.327'],
    [99213, '99.213'],
    [0, '0'],
    [-0, '0'],
    [999, '999'],
    [1000, '1.000'],
    [1234567.5, '1.234.567,5'],
    [59.7, '59,7'],
    [0.125, '0,13'],
    [-8552, '-8.552'],
    [-0.001, '0'],
    [Number.NaN, '–'],
    [Number.POSITIVE_INFINITY, '–'],
  ])('%d → %s', (n, want) => {
    expect(formatNumberId(n)).toBe(want);
  });

  it('groups integers so that removing the dots gives the number back', () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const out = formatNumberId(n);
        expect(out.replace(/\./g, '')).toBe(String(n === 0 ? 0 : n));
        expect(out).toMatch(/^-?\d{1,3}(\.\d{3})*$/);
      }),
    );
  });
});

describe('formatRupiah', () => {
  it.each([
    [1500000, 'Rp 1.500.000'],
    [0, 'Rp 0'],
    [2500.6, 'Rp 2.501'],
    [-75000, '-Rp 75.000'],
    [-0.2, 'Rp 0'],
  ])('%d → %s', (n, want) => {
    expect(formatRupiah(n)).toBe(want);
  });
});

describe('formatDateId', () => {
  it.each([
    ['2018-04-18', '18 April 2018'],
    ['2024-10-17', '17 Oktober 2024'],
    ['1985-01-01', '1 Januari 1985'],
    ['2000-02-29', '29 Februari 2000'],
    ['2018-04-18T09:30:00', '18 April 2018'],
    ['2018-04-17T20:00:00Z', '18 April 2018'],
    ['2018-04-18T16:59:59.999Z', '18 April 2018'],
    ['2018-04-18T17:00:00Z', '19 April 2018'],
    ['2018-04-18T23:00:00+07:00', '18 April 2018'],
  ])('%s → %s', (iso, want) => {
    expect(formatDateId(iso)).toBe(want);
  });

  it.each(['', 'kemarin', '2018-13-01', '2019-02-29', '18/04/2018'])('returns %j unchanged', (text) => {
    expect(formatDateId(text)).toBe(text);
  });

  it('names every month in Indonesian', () => {
    const names = Array.from({ length: 12 }, (_, i) =>
      formatDateId(`2020-${String(i + 1).padStart(2, '0')}-01`),
    );
    expect(names.map((n) => n.split(' ')[1])).toEqual([...MONTHS_ID]);
    expect(MONTHS_ID).toContain('Agustus');
  });

  it('agrees with the calendar for every day', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2100-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const want = `${d.getUTCDate()} ${MONTHS_ID[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
          expect(formatDateId(iso)).toBe(want);
        },
      ),
    );
  });
});

describe('formatAddress', () => {
  it('joins street, RT, RW and further parts, leaving out empty ones', () => {
    expect(formatAddress({ street: 'Jl. Sanan No. 3', rt: '09', rw: '03' }, 'Purwantoro', null)).toBe(
      'Jl. Sanan No. 3, RT 09, RW 03, Purwantoro',
    );
    expect(formatAddress({ street: null, rt: '', rw: '05' })).toBe('RW 05');
  });
});
