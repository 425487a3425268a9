import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildNik, maskNik, normalizeNikInput, validateNik } from './nik.ts';

const TODAY = { today: new Date('2025-06-01T00:00:00Z') };
const codes = (issues: { code: string }[]) => issues.map((i) => i.code);

const twoDigits = (min: number, max: number) =>
  fc.integer({ min, max }).map((n) => String(n).padStart(2, '0'));
const partsArb = fc.record({
  districtCode: fc.tuple(twoDigits(11, 94), twoDigits(1, 99), twoDigits(1, 99)).map((p) => p.join('.')),
  gender: fc.constantFrom('L' as const, 'P' as const),
  // With today = 2025-06-01 two-digit years cover 1926–2025.
  birthDate: fc
    .date({
      min: new Date('1926-01-01T00:00:00Z'),
      max: new Date('2025-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10)),
  serial: fc.integer({ min: 1, max: 9999 }),
});

describe('NIK properties', () => {
  it('buildNik → validateNik round-trips every valid date, both genders', () => {
    fc.assert(
      fc.property(partsArb, (parts) => {
        const r = validateNik(buildNik(parts), { gender: parts.gender, birthDate: parts.birthDate }, TODAY);
        expect(r.errors).toEqual([]);
        expect(r.warnings).toEqual([]);
        expect(r.info).toMatchObject({
          districtCode: parts.districtCode,
          gender: parts.gender,
          birthDate: parts.birthDate,
          serial: String(parts.serial).padStart(4, '0'),
        });
      }),
      { numRuns: 500 },
    );
  });

  it('inserting or deleting one digit anywhere gives NIK_LENGTH', () => {
    const edit = fc.record({
      at: fc.integer({ min: 0, max: 16 }),
      digit: fc.integer({ min: 0, max: 9 }),
      remove: fc.boolean(),
    });
    fc.assert(
      fc.property(partsArb, edit, (parts, { at, digit, remove }) => {
        const nik = buildNik(parts);
        const changed = remove
          ? nik.slice(0, Math.min(at, 15)) + nik.slice(Math.min(at, 15) + 1)
          : nik.slice(0, at) + digit + nik.slice(at);
        expect(codes(validateNik(changed, {}, TODAY).errors)).toEqual(['NIK_LENGTH']);
      }),
    );
  });

  it('normalizeNikInput undoes any spacing, dots or dashes between digit groups', () => {
    const sep = fc.constantFrom('', ' ', '.', '-', ' - ', '  ');
    fc.assert(
      fc.property(partsArb, fc.array(sep, { minLength: 4, maxLength: 4 }), (parts, [a, b, c, d]) => {
        const nik = buildNik(parts);
        const written = `${nik.slice(0, 2)}${a}${nik.slice(2, 4)}${b}${nik.slice(4, 6)}${c}${nik.slice(6, 12)}${d}${nik.slice(12)}`;
        expect(normalizeNikInput(written)).toEqual({ value: nik });
      }),
    );
  });

  it('maskNik keeps length and hides the birth date', () => {
    fc.assert(
      fc.property(partsArb, (parts) => {
        const nik = buildNik(parts);
        const masked = maskNik(nik) ?? '';
        expect(masked).toHaveLength(16);
        expect(masked.slice(4, 12)).toBe('********');
        expect(masked.slice(0, 4) + masked.slice(12)).toBe(nik.slice(0, 4) + nik.slice(12));
      }),
    );
  });
});
