import { describe, expect, it } from 'vitest';
import { absorb, clash, type Identity, withClash } from './identity.ts';

describe('clash', () => {
  it('finds another NIK or birth date, but forgives one mistyped digit', () => {
    const mother: Identity = { niks: ['3573054405620001'], births: ['1962-05-04'] };
    const daughter: Identity = { niks: ['3573055708900002'], births: ['1990-08-17'] };
    expect(clash(mother, daughter)).toMatch(/NIK/);
    expect(clash(mother, { niks: ['3573054405620007'], births: [] })).toBeNull();
    expect(clash({ niks: [], births: ['1962-05-04'] }, { niks: [], births: ['1990-08-17'] })).toMatch(
      /Tanggal lahir/,
    );
  });

  it('collects what all records of a person say', () => {
    const p: Identity = { niks: [], births: ['1962-05-04'] };
    absorb(p, { niks: ['3573054405620001'], births: ['1962-05-04'] });
    expect(p).toEqual({ niks: ['3573054405620001'], births: ['1962-05-04'] });
  });

  it('adds the contradiction to a match as evidence', () => {
    const m = withClash({ id: 7, score: 25, evidence: [] }, 'NIK lain tercatat untuk orang ini');
    expect(m.score).toBe(13);
    expect(m.evidence[0]).toMatchObject({ field: 'identity', outcome: 'disagree' });
  });
});
