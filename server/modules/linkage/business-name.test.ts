import { describe, expect, it } from 'vitest';
import { businessWords, pirtParts, productWords } from './business-name.ts';
import { phonetic } from './phonetic.ts';

const owner = (...words: string[]) => ({ words, phon: words.map(phonetic) });

describe('businessWords', () => {
  it('drops legal forms, filler and the owner', () => {
    expect(businessWords('UD Keripik Tempe Bu Siti', owner('siti', 'aminah'))).toEqual(['kripik', 'tempe']);
    expect(businessWords('CV. Sumber Rejeki')).toEqual(['sumber', 'rejeki']);
    expect(businessWords('Industri Rumahan Sambel Mbak Sitti', owner('siti'))).toEqual(['sambal']);
    expect(businessWords('Toko Kue Ibu Aminah', owner('aminah'))).toEqual(['kue']);
  });

  it('folds spelling variants but keeps kerupuk apart from keripik', () => {
    expect(businessWords('Kripik Tempeh')).toEqual(['kripik', 'tempe']);
    expect(businessWords('Keripik')).toEqual(businessWords('Kripik'));
    expect(businessWords('Kerupuk')).not.toEqual(businessWords('Keripik'));
    expect(businessWords('Kwe Lapis')).toEqual(['kue', 'lapis']);
    expect(businessWords('UD Barokah')).toEqual(['berkah']);
  });

  it('leaves nothing when the name is only the owner', () => {
    expect(businessWords('Ibu Siti Aminah', owner('siti', 'aminah'))).toEqual([]);
    expect(businessWords(null, owner('siti'))).toEqual([]);
  });
});

describe('productWords', () => {
  it('gives the distinct product words of a list', () => {
    expect(productWords('keripik tempe, Keripik Tempe pedas dan aneka kue')).toEqual([
      'kripik',
      'tempe',
      'pedas',
      'kue',
    ]);
    expect(productWords(null)).toEqual([]);
  });
});

describe('pirtParts', () => {
  it('reads the certificate and the producer (digits 4–7 and 10–13)', () => {
    expect(pirtParts('2063573010005-28')).toEqual({ certificate: '2063573010005', producer: '35730005' });
    expect(pirtParts('1143573020005-29')?.producer).toBe('35730005');
    expect(pirtParts('12345')).toBeNull();
  });
});
