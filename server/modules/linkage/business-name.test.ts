import { describe, expect, it } from 'vitest';
import {
  businessWords,
  categoryOf,
  pirtParts,
  productItems,
  productWords,
  splitDescribed,
} from './business-name.ts';
import { phonetic } from './phonetic.ts';

const owner = (...words: string[]) => ({ words, phon: words.map(phonetic) });

describe('businessWords', () => {
  it('drops legal forms, filler and the owner', () => {
    expect(businessWords('UD Keripik Tempe Bu Siti', owner('siti', 'aminah')).words).toEqual([
      'kripik',
      'tempe',
    ]);
    expect(businessWords('CV. Sumber Rejeki').words).toEqual(['sumber', 'rejeki']);
    expect(businessWords('Industri Rumahan Sambel Mbak Sitti', owner('siti')).words).toEqual(['sambal']);
    expect(businessWords('Toko Kue Ibu Aminah', owner('aminah')).words).toEqual(['kue']);
    expect(businessWords('Warung Kopi Ani', owner('ani')).words).toEqual(businessWords('Kedai Kopi').words);
  });

  it("reads a short name after a form of address as the owner's: the end or the start of one of her names", () => {
    const of = (name: string, ...o: string[]) => businessWords(name, owner(...o));
    expect(of('Usaha Bu Yani', 'ayu', 'mulyani')).toMatchObject({
      words: [],
      ownerNamed: [phonetic('mulyani')],
    });
    expect(of('USAHA BU TUTIK', 'fitri', 'astuti').words).toEqual([]);
    expect(of('Usaha Bu Puspita', 'luluk', 'puspitasari').words).toEqual([]);
    // Not after a form of address, or too short to tell: a word of the business's own.
    expect(of('Yani Jaya', 'ayu', 'mulyani').words).toEqual(['yani', 'jaya']);
    expect(of('Kue Bu Ni', 'mulyani').words).toEqual(['kue', 'ni']);
  });

  it('reads a form of address typed onto the owner’s name as written apart', () => {
    const glued = businessWords('Madu Mongso BuTini', owner('tini'));
    expect(glued).toEqual(businessWords('Madu Mongso Bu Tini', owner('tini')));
    expect(glued.ownerNamed).toEqual([phonetic('tini')]);
    // A word that only starts alike, or written all in capitals, stays whole.
    expect(businessWords('Budiman Jaya').words).toEqual(['budiman', 'jaya']);
    expect(businessWords('Pakaian Bayi').words).toEqual(['pakaian', 'bayi']);
    // In capitals, read apart only when the rest is the owner's own name.
    const capitals = businessWords('KRIPIK PISANG BUWAHYUNI', owner('ika', 'wahyuni'));
    expect(capitals.words).toEqual(['kripik', 'pisang']);
    expect(capitals.ownerNamed).toEqual([phonetic('wahyuni')]);
    expect(businessWords('BUDIMAN JAYA', owner('siti')).words).toEqual(['budiman', 'jaya']);
  });

  it('reads a filler word with two neighbouring letters swapped as filler, and nothing else', () => {
    expect(businessWords('Daupr Anis').words).toEqual(businessWords('Dapur Anis').words);
    expect(businessWords('Girya Kurniawati').words).toEqual(['kurniawati']);
    expect(businessWords('UD. Griya Kurniawati').words).toEqual(['kurniawati']);
    // One letter changed makes other words of their own (bunda / bunga).
    expect(businessWords('Bunga Matahari').words).toEqual(['bunga', 'matahari']);
  });

  it('folds spelling variants but keeps kerupuk apart from keripik', () => {
    expect(businessWords('Kripik Tempeh').words).toEqual(['kripik', 'tempe']);
    expect(businessWords('Keripik').words).toEqual(businessWords('Kripik').words);
    expect(businessWords('Kerupuk').words).not.toEqual(businessWords('Keripik').words);
    expect(businessWords('Kwe Lapis').words).toEqual(['kue', 'lapis']);
    expect(businessWords('UD Barokah').words).toEqual(['berkah']);
    expect(businessWords('Bakpia Kacang Ijo').words).toEqual(['bakpia', 'kacang', 'hijau']);
  });

  it('leaves nothing when the name is only the owner', () => {
    expect(businessWords('Ibu Siti Aminah', owner('siti', 'aminah')).words).toEqual([]);
    expect(businessWords(null, owner('siti')).words).toEqual([]);
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

  it('gives each product of a list as one phrase', () => {
    expect(productItems('Keripik tempe, tempe mendoan dan kue lapis')).toEqual([
      'kripik tempe',
      'tempe mendoan',
      'kue lapis',
    ]);
  });
});

describe('pirtParts', () => {
  it('reads the certificate and the producer (digits 4–7 and 10–13)', () => {
    expect(pirtParts('2063573010005-28')).toEqual({ certificate: '2063573010005', producer: '35730005' });
    expect(pirtParts('1143573020005-29')?.producer).toBe('35730005');
    expect(pirtParts('12345')).toBeNull();
  });
});

describe('splitDescribed and categoryOf', () => {
  it('reads the products a form writes with the brand', () => {
    expect(splitDescribed('Omah Sejati (roti manis)')).toEqual({
      brand: 'Omah Sejati',
      described: 'roti manis',
    });
    expect(splitDescribed('opak merk Melati Abadi')).toEqual({ brand: 'Melati Abadi', described: 'opak' });
    expect(splitDescribed('Nastar "Nastar Barokah"')).toEqual({
      brand: 'Nastar Barokah',
      described: 'Nastar',
    });
    expect(splitDescribed('Sumber Rejeki')).toEqual({ brand: 'Sumber Rejeki', described: null });
  });

  it('reads a list of categories as covering what the other makes or names', () => {
    const words = (text: string) => productWords(text);
    expect(categoryOf(['makanan', 'minuman'], words('Jasa Boga / Katering'))).toBe(true);
    expect(categoryOf(words('Fashion / Busana'), words('Penjahitan / Konveksi'))).toBe(true);
    expect(categoryOf(['makanan', 'minuman'], words('Kerajinan Tangan / Souvenir'))).toBe(false);
    // A kind of food the category's own products fall under ("Frozen": dimsum, nugget).
    expect(categoryOf(['makanan', 'minuman'], words('Frozen'))).toBe(true);
    expect(categoryOf(['makanan', 'minuman'], words('Mebel Kayu'))).toBe(false);
    // A list naming a product is no category.
    expect(categoryOf(words('roti manis'), words('Jasa Boga / Katering'))).toBe(false);
  });
});
