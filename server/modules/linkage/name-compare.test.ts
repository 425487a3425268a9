import { describe, expect, it } from 'vitest';
import { compareNames, nameLevel } from './name-compare.ts';
import { prepareName, preparePerson } from './person-record.ts';
import { PersonStats } from './person-stats.ts';

const level = (a: string, b: string) => nameLevel(prepareName(a), prepareName(b)).level;
const KEL = '35.73.05.1003';

describe('nameLevel', () => {
  it.each([
    ['Hj. Siti Aminah', 'Aminah Siti', 'exact'],
    ['Siti Chotimah', 'Siti Khotimah', 'exact'],
    ['Siti Hotimah', 'Siti Khotimah', 'sound'],
    ['Yuliana', 'Juliana', 'sound'],
    ['Siti Aminah', 'Siti Aminag', 'typo'],
    ['Siti Aminah', 'Siti A.', 'abbrev'],
    ['Siti Aminah', 'St. Aminah', 'abbrev'],
    ['Siti Aminah', 'Aminah', 'subset'],
    // A middle name left out: the first and last names agree.
    ['Indah Hartini Aminah', 'Indah Aminah', 'middle'],
    ['Atik Anggraini', 'Atik Dwi Sri Anggraini', 'middle'],
    ['Nurul', 'Nurul Purwanti', 'subset'],
    ['Siti Aminah', 'Siti Aminah Rahayu', 'prefix'],
    ['Siti Aminah', 'Siti Rahayu', 'conflict'],
    ['Siti Aminah', 'Sri Wahyuni', 'different'],
    // Two words written as one: the same letters, spaced otherwise.
    ['Nur Aini', 'Nuraini', 'sound'],
    ['Ernawati', 'Erna Wati', 'sound'],
    ['Siti Nur Aminah', 'Siti Nuraminah', 'sound'],
    ['Nur Aini', 'Nurdewi', 'different'],
    // Raden Roro, a Javanese title, is not part of the name.
    ['Rr. Ayu Lestari', 'Ayu Lestari', 'exact'],
  ])('%s / %s: %s', (a, b, expected) => {
    expect(level(a, b)).toBe(expected);
  });
});

describe('compareNames', () => {
  it('weighs a name many people carry less than a rare one', () => {
    const stats = new PersonStats();
    const person = (name: string, i: number) =>
      preparePerson({
        nik: null,
        name,
        gender: 'P',
        birthDate: null,
        phone: null,
        kelurahanCode: KEL,
        street: null,
        rt: null,
        rw: null,
        id: i,
      });
    for (let i = 0; i < 3000; i++) stats.add(person(i % 20 === 0 ? 'Siti Aminah' : `Warga Nomor${i}`, i));
    stats.add(person('Musripah Wahyuningsih', 9999));
    const common = compareNames(prepareName('Siti Aminah'), prepareName('Siti Aminah'), stats, KEL);
    const rare = compareNames(
      prepareName('Musripah Wahyuningsih'),
      prepareName('Musripah Wahyuningsih'),
      stats,
      KEL,
    );
    expect(common.weight).toBeLessThan(rare.weight - 4);
    expect(common.note).toMatch(/umum/);
  });

  it('is strongly negative for different names and says why in Bahasa Indonesia', () => {
    const e = compareNames(prepareName('Siti Aminah'), prepareName('Sri Wahyuni'), new PersonStats(), null);
    expect(e).toMatchObject({ field: 'name', outcome: 'disagree', note: 'Nama berbeda' });
    expect(e.weight).toBeLessThanOrEqual(-6);
  });

  it('reports a missing name', () => {
    expect(compareNames(prepareName('Ibu'), prepareName('Siti'), new PersonStats(), null).outcome).toBe(
      'missing',
    );
  });
});
