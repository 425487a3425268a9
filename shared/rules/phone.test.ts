import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPhone, maskPhone, normalizePhone } from './phone.ts';

const MOBILE = '+6281234567890';

describe('normalizePhone', () => {
  it.each([
    ['0812-3456-7890', MOBILE],
    ['0812 3456 7890', MOBILE],
    ['+62 812 3456 7890', MOBILE],
    ['+62-812-3456-7890', MOBILE],
    ['62 812 3456 7890', MOBILE],
    ['6281234567890', MOBILE],
    ['81234567890', MOBILE],
    ["'081234567890", MOBILE],
    ['0062 812 3456 7890', MOBILE],
    ['0812.3456.7890', MOBILE],
    ['(0341) 551234', '+62341551234'],
    ['0341-551234', '+62341551234'],
    ['341551234', '+62341551234'],
    ['(021) 1234 5678', '+622112345678'],
    ['(+62) 812-3456-7890', MOBILE],
    ['( +62 ) 812 3456 7890', MOBILE],
    ['+62 (0) 812 3456 7890', MOBILE],
    ['+62(0)812-3456-7890', MOBILE],
    ['0812-3456-7890\u200B', MOBILE],
    ['\uFEFF0812\u200C3456\u20607890', MOBILE],
  ])('reads %j as %s', (raw, want) => {
    expect(normalizePhone(raw)).toEqual({ value: want });
  });

  it('reads a number cell that lost its leading 0', () => {
    expect(normalizePhone(81234567890)).toEqual({ value: MOBILE });
  });

  it.each(['', '   ', '-', '0', null, undefined, 0])('treats %j as "no phone"', (raw) => {
    expect(normalizePhone(raw)).toEqual({ value: null });
  });

  it.each(['+60 12 345 6789', '+1 415 555 0100', '0060123456789'])('rejects foreign number %j', (raw) => {
    const r = normalizePhone(raw);
    expect(r.value).toBeNull();
    expect(r.issue?.code).toBe('PHONE_NOT_INDONESIAN');
    expect(r.issue?.message).toContain('+62');
  });

  it.each([
    ['0812-3456-789O', 'huruf'],
    ['0812 3456 7890 a.n. Siti', 'huruf'],
    ['0812 3456 7890 / 0813 1111 2222', 'satu nomor'],
    ['0812#34567890', 'satu nomor'],
    ['0812+34567890', 'satu nomor'],
  ])('rejects %j and says what to remove', (raw, hint) => {
    const r = normalizePhone(raw);
    expect(r.issue?.code).toBe('PHONE_INVALID');
    expect(r.issue?.message).toContain(hint);
  });

  it.each([
    'WA 0812 3456 7890',
    'HP: 0812-3456-7890',
    'No. HP 0812 3456 7890',
    '0812 3456 7890 (WA)',
    'Telp. 0812 3456 7890',
  ])('reads %j without its label', (raw) => {
    expect(normalizePhone(raw)).toEqual({ value: '+6281234567890' });
  });

  it('asks for an area code when a landline is written without one', () => {
    const r = normalizePhone('551234');
    expect(r.issue?.code).toBe('PHONE_INVALID');
    expect(r.issue?.message).toContain('6 digit');
    expect(r.issue?.message).toContain('kode area');
  });

  it('rejects a 0 after +62', () => {
    expect(normalizePhone('+62 0812 3456 7890').issue?.message).toContain('tidak boleh ada angka 0');
    expect(normalizePhone('(+62) 0812 3456 7890').issue?.message).toContain('tidak boleh ada angka 0');
  });

  it('reads a bracketed foreign country code as foreign', () => {
    expect(normalizePhone('(+60) 12 345 6789').issue?.code).toBe('PHONE_NOT_INDONESIAN');
  });

  it('accepts 8 to 12 national digits and rejects 7 and 13', () => {
    expect(normalizePhone('+62 2112 3456').value).toBe('+6221123456');
    expect(normalizePhone('021 123 45').value).toBeNull();
    expect(normalizePhone('021 123 45').issue?.message).toContain('7 digit');
    expect(normalizePhone('0812 3456 78901').value).toBe('+62812345678901');
    expect(normalizePhone('0812 3456 789012').issue?.message).toContain('13 digit');
  });

  it('reports an unreadable cell', () => {
    expect(normalizePhone({}).issue?.code).toBe('PHONE_INVALID');
  });
});

describe('formatPhone and maskPhone', () => {
  it.each([
    [MOBILE, '0812-3456-7890'],
    ['+628123456789', '0812-3456-789'],
    ['+62812345678901', '0812-3456-78901'],
    ['+62341551234', '(0341) 551234'],
    ['+622112345678', '(021) 12345678'],
    ['+60123456789', '+60123456789'],
  ])('formats %s as %s', (e164, want) => {
    expect(formatPhone(e164)).toBe(want);
  });

  it('masks the middle digits', () => {
    expect(maskPhone(MOBILE)).toBe('+62812****7890');
    expect(maskPhone('+62341551234')).toBe('+62341**1234');
    expect(maskPhone(null)).toBeNull();
  });
});

const digits = (min: number, max: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(''));
const mobileNsn = digits(7, 11).map((rest) => `8${rest}`);
const anyNsn = fc
  .tuple(fc.integer({ min: 1, max: 9 }), digits(7, 11))
  .map(([first, rest]) => `${first}${rest}`);
const group = (s: string, sep: string) => s.replace(/(\d{4})(?=\d)/g, `$1${sep}`);

describe('phone properties', () => {
  it('normalizing its own output returns the same value', () => {
    const written = fc.oneof(
      fc.string(),
      fc.tuple(fc.constantFrom('0', '+62 ', '62', '', '(0', '0062'), anyNsn).map(([p, n]) => p + n),
    );
    fc.assert(
      fc.property(written, (raw) => {
        const first = normalizePhone(raw).value;
        if (first !== null) expect(normalizePhone(first)).toEqual({ value: first });
      }),
      { numRuns: 500 },
    );
  });

  it('maps 0812…, 62812…, +62 812… and 812… of one number to one value', () => {
    fc.assert(
      fc.property(mobileNsn, fc.constantFrom('', ' ', '-'), (nsn, sep) => {
        const forms = [`0${nsn}`, `62${nsn}`, `+62 ${group(nsn, sep)}`, nsn, group(`0${nsn}`, sep)];
        const values = forms.map((f) => normalizePhone(f).value);
        expect(new Set(values)).toEqual(new Set([`+62${nsn}`]));
      }),
    );
  });

  it('formatPhone output normalizes back to the same E.164 number', () => {
    fc.assert(
      fc.property(anyNsn, (nsn) => {
        const e164 = `+62${nsn}`;
        expect(normalizePhone(formatPhone(e164)).value).toBe(e164);
      }),
    );
  });

  it('maskPhone keeps the length and the last four digits', () => {
    fc.assert(
      fc.property(anyNsn, (nsn) => {
        const masked = maskPhone(`+62${nsn}`) ?? '';
        expect(masked).toHaveLength(nsn.length + 3);
        expect(masked.endsWith(nsn.slice(-4))).toBe(true);
        expect(masked).toContain('*');
      }),
    );
  });
});
