import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KBLI_KNOWN, SECTORS, sectorOfKbli, validateKbli } from './kbli.ts';

const DOMAIN_DOC_CODES = [
  '10391',
  '10710',
  '10750',
  '10792',
  '10794',
  '10799',
  '11090',
  '13134',
  '14120',
  '16291',
  '23932',
  '31001',
  '32300',
  '32903',
];

describe('KBLI_KNOWN', () => {
  it('contains every home-industry code of the domain document', () => {
    for (const code of DOMAIN_DOC_CODES) expect(KBLI_KNOWN[code], code).toBeDefined();
  });

  it('names codes in Indonesian and puts them in the expected sector', () => {
    expect(KBLI_KNOWN['10794']).toEqual({
      name: 'Industri Kerupuk, Keripik, Peyek dan Sejenisnya',
      sector: 'pangan',
    });
    expect(KBLI_KNOWN['13134']?.sector).toBe('sandang');
    expect(KBLI_KNOWN['16291']?.sector).toBe('kayu');
    expect(KBLI_KNOWN['31001']?.sector).toBe('kayu');
    expect(KBLI_KNOWN['23932']?.sector).toBe('kerajinan');
    expect(KBLI_KNOWN['32300']?.sector).toBe('kerajinan');
    expect(KBLI_KNOWN['20232']?.sector).toBe('kimia');
  });

  it('only lists well-formed codes', () => {
    for (const code of Object.keys(KBLI_KNOWN)) expect(code).toMatch(/^\d{5}$/);
  });
});

describe('sectorOfKbli', () => {
  it.each([
    ['10794', 'pangan'],
    ['11090', 'pangan'],
    ['12011', 'pangan'],
    ['13134', 'sandang'],
    ['14120', 'sandang'],
    ['15121', 'sandang'],
    ['16291', 'kayu'],
    ['31001', 'kayu'],
    ['23932', 'kerajinan'],
    ['32903', 'kerajinan'],
    ['20232', 'kimia'],
    ['21022', 'kimia'],
    ['45201', 'jasa'],
    ['96200', 'jasa'],
    ['99000', 'jasa'],
    ['44000', 'lainnya'],
    ['01111', 'lainnya'],
    ['22220', 'lainnya'],
    ['', 'lainnya'],
    ['x1079', 'lainnya'],
  ])('%s → %s', (code, sector) => {
    expect(sectorOfKbli(code)).toBe(sector);
  });

  it('always returns one of the SECTORS codes', () => {
    const sectorCodes: string[] = SECTORS.map((s) => s.code);
    fc.assert(fc.property(fc.string(), (code) => sectorCodes.includes(sectorOfKbli(code))));
  });
});

describe('validateKbli', () => {
  it('accepts a known code quietly', () => {
    expect(validateKbli(' 10794 ', 2020)).toEqual({ value: '10794', errors: [], warnings: [] });
    expect(validateKbli('10794').errors).toEqual([]);
  });

  it('warns about a well-formed but unlisted code', () => {
    const r = validateKbli('47111', 2025);
    expect(r.value).toBe('47111');
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toEqual(['KBLI_UNKNOWN']);
    expect(r.warnings[0]?.message).toContain('47111');
  });

  it.each([
    ['1079', '4 digit'],
    ['107941', '6 digit'],
    ['C1079', 'huruf'],
  ])('rejects %j (%s)', (code, hint) => {
    const r = validateKbli(code, 2020);
    expect(r.value).toBeNull();
    expect(r.errors.map((e) => e.code)).toEqual(['KBLI_FORMAT']);
    expect(r.errors[0]?.message).toContain(hint);
  });

  it.each([2009, 2015, 2024])('rejects version %i', (version) => {
    const r = validateKbli('10794', version);
    expect(r.errors.map((e) => e.code)).toEqual(['KBLI_VERSION']);
    expect(r.errors[0]?.message).toContain(String(version));
  });

  it('reports format and version together', () => {
    expect(validateKbli('10', 2017).errors.map((e) => e.code)).toEqual(['KBLI_FORMAT', 'KBLI_VERSION']);
  });

  it('never returns a value together with an error', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 8 }),
        fc.constantFrom(undefined, 2020, 2025, 2015),
        (code, version) => {
          const r = validateKbli(code, version);
          expect(r.value === null).toBe(r.errors.length > 0);
          if (r.value !== null) expect(r.value).toMatch(/^\d{5}$/);
        },
      ),
    );
  });
});
