import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizePermitNumber, PERMIT_LABELS, PERMIT_TYPES, permitValidityYears } from './permits.ts';

const IN_2025 = { today: new Date('2025-06-01T00:00:00Z') };
const codes = (issues: { code: string }[]) => issues.map((i) => i.code);
const PIRT = '2063573010123-27';

describe('permit types', () => {
  it('labels every type in Indonesian', () => {
    expect(Object.keys(PERMIT_LABELS).sort()).toEqual([...PERMIT_TYPES].sort());
    expect(PERMIT_LABELS.PIRT).toBe('P-IRT');
    expect(PERMIT_LABELS.HALAL).toBe('Sertifikat Halal');
  });

  it('knows the validity of P-IRT, SLHS and halal only', () => {
    expect(PERMIT_TYPES.map(permitValidityYears)).toEqual([null, 5, null, null, null, null, null, 3]);
  });

  it.each(PERMIT_TYPES)('requires a number for %s', (type) => {
    const r = normalizePermitNumber(type, '   ');
    expect(r.value).toBeNull();
    expect(codes(r.errors)).toEqual(['PERMIT_NUMBER_REQUIRED']);
    expect(r.errors[0]?.message).toContain(PERMIT_LABELS[type]);
  });
});

describe('NIB', () => {
  it.each([
    '9120001234567',
    '9120 0012 34567',
    '9120.001.234.567',
    "'9120001234567",
    'NIB: 9120001234567',
    '9120001234567\u200B',
  ])('reads %j as 13-digit text', (raw) => {
    expect(normalizePermitNumber('NIB', raw)).toEqual({ value: '9120001234567', errors: [], warnings: [] });
  });

  it.each([
    ['912000123456', '12 digit'],
    ['91200012345678', '14 digit'],
    ['91200O1234567', 'huruf'],
  ])('rejects %j (%s)', (raw, hint) => {
    const r = normalizePermitNumber('NIB', raw);
    expect(codes(r.errors)).toEqual(['PERMIT_NIB_FORMAT']);
    expect(r.errors[0]?.message).toContain(hint);
    expect(r.value).toBeNull();
  });
});

describe('P-IRT', () => {
  it('reads every part of the number', () => {
    expect(normalizePermitNumber('PIRT', PIRT, IN_2025)).toEqual({
      value: PIRT,
      errors: [],
      warnings: [],
      info: {
        packaging: 2,
        foodType: '06',
        regencyCode: '35.73',
        productSerial: '01',
        producerSerial: '0123',
        expiryYear: 2027,
        producerKey: '35730123',
      },
    });
  });

  it.each([
    '206357301012327',
    'P-IRT No. 2063573010123-27',
    'PIRT 206 3573 01 0123 27',
    'SPP-IRT: 2063573010123-27',
  ])('writes %j canonically', (raw) => {
    expect(normalizePermitNumber('PIRT', raw, IN_2025).value).toBe(PIRT);
  });

  it('gives the same producer key to two products of one producer', () => {
    const a = normalizePermitNumber('PIRT', '2063573010123-27', IN_2025).info?.producerKey;
    const b = normalizePermitNumber('PIRT', '5113573020123-29', IN_2025).info?.producerKey;
    const other = normalizePermitNumber('PIRT', '5113573020124-29', IN_2025).info?.producerKey;
    expect(a).toBe(b);
    expect(other).not.toBe(a);
  });

  it.each([
    ['20635730101232', '14 digit'],
    ['2063573010123-2A', 'huruf'],
  ])('rejects malformed %j', (raw, hint) => {
    const r = normalizePermitNumber('PIRT', raw);
    expect(codes(r.errors)).toEqual(['PERMIT_PIRT_FORMAT']);
    expect(r.errors[0]?.message).toContain(hint);
  });

  it.each(['0063573010123-27', '9063573010123-27'])('rejects packaging digit outside 1–8 in %s', (raw) => {
    const r = normalizePermitNumber('PIRT', raw);
    expect(codes(r.errors)).toEqual(['PERMIT_PIRT_PACKAGING']);
    expect(r.value).toBeNull();
  });

  it('warns once the expiry year has passed, not during it', () => {
    expect(normalizePermitNumber('PIRT', PIRT, { today: new Date('2027-12-31T00:00:00Z') }).warnings).toEqual(
      [],
    );
    const late = normalizePermitNumber('PIRT', PIRT, { today: new Date('2028-01-15T00:00:00Z') });
    expect(codes(late.warnings)).toEqual(['PERMIT_PIRT_EXPIRED']);
    expect(late.warnings[0]?.message).toContain('2027');
    expect(late.value).toBe(PIRT);
  });

  it('warns when issued for another regency', () => {
    expect(codes(normalizePermitNumber('PIRT', PIRT, { ...IN_2025, region: '35.07' }).warnings)).toEqual([
      'PERMIT_PIRT_REGION',
    ]);
    expect(normalizePermitNumber('PIRT', PIRT, { ...IN_2025, region: '35.73' }).warnings).toEqual([]);
  });
});

describe('BPOM MD', () => {
  it.each(['MD 224510001234', 'md224510001234', 'BPOM RI MD 224510001234', 'MD. 2245-1000-1234'])(
    'reads %j as MD + 12 digits',
    (raw) => {
      expect(normalizePermitNumber('BPOM_MD', raw).value).toBe('MD224510001234');
    },
  );

  it.each(['ML 224510001234', 'MD 22451000123', 'MD 2245100012345', '224510001234'])('rejects %j', (raw) => {
    expect(codes(normalizePermitNumber('BPOM_MD', raw).errors)).toEqual(['PERMIT_BPOM_FORMAT']);
  });
});

describe('free-text permits', () => {
  it.each(['HALAL', 'SKU', 'IUMK', 'MEREK', 'SLHS'] as const)('trims and collapses spaces for %s', (type) => {
    expect(normalizePermitNumber(type, '  503/ 12 \t /35.73.401/2024 ').value).toBe(
      '503/ 12 /35.73.401/2024',
    );
  });

  it('drops invisible characters pasted with the number', () => {
    expect(normalizePermitNumber('HALAL', '\uFEFFID35110000123450122\u200B').value).toBe(
      'ID35110000123450122',
    );
  });

  it('accepts 100 characters and rejects 101', () => {
    expect(normalizePermitNumber('HALAL', 'x'.repeat(100)).value).toHaveLength(100);
    const r = normalizePermitNumber('HALAL', 'x'.repeat(101));
    expect(codes(r.errors)).toEqual(['PERMIT_NUMBER_TOO_LONG']);
    expect(r.errors[0]?.message).toContain('101 karakter');
  });
});

const digitString = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

describe('permit properties', () => {
  it('P-IRT normalisation is idempotent for any input', () => {
    const written = fc.oneof(
      fc.string(),
      fc
        .tuple(fc.integer({ min: 0, max: 9 }), digitString(14), fc.constantFrom('', '-', ' ', '.'))
        .map(([p, rest, sep]) => `${p}${rest.slice(0, 12)}${sep}${rest.slice(12)}`),
    );
    fc.assert(
      fc.property(written, (raw) => {
        const first = normalizePermitNumber('PIRT', raw, IN_2025);
        if (first.value === null) return;
        expect(normalizePermitNumber('PIRT', first.value, IN_2025)).toEqual(first);
      }),
      { numRuns: 500 },
    );
  });

  it('every valid P-IRT is canonical 13 digits, dash, 2 digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), digitString(14), (p, rest) => {
        const r = normalizePermitNumber('PIRT', `${p}${rest}`, IN_2025);
        expect(r.value).toMatch(/^[1-8]\d{12}-\d{2}$/);
        expect(r.info?.producerKey).toBe(`${rest.slice(2, 6)}${rest.slice(8, 12)}`);
      }),
    );
  });

  it('NIB and free-text normalisation are idempotent', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PERMIT_TYPES), fc.string({ maxLength: 120 }), (type, raw) => {
        const first = normalizePermitNumber(type, raw, IN_2025);
        if (first.value !== null)
          expect(normalizePermitNumber(type, first.value, IN_2025).value).toBe(first.value);
      }),
      { numRuns: 500 },
    );
  });
});
