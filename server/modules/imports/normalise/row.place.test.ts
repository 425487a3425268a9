import { describe, expect, it } from 'vitest';
import type { Cell } from '../imports.types.ts';
import { createAreaMatcher } from './area-matcher.ts';
import { villagesOf } from './areas.fixture.ts';
import { autoMapping } from './headers.ts';
import { codesOf, ctx, issueOf, normaliseWith } from './row.testkit.ts';
import { normaliseRow } from './row.ts';
import { sectionBelow, sectionPlace, sheetPlace } from './row-place.ts';
import type { NormaliseContext } from './types.ts';

const place = (headers: string[], cells: Cell[]) =>
  normaliseWith(['Nama', 'Nama Usaha', ...headers], ['Siti Aminah', 'Kripik Bu Siti', ...cells]);

describe('normaliseRow: address and kelurahan', () => {
  it('splits one address cell into street, RT/RW, kelurahan and kecamatan', () => {
    const r = place(['Alamat'], ['Jl. Mawar No. 5 RT 02 RW 03 Kel. Tlogomas Kec. Lowokwaru']);
    expect(r.issues).toEqual([]);
    expect(r.person).toMatchObject({
      street: 'Jl. Mawar No. 5',
      rt: '002',
      rw: '003',
      kelurahanCode: '35.73.05.1003',
    });
    expect(r.business).toMatchObject({
      street: 'Jl. Mawar No. 5',
      rt: '002',
      rw: '003',
      kelurahanCode: '35.73.05.1003',
      kecamatanCode: '35.73.05',
    });
  });

  it('prefers dedicated columns over the parts of the address cell', () => {
    const r = place(['Alamat', 'RT/RW', 'Kelurahan'], ['Jl. Kawi 12 RT 1 RW 1, Kauman', '04/11', 'Bareng']);
    expect(r.person).toMatchObject({
      street: 'Jl. Kawi 12',
      rt: '004',
      rw: '011',
      kelurahanCode: '35.73.02.1009',
    });
    const cols = place(
      ['Jalan', 'RT', 'RW', 'Kel', 'Kec'],
      ['Jl. Sanan 3', 2, '15', 'Purwantoro', 'Blimbing'],
    );
    expect(cols.business).toMatchObject({
      street: 'Jl. Sanan 3',
      rt: '002',
      rw: '015',
      kecamatanCode: '35.73.01',
    });
    expect(cols.issues).toEqual([]);
  });

  it('warns, naming the chosen kelurahan, when the match is only close', () => {
    const r = place(['Kelurahan'], ['Mojolagu']);
    expect(r.person.kelurahanCode).toBe('35.73.05.1009');
    expect(r.issues).toEqual([
      {
        severity: 'warning',
        code: 'KELURAHAN_UNCERTAIN',
        message:
          'Kelurahan "Mojolagu" tidak persis ada dalam daftar; dibaca sebagai Mojolangu (Kec. Lowokwaru). Perbaiki ejaannya bila bukan kelurahan itu.',
        field: 'kelurahan',
        column: 2,
      },
    ]);
  });

  it('warns when the kecamatan contradicts the kelurahan', () => {
    const r = place(['Kelurahan', 'Kecamatan'], ['Kauman', 'Lowokwaru']);
    expect(r.business.kecamatanCode).toBe('35.73.02');
    expect(codesOf(r.issues)).toEqual(['KELURAHAN_KECAMATAN_MISMATCH']);
  });

  it('rejects rows whose kelurahan is empty, unknown or outside the served region', () => {
    const empty = place(['Kelurahan'], ['']);
    expect(empty.issues).toMatchObject([
      { severity: 'error', code: 'KELURAHAN_REQUIRED', field: 'kelurahan', column: 2 },
    ]);
    expect(place([], []).issues).toMatchObject([{ code: 'KELURAHAN_REQUIRED', field: 'kelurahan' }]);
    const unknown = issueOf(place(['Kelurahan'], ['Rampal']).issues, 'KELURAHAN_UNKNOWN');
    expect(unknown?.severity).toBe('error');
    expect(unknown?.message).toContain('"Rampal"');
    expect(unknown?.message).toContain('Mungkin maksudnya:');
    const outside = issueOf(
      place(['Desa', 'Kecamatan'], ['Sumberpasir', 'Pakis']).issues,
      'KELURAHAN_OUTSIDE',
    );
    expect(outside?.message).toBe(
      'Kelurahan "Sumberpasir" berada di luar wilayah layanan (Sumberpasir (Kec. Pakis)); data di luar wilayah tidak diimpor.',
    );
  });

  it('reads a kelurahan cell that also names the kecamatan or an RW, taking the RW if the row has none', () => {
    const marked = place(['Kelurahan'], ['Kec. Lowokwaru Kel. Ketawanggede']);
    expect(marked.business).toMatchObject({ kelurahanCode: '35.73.05.1006', kecamatanCode: '35.73.05' });
    expect(marked.issues).toEqual([]);
    const withRw = place(['Kelurahan', 'Kecamatan'], ['Dinoyo (RW 05)', 'Lowokwaru']);
    expect(withRw.business).toMatchObject({ kelurahanCode: '35.73.05.1004', rt: null, rw: '005' });
    expect(withRw.issues).toEqual([]);
    expect(place(['Kelurahan', 'RW'], ['Dinoyo (RW 05)', '7']).business.rw).toBe('007');
  });

  it('reads a kelurahan cut short beside its kecamatan, with a warning to check it', () => {
    const province: NormaliseContext = {
      ...ctx,
      areas: createAreaMatcher(
        villagesOf('35.73'),
        villagesOf('35').filter((a) => !a.code.startsWith('35.73.')),
      ),
    };
    const r = normaliseWith(
      ['Nama', 'Nama Usaha', 'Kelurahan', 'Kecamatan'],
      ['Siti Aminah', 'Kripik Bu Siti', 'Sumber', 'Lowokwaru'],
      province,
    );
    expect(r.business.kelurahanCode).toBe(province.areas.match('Sumbersari').code);
    expect(r.issues).toMatchObject([
      { severity: 'warning', code: 'KELURAHAN_UNCERTAIN', field: 'kelurahan' },
    ]);
    expect(r.issues[0]?.message).toBe(
      'Kelurahan "Sumber" tidak persis ada dalam daftar; dibaca sebagai Sumbersari (Kec. Lowokwaru). Perbaiki ejaannya bila bukan kelurahan itu.',
    );
  });

  it('reads the kelurahan written before the street and the kecamatan after it', () => {
    const r = place(['Alamat'], ['Bareng, Jl. Kauman No 120 Rt 12 Rw 10, Klojen']);
    expect(r.issues).toEqual([]);
    expect(r.person).toMatchObject({
      street: 'Jl. Kauman No 120',
      rt: '012',
      rw: '010',
      kelurahanCode: '35.73.02.1009',
    });
    expect(place(['Alamat'], ['Madyo Puro, Perum. Madyopuro Permai Blok A4 No. 47']).person).toMatchObject({
      street: 'Perum. Madyopuro Permai Blok A4 No. 47',
      kelurahanCode: '35.73.03.1009',
    });
    // Mistyped, it is read as the kelurahan of the kecamatan written after the street, with a warning.
    const typed = place(['Alamat'], ['Penangungan, Jl. Welirang No. 76 Rt 3 Rw 5, Klojen']);
    expect(typed.person).toMatchObject({ street: 'Jl. Welirang No. 76', kelurahanCode: '35.73.02.1011' });
    expect(codesOf(typed.issues)).toEqual(['KELURAHAN_UNCERTAIN']);
    // A first piece that is no kelurahan stays part of the street.
    expect(place(['Alamat'], ['Permata Jingga, Jl. Soekarno Hatta 5, Tlogomas']).person).toMatchObject({
      street: 'Permata Jingga, Jl. Soekarno Hatta 5',
      kelurahanCode: '35.73.05.1003',
    });
  });

  it('reads a kelurahan written after the house number without a mark, with a warning', () => {
    const r = place(['Alamat'], ['Jl. Ijen 10 Oro-oro Dowo']);
    expect(r.business).toMatchObject({ street: 'Jl. Ijen 10', kelurahanCode: '35.73.02.1008' });
    expect(r.issues).toEqual([
      {
        severity: 'warning',
        code: 'KELURAHAN_FROM_ADDRESS_END',
        message:
          'Kelurahan tidak tertulis terpisah; dibaca dari akhir alamat sebagai Oro-oro Dowo (Kec. Klojen). Periksa, atau isi kolom kelurahan.',
        field: 'address',
        column: 2,
      },
    ]);
    const block = place(['Alamat'], ['Perum Griya Shanta Blok C-5 Mojolangu']);
    expect(block.person).toMatchObject({
      street: 'Perum Griya Shanta Blok C-5',
      kelurahanCode: '35.73.05.1009',
    });
    // A street named after a kelurahan is not a kelurahan.
    expect(codesOf(place(['Alamat'], ['Jl. Bareng Raya']).issues)).toEqual(['KELURAHAN_REQUIRED']);
    expect(codesOf(place(['Alamat'], ['Jl. Bareng Raya 5']).issues)).toEqual(['KELURAHAN_REQUIRED']);
    // A near spelling that is all that follows the number is read, and the warning quotes it.
    const near = place(['Alamat'], ['JL. Kelud 6 Penangungan Malang']);
    expect(near.business).toMatchObject({ street: 'JL. Kelud 6', kelurahanCode: '35.73.02.1011' });
    expect(near.issues.map((i) => i.message)).toEqual([
      'Kelurahan tidak tertulis terpisah; dibaca dari akhir alamat ("Penangungan", ejaannya tidak persis) sebagai Penanggungan (Kec. Klojen). Periksa, atau isi kolom kelurahan.',
    ]);
    expect(codesOf(place(['Alamat'], ['Jl. Kawi 4 Mojolagu']).issues)).toEqual([
      'KELURAHAN_FROM_ADDRESS_END',
    ]);
  });

  it('reads the kelurahan of an address that ends in the city, the province or a postal code', () => {
    const cases: [string, string, string[]][] = [
      ['Jl. Kawi No. 5 Kauman Malang', '35.73.02.1007', ['KELURAHAN_FROM_ADDRESS_END']],
      ['Jl. Ikan Tombro No. 7 Rt 5 Rw 3 Tunjungsekar Lowokwaru Malang', '35.73.05.1008', []],
      ['Jl. Ikan Tombro No. 7 Tunjungsekar - Malang 65142', '35.73.05.1008', ['KELURAHAN_FROM_ADDRESS_END']],
      [
        'Jl. Mergan Lori No. 2 Tanjungrejo Sukun Kota Malang',
        '35.73.04.1006',
        ['KELURAHAN_FROM_ADDRESS_END'],
      ],
      [
        'Jl. Soekarno Hatta Indah B-5 Mojolangu Lowokwaru Malang, Jatim',
        '35.73.05.1009',
        ['KELURAHAN_FROM_ADDRESS_END'],
      ],
    ];
    for (const [address, code, warnings] of cases) {
      const r = place(['Alamat'], [address]);
      expect(r.business.kelurahanCode, address).toBe(code);
      expect(codesOf(r.issues), address).toEqual(warnings);
    }
  });

  it('reads "street no Kelurahan, Kecamatan" as the kelurahan before the kecamatan, with a warning', () => {
    const cases: [string, string][] = [
      ['Jl. Sunan Kalijaga Dalam 5 Dinoyo, Lowokwaru, Malang', 'Dinoyo (Kec. Lowokwaru)'],
      ['Jl. Candi Panggung 5 Mojolangu, Lowokwaru', 'Mojolangu (Kec. Lowokwaru)'],
      ['Jl. Ciliwung 5 Purwantoro, Blimbing, Kota Malang', 'Purwantoro (Kec. Blimbing)'],
      ['Jl. Kawi 12 Kauman, Klojen', 'Kauman (Kec. Klojen)'],
      ['Jl. Janti 3 Bandungrejosari, Sukun', 'Bandungrejosari (Kec. Sukun)'],
      ['Jl. Danau Toba 5 Sawojajar, Kedungkandang', 'Sawojajar (Kec. Kedungkandang)'],
    ];
    for (const [address, kelurahan] of cases) {
      const r = place(['Alamat'], [address]);
      expect(r.issues, address).toMatchObject([{ severity: 'warning', code: 'KELURAHAN_FROM_ADDRESS_END' }]);
      expect(r.issues[0]?.message, address).toContain(`dibaca dari akhir alamat sebagai ${kelurahan}.`);
    }
    expect(place(['Alamat'], ['Jl. Kawi 12 Kauman, Klojen']).business).toMatchObject({
      street: 'Jl. Kawi 12',
      kelurahanCode: '35.73.02.1007',
      kecamatanCode: '35.73.02',
    });
  });

  it('warns when a lone place in the address names both a kelurahan and a kecamatan and nothing decides', () => {
    const r = place(['Alamat'], ['Jl. Sunan Kalijaga Dalam 5, Lowokwaru, Malang']);
    expect(r.business.kelurahanCode).toBe('35.73.05.1011');
    expect(r.issues).toEqual([
      {
        severity: 'warning',
        code: 'KELURAHAN_OR_KECAMATAN',
        message:
          '"Lowokwaru" di alamat bisa nama kelurahan atau kecamatan; dibaca sebagai kelurahan Lowokwaru (Kec. Lowokwaru). Bila itu kecamatannya, isi kolom kelurahan.',
        field: 'address',
        column: 2,
      },
    ]);
    // Written as kelurahan and kecamatan, or with a mark, the place is decided.
    expect(place(['Alamat'], ['Jl. Mawar 5, Lowokwaru, Lowokwaru']).issues).toEqual([]);
    expect(place(['Alamat'], ['Jl. Mawar 5, Kel. Lowokwaru']).issues).toEqual([]);
    expect(place(['Alamat'], ['Jl. Candi Panggung 5, Mojolangu Lowokwaru']).issues).toEqual([]);
  });

  it('reads a kelurahan cut short ("Bakalan", also villages elsewhere) where the address or the title names the city', () => {
    const bakalankrajan = ctx.areas.match('Bakalankrajan').code;
    const inCity = place(['Alamat'], ['Jl. Raya Langsep Gang XII No.48 06/01 Kel. Bakalan, Kota Malang']);
    expect(inCity.business.kelurahanCode).toBe(bakalankrajan);
    expect(codesOf(inCity.issues)).toEqual(['KELURAHAN_UNCERTAIN']);
    const headers = ['Nama', 'Nama Usaha', 'Alamat', 'Kelurahan'];
    const cells = ['Lulluk Kurniawati', 'Sambal Pecel Sinar Jaya', 'Jl. Sumbersari Gg. 6 No. 118', 'Bakalan'];
    const titled = normaliseRow(
      { rowNumber: 7, cells, section: { kelurahan: null, kecamatan: null, region: true } },
      autoMapping(headers),
      ctx,
    );
    expect(titled.business.kelurahanCode).toBe(bakalankrajan);
    // Without either it is the village of that name outside, and the message names the kelurahan meant.
    const alone = normaliseWith(headers, cells);
    expect(alone.business.kelurahanCode).toBeNull();
    expect(issueOf(alone.issues, 'KELURAHAN_OUTSIDE')?.message).toBe(
      'Kelurahan "Bakalan" berada di luar wilayah layanan (Bakalan (Kec. Bululawang)); data di luar wilayah tidak diimpor. Bila yang dimaksud Bakalankrajan (Kec. Sukun), tulis nama lengkapnya, isi kecamatannya, atau tulis kota di alamat.',
    );
  });

  it('says a place at the end of an address is outside the region, not that the kelurahan is missing', () => {
    for (const address of [
      'Perum Puncak Dieng Blok E No. 3 Kalisongo Dau',
      'Jl. Raya Sengkaling 5 Mulyoagung Dau Kab. Malang',
    ]) {
      const r = place(['Alamat'], [address]);
      expect(r.issues, address).toMatchObject([
        { severity: 'error', code: 'KELURAHAN_OUTSIDE', field: 'address' },
      ]);
    }
    expect(place(['Alamat'], ['Jl. Raya Sengkaling 5 Mulyoagung Dau']).issues[0]?.message).toBe(
      'Kelurahan "Mulyoagung Dau" berada di luar wilayah layanan (Mulyoagung (Kec. Dau)); data di luar wilayah tidak diimpor.',
    );
  });

  it('takes the kelurahan of the section row above when neither a column nor the address names one', () => {
    const mapping = autoMapping(['Nama', 'Nama Usaha', 'Alamat', 'Kelurahan']);
    const row = (cells: Cell[], title: string) =>
      normaliseRow({ rowNumber: 9, cells, section: sectionPlace(title) ?? undefined }, mapping, ctx);
    const under = row(['Siti', 'Kue Siti', 'Jl. Mawar 5', null], 'KELURAHAN TLOGOMAS');
    expect(under.business.kelurahanCode).toBe('35.73.05.1003');
    expect(under.issues).toEqual([]);
    expect(
      row(['Siti', 'Kue Siti', 'Jl. Mawar 5', 'Mojolangu'], '2. Kel. Tlogomas').business.kelurahanCode,
    ).toBe('35.73.05.1009');
    // A kecamatan section decides between same-named kelurahan; a section of another kind says nothing.
    expect(row(['Siti', 'Kue Siti', null, 'Kauman'], 'KECAMATAN KLOJEN').business.kecamatanCode).toBe(
      '35.73.02',
    );
    expect(codesOf(row(['Siti', 'Kue Siti', 'Jl. Mawar 5', null], 'MAKANAN DAN MINUMAN').issues)).toEqual([
      'KELURAHAN_REQUIRED',
    ]);
  });

  it('reads the place a title names, without what follows it, and no place from a list of several', () => {
    expect(sectionPlace('DATA IR KELURAHAN MOJOLANGU TAHUN 2024')).toEqual({
      kelurahan: 'MOJOLANGU',
      kecamatan: null,
    });
    expect(sectionPlace('DAFTAR UMKM KELURAHAN SUMBERSARI (UPDATE JUNI 2024)')?.kelurahan).toBe('SUMBERSARI');
    expect(sectionPlace('Data Pelaku Usaha Kel. Tlogomas, Kec. Lowokwaru 2024')).toEqual({
      kelurahan: 'Tlogomas',
      kecamatan: 'Lowokwaru',
    });
    expect(sectionPlace('Kecamatan: Blimbing, Klojen, Kedungkandang')).toBeNull();
    expect(sectionPlace('Kelurahan Tlogomas dan Dinoyo')).toBeNull();
  });

  it('takes a sheet named after a kelurahan as the place of rows nothing else places, and says so', () => {
    const served = villagesOf('35.73');
    const tlogomas = sheetPlace('Tlogomas', ctx.areas, served);
    expect(tlogomas).toEqual({ kelurahan: 'Tlogomas', kecamatan: null, sheet: 'Tlogomas' });
    expect(sheetPlace('Kel. Sukun', ctx.areas, served)?.kelurahan).toBe('Sukun');
    // "Sukun" alone may be the kecamatan's sheet; "Sheet1" and "Data 2024" are no place.
    for (const name of ['Sukun', 'Sheet1', 'Data 2024', ''])
      expect(sheetPlace(name, ctx.areas, served), name).toBeNull();
    const mapping = autoMapping(['Nama', 'Nama Usaha', 'Alamat']);
    const r = normaliseRow(
      { rowNumber: 2, cells: ['Siti', 'Kue Siti', 'Jl. Mawar 5'], section: tlogomas ?? undefined },
      mapping,
      ctx,
    );
    expect(r.business.kelurahanCode).toBe('35.73.05.1003');
    expect(r.issues).toMatchObject([{ severity: 'warning', code: 'KELURAHAN_FROM_SHEET' }]);
    expect(r.issues[0]?.message).toContain('nama lembar "Tlogomas"');
  });

  it('points kelurahan issues taken from the address at the address cell', () => {
    const r = place(['Kelurahan', 'Alamat'], [null, 'Jl. Raya 1, Antah Berantah']);
    expect(r.issues).toMatchObject([{ code: 'KELURAHAN_UNKNOWN', field: 'address', column: 3 }]);
  });

  it('warns about RT/RW stored as a date and unreadable RT/RW', () => {
    const fromDate = place(['Kelurahan', 'RT/RW'], ['Kauman', new Date('2024-03-02T00:00:00Z')]);
    expect(fromDate.person).toMatchObject({ rt: '002', rw: '003' });
    expect(codesOf(fromDate.issues, 'warning')).toEqual(['RT_RW_FROM_DATE']);
    expect(codesOf(place(['Kelurahan', 'RT'], ['Kauman', 'dekat pasar']).issues)).toEqual([
      'RT_RW_UNREADABLE',
    ]);
  });
});

// Kabupaten Malang served: villages (desa) named alike in several kecamatan, hamlets (dusun) in addresses,
// Kota Malang and Kota Batu beside it.
const regency: NormaliseContext = {
  areas: createAreaMatcher(villagesOf('35.07'), [...villagesOf('35.73'), ...villagesOf('35.79')]),
  region: '35.07',
  regionNames: ['KABUPATEN MALANG', 'JAWA TIMUR'],
  elsewhereNames: ['KOTA MALANG', 'KOTA BATU', 'KABUPATEN PASURUAN'],
  today: new Date('2025-06-01T00:00:00Z'),
};
const placeOf = (r: { business: { kelurahanCode: string | null } }) => {
  const a = regency.areas.area(r.business.kelurahanCode ?? '');
  return a ? `${a.name} (${a.kecamatanName})` : null;
};
const inRegency = (headers: string[], cells: Cell[]) =>
  normaliseWith(['Nama', 'Nama Usaha', ...headers], ['Siti Aminah', 'Kripik Bu Siti', ...cells], regency);

describe('normaliseRow: a regency', () => {
  it('reads the village an address names without a mark, past the hamlet and the street', () => {
    const jeru = inRegency(['Alamat'], ['Dsn. Krajan Jeru RT.008/RW.001 Kec Turen']);
    expect(placeOf(jeru)).toBe('Jeru (Turen)');
    expect(jeru.business.street).toBe('Dsn. Krajan');
    expect(jeru.issues).toMatchObject([{ code: 'KELURAHAN_IN_ADDRESS', field: 'address' }]);
    expect(jeru.issues[0]?.message).toContain('"Jeru" dibaca sebagai Jeru (Kec. Turen)');
    // "Jl. Masjid Penarukan" is a street; the village is the word before it. Two words are one name.
    const penarukan = inRegency(
      ['Alamat'],
      ['Penarukan Jl. Masjid Penarukan No. 15 RT 07 RW 06 Kec. Kepanjen'],
    );
    expect(placeOf(penarukan)).toBe('Penarukan (Kepanjen)');
    expect(penarukan.business.street).toBe('Jl. Masjid Penarukan No. 15');
    const pakis = inRegency(['Alamat'], ['Rt.03 Rw.05 Dsn. Klampokan Pakis Jajar Kab. Malang']);
    expect(placeOf(pakis)).toBe('Pakisjajar (Pakis)');
    // A hamlet's name alone is no village, nor a street's.
    expect(codesOf(inRegency(['Alamat'], ['Dsn. Krajan RT 2 RW 1']).issues)).toEqual(['KELURAHAN_REQUIRED']);
    expect(codesOf(inRegency(['Alamat'], ['Jl. Jeru No. 5 RT 2 RW 1']).issues)).toEqual([
      'KELURAHAN_REQUIRED',
    ]);
  });

  it('ends a marked village at a hamlet or street written after it', () => {
    const r = inRegency(['Alamat'], ['Ds. Wonorejo Dsn. Banaran Rt.08 Rw.04 Kec. Lawang']);
    expect(placeOf(r)).toBe('Wonorejo (Lawang)');
    expect(r.issues).toEqual([]);
    const street = inRegency(
      ['Alamat', 'Kecamatan'],
      ['Ds. Sumbersuko Jl. Panglima Sudirman No. 1', 'Tajinan'],
    );
    expect(placeOf(street)).toBe('Sumbersuko (Tajinan)');
    expect(street.business.street).toBe('Jl. Panglima Sudirman No. 1');
  });

  it('reads a village several kecamatan share in the kecamatan of the NIK, with a warning; never guesses', () => {
    // Sukoanyar is in Wajak (35.07.08) and in Pakis (35.07.18).
    const byNik = inRegency(['Desa', 'NIK'], ['Sukoanyar', '3507184101800001']);
    expect(placeOf(byNik)).toBe('Sukoanyar (Pakis)');
    expect(byNik.issues).toMatchObject([{ severity: 'warning', code: 'KELURAHAN_FROM_NIK' }]);
    const noNik = inRegency(['Desa'], ['Sukoanyar']);
    expect(noNik.issues).toMatchObject([{ severity: 'error', code: 'KELURAHAN_AMBIGUOUS' }]);
    // A NIK issued elsewhere says nothing of the place.
    expect(codesOf(inRegency(['Desa', 'NIK'], ['Sukoanyar', '3573014101800001']).issues, 'error')).toEqual([
      'KELURAHAN_AMBIGUOUS',
    ]);
  });

  it('reads a village several kecamatan share where its hamlet alone is known, and learns hamlets', () => {
    const code = (village: string, kecamatan: string) =>
      regency.areas.match(village, kecamatan).code as string;
    const [pakis, wajak] = [code('Sukoanyar', 'Pakis'), code('Sukoanyar', 'Wajak')];
    const ctx: NormaliseContext = {
      ...regency,
      hamlets: new Map([
        [pakis, new Set(['ngemplak', 'krajan'])],
        [wajak, new Set(['krajan'])],
      ]),
    };
    const row = (address: string) =>
      normaliseWith(['Nama', 'Nama Usaha', 'Alamat'], ['Siti Aminah', 'Kripik Bu Siti', address], ctx);
    const ngemplak = row('Dsn. Ngemplak RT 2 RW 1 Ds. Sukoanyar');
    expect(placeOf(ngemplak)).toBe('Sukoanyar (Pakis)');
    expect(ngemplak.issues).toMatchObject([{ severity: 'warning', code: 'KELURAHAN_FROM_HAMLET' }]);
    expect(ngemplak.issues[0]?.message).toContain('Dusun Ngemplak');
    // A hamlet both villages have says nothing.
    expect(codesOf(row('Dsn. Krajan RT 2 RW 1 Ds. Sukoanyar').issues, 'error')).toEqual([
      'KELURAHAN_AMBIGUOUS',
    ]);
    // A row placed by its kecamatan tells where its hamlet is, for the rows after it.
    expect(codesOf(row('Dsn. Sumbersari Ds. Sukoanyar').issues, 'error')).toEqual(['KELURAHAN_AMBIGUOUS']);
    expect(placeOf(row('Dsn. Sumbersari RT 1 RW 3 Ds. Sukoanyar Kec. Wajak'))).toBe('Sukoanyar (Wajak)');
    expect(placeOf(row('Dsn. Sumbersari Ds. Sukoanyar'))).toBe('Sukoanyar (Wajak)');
    // A hamlet named like a village elsewhere ("Kampung Baru") is no place of the row.
    const hamlet = inRegency(['Alamat'], ['Sukolilo Jl. Raya Sukolilo No. 47 Dsn. Kampung Baru RT 9/RW 5']);
    expect(codesOf(hamlet.issues, 'error')).toEqual(['KELURAHAN_AMBIGUOUS']);
  });

  it('refuses a row whose cells name another regency or city, or a kecamatan and village elsewhere', () => {
    const city = inRegency(['Alamat'], ['Jl. Sudimoro 46 RT 7 RW 4 Kel. Arjosari, Kota Malang']);
    expect(city.issues).toMatchObject([{ severity: 'error', code: 'KELURAHAN_OUTSIDE', field: 'address' }]);
    expect(city.issues[0]?.message).toContain('Kota Malang');
    const column = inRegency(['Desa/Kel'], ['Kel. Arjosari Kec. Blimbing Kota Malang']);
    expect(codesOf(column.issues)).toEqual(['KELURAHAN_OUTSIDE']);
    // Arjosari is also a village of the regency (Kalipare), but not in Blimbing, a kecamatan of the city.
    expect(codesOf(inRegency(['Desa', 'Kecamatan'], ['Arjosari', 'Blimbing']).issues)).toEqual([
      'KELURAHAN_OUTSIDE',
    ]);
    expect(inRegency(['Desa', 'Kecamatan'], ['Arjosari', 'Kalipare']).issues).toEqual([]);
    // "Jl. Kota Batu" is a street.
    expect(inRegency(['Alamat'], ['Jl. Kota Batu 5 RT 1 RW 2 Ds. Pakisjajar']).issues).toEqual([]);
  });

  it('keeps the kecamatan a title named for the village sections below it', () => {
    const title = sectionPlace('TIM PENGGERAK PKK KECAMATAN PAKIS KABUPATEN MALANG');
    expect(title?.kecamatan).toBe('PAKIS');
    const below = sectionBelow(title ?? undefined, sectionPlace('DESA BANJAREJO'));
    expect(below).toEqual({ kelurahan: 'BANJAREJO', kecamatan: 'PAKIS' });
    const mapping = autoMapping(['Nama', 'Nama Usaha', 'Alamat']);
    const r = normaliseRow(
      { rowNumber: 7, cells: ['Bu Yani', 'Kue', 'Dsn Krajan RT 09 RW 01'], section: below },
      mapping,
      regency,
    );
    expect(placeOf(r)).toBe('Banjarejo (Pakis)');
    // A section naming a kecamatan starts afresh.
    expect(sectionBelow(below, sectionPlace('KECAMATAN TUMPANG'))).toEqual({
      kelurahan: null,
      kecamatan: 'TUMPANG',
    });
  });
});

// Kota Surabaya served, Sidoarjo and Gresik beside it: villages named like the city's kelurahan.
const surabaya: NormaliseContext = {
  areas: createAreaMatcher(villagesOf('35.78'), [...villagesOf('35.15'), ...villagesOf('35.25')]),
  region: '35.78',
  regionNames: ['KOTA SURABAYA', 'JAWA TIMUR'],
  elsewhereNames: ['KABUPATEN SIDOARJO', 'KABUPATEN GRESIK', 'KOTA MALANG'],
  today: new Date('2025-06-01T00:00:00Z'),
};
const inCity = (headers: string[], cells: Cell[]) =>
  normaliseWith(['Nama', 'Nama Usaha', ...headers], ['Siti Aminah', 'Kripik Bu Siti', ...cells], surabaya);

describe('normaliseRow: another city', () => {
  it('refuses a place written with the name of a regency beside the city, without its kind', () => {
    for (const [headers, cells] of [
      [['Alamat'], ['JL. RAYA KEBONSARI NO. 5 RT 01 RW 02 DS. KEBONSARI KEC. CANDI SIDOARJO']],
      [
        ['Kelurahan', 'Kecamatan'],
        ['Sidodadi', 'Taman (Sidoarjo)'],
      ],
      [['Kelurahan'], ['Pepelegi (Sidoarjo)']],
      [
        ['Alamat', 'Kelurahan'],
        ['KEL. KARANG POH KEC. GRESIK GRESIK', null],
      ],
    ] as [string[], Cell[]][])
      expect(codesOf(inCity(headers, cells).issues, 'error'), cells.join(' ')).toEqual(['KELURAHAN_OUTSIDE']);
    // The city's own Kebonsari, and a kelurahan after a title written out.
    const own = inCity(['Kelurahan', 'Kecamatan'], ['Kebonsari', 'Jambangan']);
    expect(own.issues).toEqual([]);
    expect(own.business.kelurahanCode).toMatch(/^35\.78\./);
    expect(inCity(['Kelurahan'], ['KEL. DOKTER SUTOMO']).business.kelurahanCode).toMatch(/^35\.78\./);
  });

  it('reads a kecamatan a title names with the city after it, and a name doubled the short way', () => {
    expect(sectionPlace('KECAMATAN RUNGKUT KOTA SURABAYA')).toEqual({
      kelurahan: null,
      kecamatan: 'RUNGKUT',
    });
    expect(sectionPlace('KEC. KLOJEN - KOTA MALANG')).toEqual({ kelurahan: null, kecamatan: 'KLOJEN' });
    expect(sectionPlace('KELURAHAN KOTA BARU')).toEqual({ kelurahan: 'KOTA BARU', kecamatan: null });
    const r = inCity(
      ['Alamat'],
      ['JL. ALUN-ALUN CONTONG III/22, RT. 08 / RW. 05, ALUN2 CONTONG, KECAMATAN BUBUTAN'],
    );
    expect(codesOf(r.issues, 'error')).toEqual([]);
    expect(surabaya.areas.area(r.business.kelurahanCode ?? '')?.name).toBe('Alun-alun Contong');
  });

  it("keeps a place written with the served region's own bare name", () => {
    const city = { ...ctx, elsewhereNames: ['KABUPATEN MALANG', 'KOTA BATU'] };
    const r = normaliseWith(
      ['Nama', 'Kelurahan', 'Kecamatan'],
      ['Siti', 'Tlogomas', 'Lowokwaru Malang'],
      city,
    );
    expect(codesOf(r.issues, 'error')).toEqual([]);
    expect(r.business.kelurahanCode).toMatch(/^35\.73\.05\./);
    const batu = normaliseWith(['Nama', 'Kelurahan', 'Kecamatan'], ['Siti', 'Sisir', 'Batu (Batu)'], city);
    expect(codesOf(batu.issues, 'error')).toEqual(['KELURAHAN_OUTSIDE']);
  });
});

// Kota Medan served, Deli Serdang around it.
const medan: NormaliseContext = {
  areas: createAreaMatcher(villagesOf('12.71'), villagesOf('12.07')),
  region: '12.71',
  regionNames: ['KOTA MEDAN', 'SUMATERA UTARA'],
  elsewhereNames: ['KABUPATEN DELI SERDANG', 'KOTA BINJAI'],
  today: new Date('2025-06-01T00:00:00Z'),
};

describe('normaliseRow: a kelurahan named with "Kota"', () => {
  const at = (address: string) =>
    normaliseWith(['Nama', 'Nama Usaha', 'Alamat'], ['Martha Sitorus', 'Jahit Martha', address], medan);

  it('keeps the "Kota" of the city\'s name with the kelurahan when the kelurahan alone is not known', () => {
    const r = at('JL. KARYA NO. 109 LING. IV P. BRAYAN KOTA MEDAN');
    expect(codesOf(r.issues, 'error')).toEqual([]);
    expect(r.business.kelurahanCode).toBe('12.71.05.1004');
    // Its warning quotes what was read, the "Kota" with it.
    expect(r.issues.map((i) => i.message).join(' ')).toContain('"P. BRAYAN KOTA" tidak persis ada');
    // A kelurahan known alone stays itself: the "Kota" is the city's.
    const own = at('JL. KARYA NO. 5 SEI AGUL KOTA MEDAN');
    expect(codesOf(own.issues, 'error')).toEqual([]);
    expect(own.business.kelurahanCode).toBe('12.71.05.1005');
    // Neither alone nor with "Kota" a kelurahan: refused, with what was read.
    expect(codesOf(at('JL. KARYA NO. 5, BRAYANGAN KOTA MEDAN').issues, 'error')).toContain(
      'KELURAHAN_UNKNOWN',
    );
  });
});
