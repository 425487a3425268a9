import { describe, expect, it } from 'vitest';
import { absorb, carriesBirth, clash, type Identity, identityOf, withClash } from './identity.ts';
import { preparePerson } from './person-record.ts';

const person = (nik: string, birthDate: string | null) => ({
  nik,
  name: 'Sri Rahayu',
  gender: null,
  birthDate,
  phone: null,
  kelurahanCode: '35.73.01.1004',
  street: null,
  rt: null,
  rw: null,
});

const inNik = (date: string) => ({ date, inNik: true });
const told = (date: string) => ({ date, inNik: false });

describe('clash', () => {
  it('leaves the dates of two NIKs one slip apart to the NIKs', () => {
    // 42 02 79 and 42 07 29: two digits of the date part swapped, so the dates they carry differ.
    const a = identityOf(preparePerson(person('3573014202792087', null)));
    const b = identityOf(preparePerson(person('3573014207292087', null)));
    expect(a.births).toEqual([inNik('1979-02-02')]);
    expect(b.births).toEqual([inNik('1929-07-02')]);
    expect(clash(a, b)).toBeNull();
    // A date written beside the NIK, and not the one it carries, is a fact of its own.
    const written = identityOf(preparePerson(person('3573014207292087', '1929-07-03')));
    expect(written.births).toEqual([told('1929-07-03')]);
    expect(clash(a, written)).toMatch(/Tanggal lahir/);
    // Another NIK's date against a date written without NIK is still compared.
    expect(clash(a, { niks: [], births: [told('1990-08-17')] })).toMatch(/Tanggal lahir/);
  });

  it("reads the date in a NIK, a woman's day plus 40", () => {
    expect(carriesBirth('3573014202792087', '1979-02-02')).toBe(true);
    expect(carriesBirth('3573010202792087', '1979-02-02')).toBe(true);
    expect(carriesBirth('3573014202792087', '1979-02-03')).toBe(false);
    expect(carriesBirth('3573014202792087', '1979-03-02')).toBe(false);
    expect(carriesBirth('3573014202792087', '1980-02-02')).toBe(false);
  });

  it('finds another NIK or birth date, but forgives one mistyped digit', () => {
    const mother: Identity = { niks: ['3573054405620001'], births: [inNik('1962-05-04')] };
    const daughter: Identity = { niks: ['3573055708900002'], births: [inNik('1990-08-17')] };
    expect(clash(mother, daughter)).toMatch(/NIK/);
    expect(clash(mother, { niks: ['3573054405620007'], births: [] })).toBeNull();
    expect(
      clash({ niks: [], births: [told('1962-05-04')] }, { niks: [], births: [told('1990-08-17')] }),
    ).toMatch(/Tanggal lahir/);
  });

  it('collects what all records of a person say', () => {
    const p: Identity = { niks: [], births: [told('1962-05-04')] };
    absorb(p, { niks: ['3573054405620001'], births: [inNik('1962-05-04')] });
    expect(p).toEqual({ niks: ['3573054405620001'], births: [told('1962-05-04')] });
    // A date every record that gives it gives with its NIK stays the NIK's.
    const q: Identity = { niks: [], births: [] };
    absorb(q, { niks: ['3573054405620001'], births: [inNik('1962-05-04')] });
    absorb(q, { niks: ['3573054405620001'], births: [inNik('1962-05-04')] });
    expect(q.births).toEqual([inNik('1962-05-04')]);
  });

  it('adds the contradiction to a match as evidence', () => {
    const m = withClash({ id: 7, score: 25, evidence: [] }, 'NIK lain tercatat untuk orang ini');
    expect(m.score).toBe(13);
    expect(m.evidence[0]).toMatchObject({ field: 'identity', outcome: 'disagree' });
  });
});
