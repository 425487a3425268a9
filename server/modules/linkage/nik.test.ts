import { describe, expect, it } from 'vitest';
import { buildNik } from '../../../shared/rules/nik.ts';
import { compareNik, nikFacts, nikKeys } from './nik.ts';

const nik = buildNik({ districtCode: '35.73.05', gender: 'P', birthDate: '1980-02-14', serial: 1234 });

describe('compareNik', () => {
  it('tells same, near and different NIKs apart', () => {
    expect(compareNik(nik, nik)).toBe('same');
    expect(compareNik(nik, `${nik.slice(0, 15)}5`)).toBe('near');
    expect(compareNik(nik, `${nik.slice(0, 12)}2134`)).toBe('near');
    expect(compareNik(nik, `${nik.slice(0, 12)}4321`)).toBe('different');
  });
});

describe('nikKeys', () => {
  it('lets a NIK with one wrong digit anywhere meet the right one', () => {
    const right = new Set(nikKeys(nik));
    for (let i = 0; i < 16; i++) {
      const wrong = nik.slice(0, i) + String((Number(nik[i]) + 1) % 10) + nik.slice(i + 1);
      expect(nikKeys(wrong).some((k) => right.has(k))).toBe(true);
    }
  });
});

describe('nikFacts', () => {
  it('reads gender and birth date, women with day + 40', () => {
    expect(nikFacts(nik)).toEqual({ gender: 'P', birthDate: '1980-02-14' });
    expect(nikFacts('3573051402800001')).toEqual({ gender: 'L', birthDate: '1980-02-14' });
  });

  it('gives null for a missing or impossible NIK', () => {
    expect(nikFacts(null)).toBeNull();
    expect(nikFacts('3573059902800001')).toBeNull();
  });
});
