import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { passwordStrength } from './password.ts';

describe('password strength', () => {
  it.each([
    'rahasia123',
    'Bismillah2024',
    'Malang12345',
    'Passw0rd!!',
    'qwerty12345',
    'Arema1987!!',
    'sayangku123',
  ])('refuses the guessable %s', (pw) => {
    const r = passwordStrength(pw);
    expect(r.score).toBeLessThan(3);
    expect(r.issues.map((i) => i.code)).toContain('PASSWORD_GUESSABLE');
  });

  it('refuses a password built on the user name', () => {
    expect(passwordStrength('ratnasari2024', ['ratnasari', 'Ratna Sari']).score).toBeLessThan(3);
    expect(passwordStrength('ratnasari2024', ['bu.ratna', 'Ratna Sari']).score).toBeLessThan(3);
    expect(passwordStrength('ratnasari2024', []).score).toBeGreaterThanOrEqual(3);
  });

  it('refuses anything shorter than 10 characters, whatever it is', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 9 }), (pw) => {
        expect(passwordStrength(pw).score).toBeLessThan(3);
      }),
    );
  });

  it('accepts unrelated words and random strings', () => {
    for (const pw of ['kopi-layang-gerimis-77', 'T9#vq2!LmZp4', 'tangga biru melompat senja']) {
      const r = passwordStrength(pw);
      expect(r.issues).toEqual([]);
      expect(r.score).toBeGreaterThanOrEqual(3);
    }
  });
});
