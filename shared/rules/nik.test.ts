import { describe, expect, it } from 'vitest';
import { buildNik, maskNik, normalizeNikInput, validateNik } from './nik.ts';

const TODAY = { today: new Date('2025-06-01T00:00:00Z') };
const codes = (issues: { code: string }[]) => issues.map((i) => i.code);
// Blimbing (35.73.01), man born 15 May 1990, serial 0001.
const NIK_L = '3573011505900001';

describe('normalizeNikInput', () => {
  it.each([
    ['3573 0115 0590 0001', NIK_L],
    ['35.73.01.150590.0001', NIK_L],
    ['3573-0115-0590-0001', NIK_L],
    [`'${NIK_L}`, NIK_L],
    [`  ${NIK_L}  `, NIK_L],
    [`NIK: ${NIK_L}`, NIK_L],
    ['No. KTP 3573 0115 0590 0001', NIK_L],
    [`${NIK_L} (KTP)`, NIK_L],
    [`${NIK_L}(sesuai KK)`, NIK_L],
    [`${NIK_L}\u200B`, NIK_L],
    [`\uFEFF${NIK_L}`, NIK_L],
    ['3573\u200C0115\u200D0590\u20600001', NIK_L],
    // A number written out as text, as a number cell would be read.
    [`${NIK_L}.0`, NIK_L],
    [`${NIK_L},00`, NIK_L],
    ['357301150590001.0', '357301150590001'],
  ])('reads %j as the digit string', (raw, want) => {
    expect(normalizeNikInput(raw)).toEqual({ value: want });
  });

  it.each(['', ' ', '-', '0', null, undefined, 0])('treats %j as "no NIK" without an issue', (raw) => {
    expect(normalizeNikInput(raw)).toEqual({ value: null });
  });

  it.each([
    '3.57301E+15',
    '3,57301E+15',
    '3.573011505900001e15',
    3573011505900000,
    1e15,
    '3573011505900000.0',
  ])('flags %j as a spreadsheet number that lost its last digit', (raw) => {
    const r = normalizeNikInput(raw);
    expect(r.value).toBeNull();
    expect(r.issue?.code).toBe('NIK_PRECISION_LOST');
    expect(r.issue?.message).toContain('ketik ulang NIK sebagai teks');
  });

  it('keeps a number that lost its last digit when the birth date in its first digits cannot be', () => {
    // 40 is no day (a woman's day is 41–71): the NIK is wrong whatever its last digit was.
    expect(normalizeNikInput(3573014071879560)).toEqual({ value: '3573014071879560' });
    expect(validateNik('3573014071879560').errors.map((e) => e.code)).toEqual(['NIK_INVALID_DATE']);
  });

  it('keeps a 16-digit number not ending in 0: a spreadsheet app could not have rounded it', () => {
    expect(normalizeNikInput(3573011505900001)).toEqual({ value: '3573011505900001' });
  });

  it('keeps a short number as digits so validation can report its length', () => {
    expect(normalizeNikInput(357301150590000)).toEqual({ value: '357301150590000' });
  });

  it('returns text with letters unchanged for validateNik to reject', () => {
    expect(normalizeNikInput('3573O11505900001')).toEqual({ value: '3573O11505900001' });
  });

  it('reads a NIK an office masked as no NIK, saying so, and letters in a NIK as a NIK to reject', () => {
    for (const text of ['3573********0012', '357305**********', "'3573 05xx xxxx 0012"]) {
      const read = normalizeNikInput(text);
      expect(read.value).toBeNull();
      expect(read.issue?.code).toBe('NIK_MASKED');
    }
    expect(normalizeNikInput('35730144o1950091').value).toBe('35730144o1950091');
    expect(normalizeNikInput('3573*0012').issue?.code).not.toBe('NIK_MASKED');
  });

  it('reports an unreadable cell instead of guessing', () => {
    expect(normalizeNikInput({ nik: 1 }).issue?.code).toBe('NIK_NOT_DIGITS');
    expect(normalizeNikInput(true).value).toBeNull();
  });

  it('accepts a bigint exactly', () => {
    expect(normalizeNikInput(3573011505900001n)).toEqual({ value: NIK_L });
  });
});

describe('validateNik', () => {
  it('reads region, gender, birth date and serial of a valid NIK', () => {
    expect(validateNik(NIK_L, {}, TODAY)).toEqual({
      errors: [],
      warnings: [],
      info: {
        provinceCode: '35',
        regencyCode: '35.73',
        districtCode: '35.73.01',
        gender: 'L',
        birthDate: '1990-05-15',
        serial: '0001',
      },
    });
  });

  it('reads day + 40 as a woman', () => {
    const r = validateNik('3573055505900002', {}, TODAY);
    expect(r.info?.gender).toBe('P');
    expect(r.info?.birthDate).toBe('1990-05-15');
  });

  it('reports the length it found', () => {
    const r = validateNik(NIK_L.slice(1), {}, TODAY);
    expect(codes(r.errors)).toEqual(['NIK_LENGTH']);
    expect(r.errors[0]?.message).toBe('NIK harus 16 digit angka; yang diisi 15 digit.');
    expect(r.info).toBeUndefined();
  });

  it('rejects letters with NIK_NOT_DIGITS naming the character', () => {
    const r = validateNik('3573O11505900001');
    expect(codes(r.errors)).toEqual(['NIK_NOT_DIGITS']);
    expect(r.errors[0]?.message).toContain('"O"');
  });

  it.each([
    ['day 00', '3573010005900001'],
    ['day 32', '3573013205900001'],
    ['day 40', '3573014005900001'],
    ['day 72 (woman 32)', '3573017205900001'],
    ['month 00', '3573011500900001'],
    ['month 13', '3573011513900001'],
    ['30 February', '3573013002900001'],
    ['31 April', '3573013104900001'],
    ['29 February 2001', '3573012902010001'],
    ['woman 29 February 1997', '3573016902970001'],
  ])('rejects an impossible birth date: %s', (_, nik) => {
    const r = validateNik(nik, {}, TODAY);
    expect(codes(r.errors)).toEqual(['NIK_INVALID_DATE']);
    expect(r.errors[0]?.message).toContain(nik.slice(6, 12));
  });

  it.each([
    ['3573012902000001', '2000-02-29'],
    ['3573016902960001', '1996-02-29'],
    ['3573017112990001', '1999-12-31'],
  ])('accepts leap days and the last valid day: %s', (nik, birthDate) => {
    expect(validateNik(nik, {}, TODAY).info?.birthDate).toBe(birthDate);
  });

  it('puts yy in this century up to the current year and in the last one after it', () => {
    expect(validateNik('3573010101250001', {}, TODAY).info?.birthDate).toBe('2025-01-01');
    expect(validateNik('3573010101260001', {}, TODAY).info?.birthDate).toBe('1926-01-01');
  });

  it('rejects serial 0000', () => {
    expect(codes(validateNik('3573011505900000', {}, TODAY).errors)).toEqual(['NIK_SERIAL_ZERO']);
  });

  it.each([
    ['0073011505900001', 'provinsi'],
    ['3500011505900001', 'kabupaten/kota'],
    ['3573001505900001', 'kecamatan'],
  ])('rejects region code 00 in %s', (nik, part) => {
    const r = validateNik(nik, {}, { ...TODAY, region: '35.73', isKnownDistrict: () => false });
    expect(codes(r.errors)).toEqual(['NIK_REGION_ZERO']);
    expect(r.errors[0]?.message).toContain(part);
    expect(r.warnings).toEqual([]);
  });

  it('collects every hard error at once', () => {
    expect(codes(validateNik('0000003213000000', {}, TODAY).errors)).toEqual([
      'NIK_REGION_ZERO',
      'NIK_INVALID_DATE',
      'NIK_SERIAL_ZERO',
    ]);
  });

  it('warns about an unknown district but still returns info', () => {
    const seen: string[] = [];
    const isKnownDistrict = (code: string) => {
      seen.push(code);
      return code === '35.73.05';
    };
    const r = validateNik(NIK_L, {}, { ...TODAY, isKnownDistrict });
    expect(seen).toEqual(['35.73.01']);
    expect(codes(r.warnings)).toEqual(['NIK_REGION_UNKNOWN']);
    expect(r.errors).toEqual([]);
    expect(r.info?.districtCode).toBe('35.73.01');
  });

  it('warns when the NIK comes from outside the configured region, dotted or not', () => {
    const kabMalang = '3507011505900001';
    expect(codes(validateNik(kabMalang, {}, { ...TODAY, region: '35.73' }).warnings)).toEqual([
      'NIK_REGION_OUTSIDE',
    ]);
    expect(codes(validateNik(kabMalang, {}, { ...TODAY, region: '3573' }).warnings)).toEqual([
      'NIK_REGION_OUTSIDE',
    ]);
    expect(validateNik(NIK_L, {}, { ...TODAY, region: '35.73' }).warnings).toEqual([]);
    expect(validateNik(kabMalang, {}, TODAY).warnings).toEqual([]);
  });

  it('warns when declared gender or birth date differ from the NIK', () => {
    const r = validateNik(NIK_L, { gender: 'P', birthDate: '1990-05-16' }, TODAY);
    expect(codes(r.warnings)).toEqual(['NIK_GENDER_MISMATCH', 'NIK_BIRTHDATE_MISMATCH']);
    expect(r.warnings[0]?.message).toContain('laki-laki');
    expect(r.warnings[1]?.message).toContain('1990-05-15');
    expect(r.errors).toEqual([]);
  });

  it('stays quiet when declared data match or are missing', () => {
    expect(validateNik(NIK_L, { gender: 'L', birthDate: '1990-05-15' }, TODAY).warnings).toEqual([]);
    expect(validateNik(NIK_L, { gender: null, birthDate: null }, TODAY).warnings).toEqual([]);
  });
});

describe('maskNik and buildNik', () => {
  it('masks all but the first and last four digits', () => {
    expect(maskNik('3573011505900001')).toBe('3573********0001');
    expect(maskNik(null)).toBeNull();
    expect(maskNik('12345')).toBe('*****');
  });

  it('builds the NIK layout PP KK CC DDMMYY SSSS', () => {
    expect(buildNik({ districtCode: '35.73.01', gender: 'L', birthDate: '1990-05-15', serial: 1 })).toBe(
      NIK_L,
    );
    expect(buildNik({ districtCode: '35.73.05', gender: 'P', birthDate: '2001-01-09', serial: 42 })).toBe(
      '3573054901010042',
    );
  });

  it.each([
    { districtCode: '35.73', gender: 'L', birthDate: '1990-05-15', serial: 1 },
    { districtCode: '35.73.01', gender: 'L', birthDate: '1990-02-30', serial: 1 },
    { districtCode: '35.73.01', gender: 'L', birthDate: '1990-05-15', serial: 10000 },
  ] as const)('refuses malformed parts %j', (parts) => {
    expect(() => buildNik(parts)).toThrow(RangeError);
  });
});
