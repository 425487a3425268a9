import { describe, expect, it } from 'vitest';
import { parseAddress } from './address.ts';
import { evidence } from './evidence.ts';
import {
  compareBirth,
  compareGender,
  compareKelurahan,
  comparePhone,
  compareRtRw,
  compareStreet,
  kelurahanAgreement,
  nearDate,
  overCap,
  phoneAgreement,
} from './fields.ts';
import { FrequencyTable } from './frequency.ts';

describe('nearDate', () => {
  it('accepts swapped day and month, one mistyped digit, a year off', () => {
    expect(nearDate('1980-02-11', '1980-11-02')).toBe(true);
    expect(nearDate('1980-02-11', '1980-02-17')).toBe(true);
    expect(nearDate('1980-02-11', '1981-02-11')).toBe(true);
    expect(nearDate('1980-02-11', '1995-07-30')).toBe(false);
  });
});

describe('compareBirth', () => {
  it('weighs a common date less than a rare one, and says when the date came from a NIK', () => {
    const rare = compareBirth('1980-02-11', '1980-02-11', 1e-5, false);
    const common = compareBirth('1970-01-01', '1970-01-01', 0.01, true);
    expect(rare.outcome).toBe('agree');
    expect(rare.weight).toBeGreaterThan(common.weight);
    expect(common.note).toContain('menurut NIK');
  });

  it('takes a mother and daughter born decades apart as different people', () => {
    expect(compareBirth('1962-05-01', '1990-08-17', 1e-4, false)).toMatchObject({
      outcome: 'disagree',
      weight: -5,
    });
  });
});

describe('compareGender', () => {
  it('gives little for two women, more for two men, much against a mismatch', () => {
    expect(compareGender('P', 'P', false).weight).toBeLessThan(compareGender('L', 'L', false).weight);
    expect(compareGender('P', 'L', true)).toMatchObject({
      outcome: 'disagree',
      note: expect.stringContaining('NIK'),
    });
  });
});

describe('comparePhone', () => {
  it('weighs a phone shared by many people less', () => {
    const own = phoneAgreement(1);
    const shared = phoneAgreement(32);
    expect(own.weight).toBe(8);
    expect(shared.weight).toBeLessThan(3);
    expect(comparePhone('+628123', '+628123', () => own)).toBe(own);
    expect(comparePhone('+628123', '+628124', () => own).outcome).toBe('disagree');
    expect(comparePhone(null, '+628124', () => own).outcome).toBe('missing');
  });
});

describe('compareKelurahan', () => {
  it('is milder against another kelurahan of the same kecamatan', () => {
    const same = kelurahanAgreement(1 / 57, 6);
    expect(compareKelurahan('35.73.05.1003', '35.73.05.1003', same)).toBe(same);
    const near = compareKelurahan('35.73.05.1003', '35.73.05.1007', same);
    const far = compareKelurahan('35.73.05.1003', '35.73.01.1001', same);
    expect(near.weight).toBeGreaterThan(far.weight);
    expect(far.weight).toBeLessThan(0);
  });
});

describe('compareStreet and compareRtRw', () => {
  const streets = new FrequencyTable();
  const a = parseAddress('Jl. Kenanga No. 12', '002', '005');

  it('agrees most on the same street and number, least on a neighbour', () => {
    const house = compareStreet(a, parseAddress('Jalan Kenanga 12', null, null), streets, '35.73.05.1003');
    const street = compareStreet(a, parseAddress('Jln Kenanga', null, null), streets, '35.73.05.1003');
    const neighbour = compareStreet(a, parseAddress('Jl. Kenanga No. 14', null, null), streets, null);
    expect(house.weight).toBeGreaterThan(street.weight);
    expect(street.weight).toBeGreaterThan(0);
    expect(neighbour.outcome).toBe('disagree');
  });

  it('agrees on one hamlet whether a street is written beside it or not; a hamlet alone says nothing against a street', () => {
    const kel = '35.07.18.2015';
    const both = parseAddress('Jl. Kenanga No. 15 Dsn. Sumberwaru', null, null);
    const hamlet = (text: string) => compareStreet(both, parseAddress(text, null, null), streets, kel);
    expect(hamlet('Dusun Sumberwaru')).toMatchObject({ outcome: 'partial', note: 'Dusun sama' });
    expect(hamlet('Dusun Sumberwaru').weight).toBeGreaterThan(0);
    expect(hamlet('Sumberwaru')).toMatchObject({ outcome: 'partial' });
    expect(hamlet('Dsn. Krajan').outcome).toBe('disagree');
    const street = parseAddress('Jl. Mawar No. 66', null, null);
    expect(compareStreet(street, parseAddress('Dsn. Jamuran', null, null), streets, kel).outcome).toBe(
      'missing',
    );
    expect(compareStreet(street, parseAddress('Jl. Melati No. 3', null, null), streets, kel).outcome).toBe(
      'disagree',
    );
  });

  it('compares RT and RW', () => {
    expect(compareRtRw(a, parseAddress(null, '2', '5')).outcome).toBe('agree');
    expect(compareRtRw(a, parseAddress(null, '3', '5')).outcome).toBe('partial');
    expect(compareRtRw(a, parseAddress(null, '2', '6')).outcome).toBe('disagree');
  });
});

describe('overCap', () => {
  it('returns how far agreeing weights exceed the cap', () => {
    const e = (w: number) => evidence('x', 'agree', w, '');
    expect(overCap(10, e(4), e(4), e(1), e(-3))).toBe(0);
    expect(overCap(10, e(8), e(7), e(4.5), e(0))).toBe(-9.5);
  });
});
