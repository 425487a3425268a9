import { describe, expect, it } from 'vitest';
import { genderOfName, nameKey, normalizePersonName } from './person-name.ts';
import { phonetic } from './phonetic.ts';

const words = (raw: string) => normalizePersonName(raw).words;

describe('normalizePersonName', () => {
  it.each([
    ['Hj. Siti Aminah', ['siti', 'aminah']],
    ['H. Ahmad Fauzi', ['ahmad', 'fauzi']],
    ['Ibu Siti Aminah', ['siti', 'aminah']],
    ['Bu Siti', ['siti']],
    ['Ny. Sulastri', ['sulastri']],
    ['Nyonya Sulastri', ['sulastri']],
    ['Sdr. Bambang', ['bambang']],
    ['Mbak Yuliana', ['yuliana']],
    ['Bpk. Sugeng', ['sugeng']],
    ['Siti Aminah, S.Pd.', ['siti', 'aminah']],
    ['Siti Aminah S.E.', ['siti', 'aminah']],
    ['Siti Aminah SE', ['siti', 'aminah']],
    ['Rina S.Kom', ['rina']],
    ['Yuli A.Md.', ['yuli']],
    ['Dra. Endang Rahayu', ['endang', 'rahayu']],
    ['Ir. Joko', ['joko']],
    ['Drs. Hadi', ['hadi']],
    ['dr. Ratna', ['ratna']],
    ['Hj.Siti Chotimah', ['siti', 'khotimah']],
  ])('%s → %j', (raw, expected) => {
    expect(words(raw)).toEqual(expected);
  });

  it('drops the "binti …" and "bin …" tail', () => {
    expect(words('Siti Aminah binti Karto')).toEqual(['siti', 'aminah']);
    expect(words('Ahmad bin Umar')).toEqual(['ahmad']);
  });

  it('drops a nickname in brackets, "alias …" and a second person written after the name', () => {
    for (const raw of [
      'Siti Aminah (Bu Ani)',
      'Siti Aminah alias Ani',
      'Siti Aminah als. Ani',
      'Siti Aminah & Suami',
      'Siti Aminah / Budi',
      'Siti Aminah dan anak',
    ])
      expect(words(raw), raw).toEqual(['siti', 'aminah']);
    // A name that is all nickname is still a name; "dan" inside a word stays.
    expect(words('(Bu Ani)')).toEqual(['ani']);
    expect(words('Wardani Ramdan')).toEqual(['wardani', 'ramdan']);
  });

  it('folds old spelling and doubled letters', () => {
    expect(words('Soeprapti')).toEqual(['suprapti']);
    expect(words('Djoko Tjahjono')).toEqual(['joko', 'cahjono']);
    expect(words('Chusnul')).toEqual(['khusnul']);
    expect(words('Sitti Aminnah')).toEqual(['siti', 'aminah']);
  });

  it('keeps abbreviations apart from full words', () => {
    expect(normalizePersonName('Siti A.')).toEqual({ words: ['siti'], abbrevs: ['a'] });
    expect(normalizePersonName('St. Aminah')).toEqual({ words: ['aminah'], abbrevs: ['st'] });
    expect(normalizePersonName('M. Yusuf')).toEqual({ words: ['yusuf'], abbrevs: ['m'] });
  });

  it('reads the spellings of Muhammad and Abdul as one', () => {
    for (const raw of ['Muhammad Ali', 'Mohammad Ali', 'Moch. Ali', 'Mochammad Ali', 'Moh. Ali', 'Muh Ali']) {
      expect(words(raw)).toEqual(['muhamad', 'ali']);
    }
    expect(words('Abd. Rahman')).toEqual(['abdul', 'rahman']);
  });

  it('treats a last "ST" as a degree but a first "St." as Siti abbreviated', () => {
    expect(words('Bambang ST')).toEqual(['bambang']);
    expect(normalizePersonName('St. Aminah').abbrevs).toEqual(['st']);
  });

  it('keeps a given name that is also a word of address elsewhere (Umi)', () => {
    expect(words('Umi Kalsum')).toEqual(['umi', 'kalsum']);
  });
});

describe('nameKey', () => {
  it('ignores word order and marks abbreviations', () => {
    expect(nameKey(normalizePersonName('Aminah Siti'))).toBe(nameKey(normalizePersonName('Siti Aminah')));
    expect(nameKey(normalizePersonName('Siti A.'))).toBe('siti a.');
  });
});

describe('genderOfName', () => {
  const of = (name: string) => genderOfName(name.split(' ').map(phonetic).join(' '));
  it("reads the gender a woman's or a man's names say, and none from a name either may bear", () => {
    expect(of('suwarni')).toBe('P');
    expect(of('tri sulistyowati')).toBe('P');
    expect(of('samsul hidayat')).toBe('L');
    expect(of('m purnomo')).toBe('L');
    expect(of('tri')).toBeNull();
    expect(of('oktavia')).toBeNull();
  });
});
