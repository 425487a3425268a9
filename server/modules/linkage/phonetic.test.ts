import { describe, expect, it } from 'vitest';
import { phonetic, undouble } from './phonetic.ts';

describe('undouble', () => {
  it('collapses doubled letters', () => {
    expect(undouble('sitti')).toBe('siti');
    expect(undouble('muhammad')).toBe('muhamad');
    expect(undouble('aminnah')).toBe('aminah');
  });
});

describe('phonetic', () => {
  it.each([
    ['khotimah', 'hotimah', 'kh/h'],
    ['syaiful', 'saiful', 'sy/s'],
    ['sholeh', 'soleh', 'sh/s'],
    ['fatimah', 'patimah', 'f/p'],
    ['zainal', 'jaenal', 'z/j and ai/ae'],
    ['mariyam', 'mariam', 'iy before a vowel'],
    ['suwarni', 'suarni', 'uw before a vowel'],
    ['yuliana', 'juliana', 'old-spelling j'],
    ['ahmad', 'ahmat', 'final d'],
    ['aminah', 'amina', 'final h'],
    ['qomariyah', 'komariah', 'q/k'],
    ['cahyono', 'tyahyono', 'old tj read as c'],
    ['rizky', 'rizki', 'final y after a consonant'],
    ['fitry', 'fitri', 'final y after a consonant'],
  ])('%s sounds like %s (%s)', (a, b) => {
    expect(phonetic(a)).toBe(phonetic(b));
  });

  it('keeps names apart that only look alike', () => {
    expect(phonetic('siti')).not.toBe(phonetic('sri'));
    expect(phonetic('tutik')).not.toBe(phonetic('titik'));
    expect(phonetic('aisyah')).toBe('aisa');
  });
});
