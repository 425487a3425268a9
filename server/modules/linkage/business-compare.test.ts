import { describe, expect, it } from 'vitest';
import {
  BusinessStats,
  compareBusinessNames,
  compareKbli,
  comparePermits,
  compareTheme,
  makesAlike,
} from './business-compare.ts';
import { type PreparedBusiness, prepareBusiness } from './business-record.ts';

const KEL = '35.73.01.1007';
const owner = { name: { words: ['siti'], phon: ['siti'] }, household: [] };
const BASE = {
  ownerId: 1,
  kbliCode: null,
  kelurahanCode: KEL,
  street: null,
  rt: null,
  rw: null,
  permits: [],
};
const business = (name: string, products: string | null, permits: string[] = []): PreparedBusiness =>
  prepareBusiness({ ...BASE, name, products, permits }, 1, owner);

describe('compareBusinessNames', () => {
  const stats = new BusinessStats();

  it('agrees across legal forms, spellings and the owner in the name', () => {
    const e = compareBusinessNames(
      business('UD Sumber Rejeki Bu Siti', null),
      business('CV. Sumber Rejeki', null),
      stats,
    );
    expect(e.outcome).toBe('agree');
    expect(e.weight).toBeGreaterThan(3);
  });

  it('reads her house under her name and the same kind of house under another name as two names', () => {
    // "Dapur Siti" of Siti beside "Dapur Susi": her kitchen, and one named after someone else.
    const e = compareBusinessNames(
      business('Dapur Siti', 'tempe'),
      business('Dapur Susi', 'keripik tempe'),
      stats,
    );
    expect(e.outcome).toBe('disagree');
    // Her name as her husband's record of the business reads it ("Yati" of Nurhayati) is no other name.
    const of = (words: string[]) => ({ name: { words, phon: words }, household: [] });
    const yati = { ...BASE, name: 'Dapur Bunda Yati', products: 'dodol' };
    const hers = prepareBusiness(yati, 1, of(['nurhayati']));
    const his = prepareBusiness({ ...yati, ownerId: 2 }, 2, of(['syahrul']));
    expect(compareBusinessNames(hers, his, stats).outcome).not.toBe('disagree');
    // Beside a name of products only ("Dapur Keripik"), or hers again, nothing is said against it.
    for (const other of ['Dapur Keripik', 'Dapur Bu Siti'])
      expect(
        compareBusinessNames(business('Dapur Siti', 'tempe'), business(other, 'keripik tempe'), stats)
          .outcome,
      ).not.toBe('disagree');
  });

  it('gives little to two names that only name the products', () => {
    const a = business('Keripik Tempe Bu Siti', 'keripik tempe');
    const b = business('Kripik Tempe', 'kripik tempe, tempe mendoan');
    expect(compareBusinessNames(a, b, stats).weight).toBe(1);
  });

  it('does not count a brand against a name that only names the products', () => {
    const e = compareBusinessNames(
      business('Sambal Bu Siti', 'sambal'),
      business('UD Arema', 'sambal'),
      stats,
    );
    expect(e.weight).toBe(0);
  });

  it('counts two different brands against', () => {
    expect(
      compareBusinessNames(business('UD Arema', null), business('UD Kencana', null), stats).outcome,
    ).toBe('disagree');
  });

  it('counts against two names that share only the product, each going on with a brand of its own', () => {
    const products = 'marning jagung, marning pedas';
    const tumapel = business('Marning Jagung Tumapel', 'marning jagung');
    const saudara = business('UD Marning Jagung Pandanwangi Dua Saudara', products);
    expect(compareBusinessNames(tumapel, saudara, stats)).toMatchObject({
      outcome: 'disagree',
      weight: -1.5,
    });
    // A brand word mistyped beyond a typo, a garbled form of address, or a name with the product alone: the
    // share is counted as before.
    const partly = (a: string, b: string) =>
      compareBusinessNames(business(a, 'roti sobek'), business(b, 'roti sobek, roti manis'), stats).outcome;
    expect(partly('Roti Rejeki', 'Roti Reeki')).toBe('partial');
    expect(partly('Roti Iu Siti', 'Roti Mentari')).toBe('partial');
    expect(partly('Roti Sobek Mentari', 'Roti Mentari')).not.toBe('disagree');
    expect(partly('Roti Mentari', 'Roti')).not.toBe('disagree');
  });

  it('counts against two names of one owner that name two kinds ("Kue Basah" / "Kue Kering")', () => {
    const kinds = (x: string, y: string) =>
      compareBusinessNames(business(x, null), business(y, null), stats).note;
    expect(kinds('Kue Basah Bu Siti', 'Kue Kering Mbak Siti')).toMatch(/jenis usaha yang berbeda/);
    // Two words of one family, or a word of none: one kind, or nothing said.
    expect(kinds('Kue Kering Bu Siti', 'Kue Lebaran Bu Siti')).not.toMatch(/jenis usaha/);
    expect(kinds('Kue Kering Bu Siti', 'Kue Kering Sekar Arum')).not.toMatch(/jenis usaha/);
  });

  it('counts two brands of common words against, but not a name after its owner', () => {
    // A registry where these words are in many names: each name alone says little.
    const common = new BusinessStats();
    const words = ['Sumber Rejeki', 'Maju Jaya', 'Jahit', 'Daur Ulang', 'Sari Rasa'];
    for (let i = 0; i < 400; i++) common.add(business(`${words[i % words.length]} ${i}`, null));
    const named = (a: string, b: string, products = 'permak pakaian, jahit kebaya') =>
      compareBusinessNames(business(a, products), business(b, products), common).outcome;
    expect(named('UD Sumber Rejeki', 'Maju Jaya')).toBe('disagree');
    expect(named('Jahit Sumber Rejeki', 'Jahit Maju Jaya')).toBe('disagree');
    // "Daur Ulang Bu Siti" is how a neighbour names Siti's trade, whatever the brand of her business.
    expect(named('Daur Ulang Bu Siti', 'UD Maju Jaya', 'keset')).not.toBe('disagree');
    expect(named('UD Sumber Rejeki', 'Sumber Rejeki')).toBe('agree');
  });

  it('reads words run together as the same name ("Pandanwangi" / "Pandan Wangi")', () => {
    const e = compareBusinessNames(
      business('Keripik Tempe Pandanwangi', null),
      business('Keripik Tempe Pandan Wangi', 'keripik tempe pedas'),
      stats,
    );
    expect(e.outcome).toBe('agree');
    expect(
      compareBusinessNames(business('Sumberrejeki', null), business('Sumber Rejeki', null), stats).outcome,
    ).toBe('agree');
  });

  it('reads a form of address typed onto a name in capitals as the name beside it', () => {
    // "BuWahyuni" is read apart as "Bu Wahyuni"; in capitals only the other name says where it parts.
    const e = compareBusinessNames(
      business('Kripik Pisang BuWahyuni', 'keripik pisang'),
      business('KRIPIK PISANG BUWAHYUNI', 'keripik pisang'),
      stats,
    );
    expect(e.outcome).toBe('agree');
    const other = compareBusinessNames(
      business('Kripik Pisang BuWahyuni', 'keripik pisang'),
      business('KRIPIK PISANG BUDIMAN', 'keripik pisang'),
      stats,
    );
    expect(other.outcome).not.toBe('agree');
  });

  it('takes a word of the street both are on as a place, not a brand they share', () => {
    const on = (name: string, products: string, street: string | null) =>
      prepareBusiness({ ...BASE, name, products, street }, 1, owner);
    const [a, b] = [
      ['CV. Jahit Sukun Makmur', 'seragam sekolah'],
      ['UD Konveksi Sukun Mama', 'seragam kerja, jaket'],
    ] as const;
    const street = 'Jl. Raya Sukun No. 149';
    expect(compareBusinessNames(on(...a, street), on(...b, street), stats).outcome).toBe('disagree');
    expect(compareBusinessNames(on(...a, 'Jl. Kenanga 3'), on(...b, 'Jl. Kenanga 3'), stats).outcome).toBe(
      'partial',
    );
  });

  it('reads a name saying only what kind of maker she is as no brand of its own', () => {
    const arumdalu = business('Tempe Arumdalu', 'tempe plastik');
    // A kelurahan list's "Usaha" column: the kind of business, not a second brand of tempe.
    expect(
      compareBusinessNames(arumdalu, business('Perajin tempe', 'Perajin tempe'), stats).outcome,
    ).not.toBe('disagree');
    expect(compareBusinessNames(arumdalu, business('Tempe Sumber Rejeki', 'tempe'), stats).outcome).toBe(
      'disagree',
    );
  });
});

describe('compareTheme', () => {
  const theme = (products: string | null, name = 'UD Arema') => business(name, products);
  it('tells shared, partly shared and other products apart', () => {
    expect(compareTheme(theme('lemper, kue lapis'), theme('lemper, kue lapis, klepon')).outcome).toBe(
      'agree',
    );
    expect(compareTheme(theme('hijab'), theme('gamis, hijab, mukena')).outcome).toBe('agree');
    expect(compareTheme(theme('tempe mendoan'), theme('keripik tempe pedas')).outcome).toBe('partial');
    expect(compareTheme(theme('jahit kebaya', ''), theme('keripik tempe', '')).outcome).toBe('disagree');
    expect(compareTheme(theme(null, ''), theme('keripik')).outcome).toBe('missing');
  });

  it('reads the English and other words offices write for one product or trade', () => {
    const same = (a: string, b: string) => compareTheme(theme(a), theme(b)).outcome;
    expect(same('Tempe Chips', 'Keripik Tempe')).toBe('agree');
    expect(same('crackers', 'krupuk')).toBe('agree');
    expect(same('Pottery', 'tembikar')).toBe('agree');
    expect(same('Ceramics', 'INDUSTRI KERAMIK')).toBe('agree');
    expect(same('Jasa Boga / Katering', 'PRODUKSI JASA BOGA')).toBe('agree');
    expect(same('Minuman Herbal', 'jamu')).toBe('agree');
    expect(same('Meubel', 'mebel')).toBe('agree');
    expect(same('crochet', 'Kerajinan Rajut')).toBe('agree');
    expect(same('knitting', 'RAJUT')).toBe('agree');
    expect(same('Rattan', 'KERAJINAN ROTAN')).toBe('agree');
    expect(same('Bakery', 'roti')).toBe('agree');
    expect(same('Marneng', 'marning jagung')).toBe('agree');
    expect(same('Corn Snack', 'Jagung Marning')).not.toBe('disagree');
    expect(same('DAGANG ES', 'es mambo')).toBe('agree');
    expect(same('Sambal Kemasan', 'sambel pecel')).toBe('agree');
    expect(same('MENJAHIT', 'Penjahitan')).toBe('agree');
    expect(same('Ground Coffee', 'PRODUKSI KOPI BUBUK')).toBe('agree');
    expect(same('Chili Sauce', 'sambal cabe')).toBe('agree');
    // Javanese names of one product.
    expect(same('kripik gedang', 'Keripik Pisang')).toBe('agree');
    expect(same('Jenang Ketan', 'dodol ketan')).toBe('agree');
    expect(same('kripik gedang', 'Keripik Singkong')).not.toBe('agree');
    // Sumatran names: kue bangkit is a cookie, jangek is kerupuk kulit. A list of kinds alone (a zakat
    // list's "KUE KERING", no business name) covers the cookie.
    expect(compareTheme(theme('KUE KERING', ''), theme('Kue Bangkit')).outcome).toBe('agree');
    expect(compareTheme(theme('KUE KERING', ''), theme('Bika Ambon')).outcome).not.toBe('agree');
    expect(same('Kerupuk Jangek', 'KERUPUK KULIT')).toBe('agree');
    expect(same('Kue Bangkit', 'Bika Ambon')).not.toBe('agree');
  });

  it('reads two names of one trade as the same products', () => {
    const same = (a: string, b: string) => compareTheme(theme(a), theme(b)).outcome;
    expect(same('JAJAN PASAR', 'Kue Basah')).toBe('agree');
    expect(same('kue tradisional', 'jajanan pasar')).toBe('agree');
    expect(same('PRODUKSI FROZEN FOOD', 'MAKANAN BEKU')).toBe('agree');
    expect(same('INDUSTRI PENJAHIT', 'Penjahitan / Konveksi')).toBe('agree');
    // Kinds of two families, or of one broad trade, are not one trade.
    expect(same('Kue Basah', 'kue kering')).not.toBe('agree');
    expect(same('Makanan Beku', 'Jajan Pasar')).not.toBe('agree');
  });

  it('reads a trade beside a product of it, and one kind beside another of its family, as related', () => {
    const same = (a: string, b: string) => compareTheme(theme(a), theme(b)).outcome;
    // A named record's "Kerupuk" beside rengginang: the same trade, though not the same product.
    expect(same('Kerupuk', 'rengginang')).toBe('partial');
    expect(same('Mebel Kayu', 'INDUSTRI LEMARI KAYU')).not.toBe('disagree');
    expect(same('Meubel', 'lemari kayu')).toBe('partial');
    expect(same('cookies', 'Kue Lebaran')).toBe('partial');
    expect(same('Snack Box', 'kue-kue basah')).toBe('partial');
    expect(same('Roti', 'bolu')).toBe('partial');
    expect(same('cobek tanah liat', 'tembikar')).toBe('partial');
    expect(same('Bakso', 'pentol, cilok')).toBe('partial');
    expect(same('Raket Badminton', 'shuttlecock')).toBe('partial');
    expect(same('Batik Tulis', 'ecoprint')).toBe('partial');
    // Furniture is a craft: a form's category "Kerajinan" beside "Mebel Kayu".
    expect(same('Kerajinan', 'Mebel Kayu')).not.toBe('disagree');
    // Snacks sold by the kilo ("camilan"): keripik, makaroni, stik, kacang; kerupuk is a trade of its own.
    expect(same('Keripik Tempe', 'Makaroni Pedas')).toBe('partial');
    expect(same('camilan', 'makaroni pedas')).toBe('partial');
    expect(same('Keripik & Camilan', 'Kacang Bawang')).toBe('partial');
    expect(same('Kerupuk', 'keripik tempe original')).toBe('disagree');
    // Two products of one trade, however broad, but food or crafts as a whole.
    expect(same('Rengginang', 'Kerupuk Bawang')).toBe('partial');
    expect(same('Es Mambo', 'jus buah')).toBe('partial');
    expect(same('Pot Bunga Tanah Liat', 'tembikar')).toBe('partial');
    expect(same('tempe', 'kue lapis')).toBe('disagree');
    // Other trades stay other products.
    expect(same('Kerupuk', 'lemari kayu')).toBe('disagree');
    expect(same('cookies', 'gerabah')).toBe('disagree');
  });

  it("tells items of one thing from a word two items share, for an owner's only business", () => {
    const alike = (a: string, b: string) => makesAlike(compareTheme(theme(a), theme(b)));
    expect(alike('sambal pecel', 'bumbu pecel kacang')).toBe(true);
    expect(alike('marning jagung pedas', 'marning')).toBe(true);
    expect(alike('Katering', 'nasi box')).toBe(true);
    // One word shared, each item another thing: her two businesses as often as one.
    expect(alike('keripik tempe', 'keripik singkong')).toBe(false);
    expect(alike('keripik tempe', 'tempe')).toBe(false);
    expect(alike('Keripik Tempe', 'PRODUKSI KRIPIK TEMPE SAGU')).toBe(true);
    expect(alike('bakpia kacang hijau', 'bumbu pecel kacang')).toBe(false);
    expect(alike('jahe instan', 'jilbab instan')).toBe(false);
    // A category, or one family, is the trade only.
    expect(alike('Makanan & Minuman', 'Frozen')).toBe(false);
    expect(alike('nastar', 'kue lapis')).toBe(false);
  });

  it("reads one brand with another product after it as the brand's other business", () => {
    const theme = (a: [string, string], b: [string, string]) =>
      compareTheme(business(...a), business(...b)).outcome;
    // The second name is the first's with what the second makes after it: the names share sambel pecel.
    expect(
      theme(['Sambel Pecel "Mak Mud"', 'sambel pecel'], ['Sambel Pecel "Mak Mud" Anyaman', 'anyaman bambu']),
    ).toBe('disagree');
    expect(theme(['Rasa Ndeso', 'kue kering'], ['Rasa Ndeso Jamu', 'jual jamu'])).toBe('disagree');
    // One name on a P-IRT register's rows, one product each: what the name says is still shared.
    expect(theme(['Roti Bu Tatik', 'roti & bakery'], ['Roti Bu Tatik', 'stik keju'])).not.toBe('disagree');
  });

  it('leaves a brand word only the names share to the names: the products still differ', () => {
    const flanel = business('Flanel Mandiri', 'hiasan kulkas, boneka flanel, tempat pensil');
    const catering = business('Catering Rampal Mandiri', 'lauk pauk, nasi kotak');
    expect(compareTheme(flanel, catering).outcome).toBe('disagree');
    // Without a product list the name is all there is of what the business makes.
    expect(compareTheme(business('Berkah Jaya', null), business('Berkah Jaya', null)).outcome).toBe('agree');
    // A word of a product list still counts when a name carries it.
    expect(
      compareTheme(business('Tempe Mandiri', 'tempe'), business('Mandiri', 'tempe mendoan')).outcome,
    ).not.toBe('disagree');
  });
});

describe('a record that only says what kind of business it is', () => {
  it("makes what the other makes when each of its words is among the other's products or covers them", () => {
    const mitra = business('UD Mitra Usaha', 'kursi rotan, keranjang rotan');
    // A kelurahan list's "Usaha" column, read as the products (the name stands in for it).
    expect(compareTheme(business('Rotan', 'Rotan'), mitra).outcome).toBe('agree');
    expect(
      compareTheme(business('Batik tulis', 'Batik tulis'), business('Harapan Baru', 'selendang batik'))
        .outcome,
    ).toBe('agree');
    expect(compareTheme(business('Kerajinan rotan', 'Kerajinan rotan'), mitra).outcome).toBe('agree');
    expect(
      compareTheme(business('Konveksi', 'Konveksi'), business('UD Sumber Urip', 'gamis, jahit pakaian'))
        .outcome,
    ).toBe('agree');
    expect(
      compareTheme(business('Jajan pasar', 'Jajan pasar'), business('Kue Basah', 'kue lumpur, dadar gulung'))
        .outcome,
    ).toBe('agree');
    expect(
      compareTheme(business('Makanan beku', 'Makanan beku'), business('Dapur Bunda', 'dimsum ayam')).outcome,
    ).toBe('agree');
    // A bank's "Jenis Usaha" names the trade only: it covers what the trade makes, and no other trade.
    const trade = (kind: string, name: string, products: string) =>
      compareTheme(business(kind, kind), business(name, products)).outcome;
    expect(trade('jual kue', 'Srikandi', 'bakpia coklat')).toBe('agree');
    expect(trade('kerupuk', 'Rengginang Mbak Rina', 'rengginang terasi')).toBe('agree');
    expect(trade('WARUNG', 'Nasi Pecel Bu Heni', 'rawon')).toBe('agree');
    expect(trade('WARUNG MAKAN', 'Dapur Bu Desy', 'rawon, soto, nasi pecel')).toBe('agree');
    expect(trade('PRODUKSI MINUMAN', 'Susu Kedelai Bu Evi', 'susu kedelai coklat')).toBe('agree');
    expect(trade('kerajinan tangan', 'Sekar Arum', 'topeng malangan')).toBe('agree');
    expect(trade('MAKANAN', 'Tiga Putri', 'pentol, dimsum, siomay beku')).toBe('agree');
    expect(trade('jasa jahit', 'Jahit Mbak Dewi', 'permak pakaian')).toBe('agree');
    expect(trade('USAHA JILBAB', 'Kerudung Bu Heni', 'kerudung bordir')).toBe('agree');
    expect(trade('RAJUTAN', 'Family', 'boneka rajut, topi rajut')).toBe('agree');
    expect(trade('USAHA SAMBAL', 'Rumah Kue Eni', 'bumbu pecel kacang')).toBe('agree');
    expect(trade('KERIPIK BUAH', 'Al-Amin', 'keripik salak, keripik nangka')).toBe('agree');
    expect(trade('MAKANAN', 'Sekar Arum', 'tas ecoprint')).toBe('disagree');
    expect(trade('PRODUKSI MINUMAN', 'Keripik Bu Ani', 'keripik apel')).toBe('disagree');
    // "Food" is no product, however its doubled letter is read.
    expect(
      compareTheme(business('Frozen food', 'Frozen food'), business('UD Sumber Urip', 'dimsum ayam')).outcome,
    ).toBe('agree');
    // A word it does not cover leaves it partly shared, and other products differ.
    expect(compareTheme(business('Tahu', 'Tahu'), mitra).outcome).toBe('disagree');
    expect(
      compareTheme(
        business('Keripik singkong & pisang', 'Keripik singkong & pisang'),
        business('UD Arema', 'keripik pisang coklat'),
      ).outcome,
    ).toBe('partial');
    expect(
      compareTheme(business('Bumbu pecel', 'Bumbu pecel'), business('Sambal Bu Siti', 'sambal pecel pedas'))
        .outcome,
    ).toBe('agree');
    // A brand's products are not a kind: "UD Arema" selling rotan is not inside "kursi rotan, meja jati".
    expect(
      compareTheme(business('UD Arema', 'rotan'), business('Jati Indah', 'kursi rotan, meja jati')).outcome,
    ).toBe('partial');
  });

  it("keeps no filler nor the owner's name among the products: a brand in a products column says none", () => {
    const brand = business('Rumah Bunda Siti', 'Rumah Bunda Siti');
    expect(brand.products).toEqual([]);
    expect(compareTheme(brand, business('Rumah Bunda Siti', 'bakpia coklat')).outcome).toBe('missing');
    expect(business('Keset Siti Rahayu', 'Keset Siti Rahayu').products).toEqual(['keset', 'rahayu']);
    // A word only like her name is a product still ("Sari Apel" of Sri Lestari).
    expect(business('Dapur Siti', 'Sita Apel').products).toEqual(['sita', 'apel']);
  });

  it('reads two product lists of one family as partly shared: one P-IRT row per product', () => {
    const partly = (a: string, b: string) =>
      compareTheme(business('Bu Siti', a), business('Bu Siti', b)).outcome;
    expect(partly('Nastar', 'Kastengel')).toBe('partial');
    expect(partly('Nugget Ayam', 'Risoles Beku')).toBe('partial');
    expect(partly('Jamu Beras Kencur', 'Serbuk Jahe Merah')).toBe('partial');
    expect(partly('Keset Kain Perca', 'Nastar')).toBe('disagree');
  });

  it('reads what the industry code says a business without a product list makes (an OSS export)', () => {
    const oss = (kbliCode: string) =>
      prepareBusiness({ ...BASE, name: 'Rukayah', products: null, kbliCode }, 1, owner);
    expect(oss('10794').products).toEqual(expect.arrayContaining(['kripik', 'krupuk']));
    expect(compareTheme(oss('10794'), business('Keripik buah', 'keripik buah')).outcome).not.toBe('disagree');
    expect(compareTheme(oss('14120'), business('Keripik buah', 'keripik buah')).outcome).toBe('disagree');
    // A list of its own wins; a code that says no product adds none.
    const listed = prepareBusiness({ ...BASE, name: 'A', products: 'jamu', kbliCode: '10794' }, 1, owner);
    expect(listed.products).toEqual(['jamu']);
    expect(oss('10799').products).toEqual([]);
  });

  it('reads an industry code as the trade of what a product list names or its kind word covers', () => {
    const oss = (kbliCode: string) =>
      prepareBusiness({ ...BASE, name: 'D Kriuk Rasa', products: null, kbliCode }, 1, owner);
    const made = (products: string) => compareTheme(oss('10794'), business(products, products));
    // "tempe chips" is a keripik: the trade's word, so a row naming it makes alike for ONLY_BUSINESS.
    expect(makesAlike(made('tempe chips'))).toBe(true);
    expect(makesAlike(compareTheme(business('Kripik', 'tempe chips'), oss('10794')))).toBe(true);
    expect(makesAlike(compareTheme(oss('10710'), business('Kue', 'kue kering & nastar')))).toBe(true);
    expect(makesAlike(compareTheme(oss('16291'), business('Besek', 'besek')))).toBe(true);
    expect(made('jahit baju').outcome).toBe('disagree');
    // Two trades are two codes' words, not a list beside a trade.
    expect(makesAlike(compareTheme(oss('10794'), oss('10794')))).toBe(true);
    expect(makesAlike(compareTheme(oss('10794'), oss('10793')))).toBe(false);
  });

  it('reads a name without a product list as its products when it only names what the other makes', () => {
    const keramik = business('Keramik', 'guci keramik, vas keramik');
    expect(compareTheme(business('KERAMIK BU SITI', null), keramik).outcome).toBe('agree');
    expect(compareTheme(business('JAHIT', null), business('Jahit Ibu Siti', 'kaos sablon')).outcome).toBe(
      'agree',
    );
    const apel = business('Nabila Food', 'sirup apel, keripik apel, sari apel');
    const listed = business('SIRUP APEL, KERIPIK APEL, SARI APEL', null);
    expect(compareTheme(listed, apel).outcome).toBe('agree');
    // One office writes the brand, another what it makes: not two brands.
    expect(compareBusinessNames(listed, apel, new BusinessStats())).toMatchObject({
      outcome: 'missing',
      weight: 0,
    });
    expect(compareBusinessNames(business('Sumber Rejeki', null), apel, new BusinessStats()).outcome).toBe(
      'disagree',
    );
    // A name listing products, one of which the other makes.
    const listing = business('KUE SEMPRIT & KUE KACANG & PUTRI SALJU', null);
    const semprit = business('Kayutangan', 'Kue Semprit');
    expect(compareTheme(listing, semprit).outcome).toBe('agree');
    expect(compareBusinessNames(listing, semprit, new BusinessStats()).outcome).toBe('missing');
    expect(compareTheme(business('Cake & Cookies', null), semprit).outcome).not.toBe('agree');
  });
});

describe('compareKbli', () => {
  it('says another division against, one group mildly for', () => {
    expect(compareKbli('10794', '10794')?.outcome).toBe('agree');
    expect(compareKbli('10794', '10792')?.outcome).toBe('partial');
    expect(compareKbli('10794', '14120')?.weight).toBeLessThan(-2);
    expect(compareKbli(null, '14120')).toBeNull();
  });
});

describe('comparePermits', () => {
  it("treats one NIB as one business actor's, and another NIB as another business", () => {
    const a = business('A', null, ['NIB:1234567890123']);
    expect(comparePermits(a, business('B', null, ['NIB:1234567890123']))?.[0]).toMatchObject({
      outcome: 'partial',
      weight: 4,
    });
    expect(comparePermits(a, business('B', null, ['NIB:9999999999999']))?.[0]?.outcome).toBe('disagree');
  });

  it('reads one P-IRT certificate as the business, another of the producer as partial', () => {
    const a = business('A', null, ['PIRT:2063573010005-28']);
    const renewed = business('A', null, ['PIRT:2063573010005-33']);
    const other = business('A', null, ['PIRT:1143573020005-29']);
    const stranger = business('A', null, ['PIRT:1143573020077-29']);
    expect(comparePermits(a, renewed)?.[0]?.outcome).toBe('agree');
    expect(comparePermits(a, other)?.[0]?.outcome).toBe('partial');
    expect(comparePermits(a, stranger)?.[0]?.outcome).toBe('disagree');
    expect(comparePermits(a, business('A', null))).toBeNull();
  });
});
