import { describe, expect, it } from 'vitest';
import { namesRegion, padRtRw, parseAddress, parseRtOrRw, parseRtRw } from './address.ts';

describe('parseRtRw', () => {
  it.each([
    ['RT.02/RW.03', '002', '003'],
    ['RT 02 / RW 03', '002', '003'],
    ['02/03', '002', '003'],
    ['2/3', '002', '003'],
    ['002-003', '002', '003'],
    ['RT 2 RW 3', '002', '003'],
    ['Rt02 Rw03', '002', '003'],
    ['RT02RW03', '002', '003'],
    ['RT.2RW.3', '002', '003'],
    ['RT/RW 02/03', '002', '003'],
    ['RT/RW: 4/11', '004', '011'],
    ['RT 5', '005', null],
  ])('%s → RT %s RW %s', (text, rt, rw) => {
    expect(parseRtRw(text)).toEqual({ value: { rt, rw } });
  });

  it('reads "02/03" that Excel stored as 2 March (Indonesian locale) and warns', () => {
    const r = parseRtRw(new Date('2024-03-02T00:00:00Z'));
    expect(r.value).toEqual({ rt: '002', rw: '003' });
    expect(r.issue?.code).toBe('RT_RW_FROM_DATE');
  });

  it('reports text without RT/RW numbers', () => {
    expect(parseRtRw('dekat masjid')).toMatchObject({ value: null, issue: { code: 'RT_RW_UNREADABLE' } });
    expect(parseRtRw('-')).toEqual({ value: null });
  });
});

describe('parseRtOrRw', () => {
  it('pads one RT or RW column to three digits', () => {
    expect(parseRtOrRw(2, 'rt')).toEqual({ value: '002' });
    expect(parseRtOrRw('02', 'rt')).toEqual({ value: '002' });
    expect(parseRtOrRw('RT.12', 'rt')).toEqual({ value: '012' });
    expect(parseRtOrRw('RW 3', 'rw')).toEqual({ value: '003' });
    expect(parseRtOrRw('0', 'rw')).toEqual({ value: null });
    expect(parseRtOrRw('dua', 'rw').issue?.code).toBe('RT_RW_UNREADABLE');
  });

  it('padRtRw keeps 1–999 only', () => {
    expect(padRtRw(7)).toBe('007');
    expect(padRtRw(120)).toBe('120');
    expect(padRtRw(0)).toBeNull();
    expect(padRtRw(1000)).toBeNull();
  });
});

describe('parseAddress', () => {
  const MALANG = ['Kota Malang', 'Jawa Timur'];

  it.each([
    [
      'Jl. Mawar No. 5 RT 02 RW 03 Kel. Tlogomas Kec. Lowokwaru',
      { street: 'Jl. Mawar No. 5', rt: '002', rw: '003', kelurahan: 'Tlogomas', kecamatan: 'Lowokwaru' },
    ],
    [
      'Jln Kawi 12, Kauman, Klojen',
      { street: 'Jln Kawi 12', rt: null, rw: null, kelurahan: 'Kauman', kecamatan: 'Klojen' },
    ],
    [
      'Jl Mawar 5, 02/03, Tlogomas',
      { street: 'Jl Mawar 5', rt: '002', rw: '003', kelurahan: 'Tlogomas', kecamatan: null },
    ],
    [
      'Jl. Mawar No.5 RT.02/RW.03, Tlogomas, Lowokwaru, Kota Malang 65144',
      {
        street: 'Jl. Mawar No.5',
        rt: '002',
        rw: '003',
        kelurahan: 'Tlogomas',
        kecamatan: 'Lowokwaru',
        inRegion: true,
      },
    ],
    [
      // A pair after the house number is the RT and RW, at the end or before the kelurahan.
      'JL. Lesti/104 06/07',
      { street: 'JL. Lesti/104', rt: '006', rw: '007', kelurahan: null, kecamatan: null },
    ],
    [
      'JLN. JANTI GG. 3/90 05/04 Tlogomas',
      { street: 'JLN. JANTI GG. 3/90', rt: '005', rw: '004', kelurahan: 'Tlogomas', kecamatan: null },
    ],
    [
      'Jl. Candi Panggung no 39B 05/08, Mojolangu',
      { street: 'Jl. Candi Panggung no 39B', rt: '005', rw: '008', kelurahan: 'Mojolangu', kecamatan: null },
    ],
    [
      // A house number with a slash stays in the street.
      'Jl. Mawar 5/12, Tlogomas',
      { street: 'Jl. Mawar 5/12', rt: null, rw: null, kelurahan: 'Tlogomas', kecamatan: null },
    ],
    [
      'Perum Griya Shanta Blok C-12 RT.04/RW.11 Mojolangu',
      {
        street: 'Perum Griya Shanta Blok C-12',
        rt: '004',
        rw: '011',
        kelurahan: 'Mojolangu',
        kecamatan: null,
      },
    ],
    [
      'Jl. Sanan 5 Rt02/Rw15 Purwantoro, Blimbing',
      { street: 'Jl. Sanan 5', rt: '002', rw: '015', kelurahan: 'Purwantoro', kecamatan: 'Blimbing' },
    ],
    [
      'Dusun Krajan RT 01 RW 02 Desa Sumberpasir Kec Pakis Kab Malang',
      { street: 'Dusun Krajan', rt: '001', rw: '002', kelurahan: 'Sumberpasir', kecamatan: 'Pakis' },
    ],
    [
      'Jl. Ijen 10, Kel. Oro-oro Dowo, Klojen, Kota Malang 65119',
      {
        street: 'Jl. Ijen 10',
        rt: null,
        rw: null,
        kelurahan: 'Oro-oro Dowo',
        kecamatan: 'Klojen',
        inRegion: true,
      },
    ],
    [
      'Jl. Kawi 12, Gg. 3, Kota Malang',
      { street: 'Jl. Kawi 12, Gg. 3', rt: null, rw: null, kelurahan: null, kecamatan: null, inRegion: true },
    ],
    [
      'Jl. Raya Kotalama 7 Kel/Desa Kota Lama',
      { street: 'Jl. Raya Kotalama 7', rt: null, rw: null, kelurahan: 'Kota Lama', kecamatan: null },
    ],
    [
      'Dsn Krajan RT 01/02 Tlogomas',
      { street: 'Dsn Krajan', rt: '001', rw: '002', kelurahan: 'Tlogomas', kecamatan: null },
    ],
    ['Jl Mawar 5', { street: 'Jl Mawar 5', rt: null, rw: null, kelurahan: null, kecamatan: null }],
  ])('%s', (text, parts) => {
    expect(parseAddress(text, MALANG)).toEqual(parts);
  });

  it.each([
    ['Jl. Kawi No. 5 Kauman Malang', { street: 'Jl. Kawi No. 5 Kauman', kelurahan: null, kecamatan: null }],
    [
      'Jl. Ikan Tombro No. 7 Rt 5 Rw 3 Tunjungsekar Lowokwaru Malang',
      { street: 'Jl. Ikan Tombro No. 7', kelurahan: 'Tunjungsekar Lowokwaru', kecamatan: null },
    ],
    [
      'Jl. Ikan Tombro No. 7 Tunjungsekar - Malang 65142',
      { street: 'Jl. Ikan Tombro No. 7 Tunjungsekar', kelurahan: null, kecamatan: null },
    ],
    [
      'Jl. Mergan Lori No. 2 Tanjungrejo Sukun Kota Malang',
      { street: 'Jl. Mergan Lori No. 2 Tanjungrejo Sukun', kelurahan: null, kecamatan: null },
    ],
    [
      'Jl. Raya Sengkaling 5 Mulyoagung Dau Kab. Malang',
      { street: 'Jl. Raya Sengkaling 5 Mulyoagung Dau', kelurahan: null, kecamatan: null },
    ],
    [
      'Jl. Ikan Tombro No. 7 Kel. Tunjungsekar Kec. Lowokwaru Kota Malang Jatim',
      { street: 'Jl. Ikan Tombro No. 7', kelurahan: 'Tunjungsekar', kecamatan: 'Lowokwaru' },
    ],
    [
      'Jl. Ijen 10, Kauman, Klojen, Malang, Jawa Timur, Indonesia 65119',
      { street: 'Jl. Ijen 10', kelurahan: 'Kauman', kecamatan: 'Klojen' },
    ],
    // A street bearing the city's name keeps it.
    ['Jl. Malang', { street: 'Jl. Malang', kelurahan: null, kecamatan: null }],
  ])('drops the city, province and postal code an address ends in: %s', (text, parts) => {
    expect(parseAddress(text, MALANG)).toMatchObject(parts);
  });

  it('says when the address names the served region itself, not "Malang" alone nor the regency', () => {
    expect(parseAddress('Jl. Raya Langsep 48, Kel. Bakalan, Kota Malang', MALANG).inRegion).toBe(true);
    expect(parseAddress('Jl. Raya Langsep 48 Bakalan KODYA MALANG 65148', MALANG).inRegion).toBe(true);
    expect(parseAddress('Jl. Raya Langsep 48, Bakalan, Malang', MALANG).inRegion).toBeUndefined();
    expect(parseAddress('Jl. Raya Bululawang 5, Bakalan, Kab. Malang', MALANG).inRegion).toBeUndefined();
    // A street named after the city is no statement about where the row is.
    expect(parseAddress('Jl. Kota Malang 5, Bakalan', MALANG).inRegion).toBeUndefined();
  });

  it.each([
    ['DATA SURVEI INDUSTRI RUMAHAN KOTA MALANG', 'Kota Malang', true],
    ['Rekap IR Kodya Malang 2024', 'Kota Malang', true],
    ['Data IR Kab. Malang', 'Kota Malang', false],
    ['Data IR Malang Raya', 'Kota Malang', false],
    ['Data IR Kota Malangsari', 'Kota Malang', false],
    ['DATA IR KABUPATEN MALANG', 'Kabupaten Malang', true],
    ['Data IR Kota Malang', 'Kabupaten Malang', false],
  ])('namesRegion(%s, %s) = %s', (text, region, named) => {
    expect(namesRegion(text, region)).toBe(named);
  });

  it("takes the region's names from the configuration, not a fixed city", () => {
    expect(parseAddress('Jl. Diponegoro 5 Sisir Batu', ['Kota Batu', 'Jawa Timur'])).toMatchObject({
      street: 'Jl. Diponegoro 5 Sisir',
    });
    expect(parseAddress('Jl. Kawi 5 Kauman Malang', ['Kota Batu', 'Jawa Timur']).street).toBe(
      'Jl. Kawi 5 Kauman Malang',
    );
  });

  it('reads a lingkungan as the street line, the place after it, and a place ending in its number', () => {
    const medan = (a: string) => parseAddress(a, ['KOTA MEDAN', 'SUMATERA UTARA']);
    expect(medan('JL. KRAKATAU NO 12 LING 3 GLUGUR DARAT I MEDAN TIMUR')).toMatchObject({
      street: 'JL. KRAKATAU NO 12 LING 3',
      kelurahan: 'GLUGUR DARAT I MEDAN TIMUR',
    });
    expect(medan('JL. KEMUNING NO. 77, LING. V, KEL. TJ. GUSTA, KEC. MEDAN HELVETIA')).toMatchObject({
      street: 'JL. KEMUNING NO. 77, LING. V',
      kelurahan: 'TJ. GUSTA',
      kecamatan: 'MEDAN HELVETIA',
    });
    expect(medan('JL. PULAU SICANANG NO 153, BELAWAN 1, MEDAN BELAWAN')).toMatchObject({
      street: 'JL. PULAU SICANANG NO 153',
      kelurahan: 'BELAWAN 1',
      kecamatan: 'MEDAN BELAWAN',
    });
    // A kelurahan named like a street's mark, after its own mark.
    expect(medan('Kel. Gang Buntu, Jl. Gaharu No 89')).toMatchObject({ kelurahan: 'Gang Buntu' });
  });

  it('does not take words that merely contain a marker (Jl. Kelud, Jl. Kecapi) as places', () => {
    expect(parseAddress('Jl. Kelud 3', MALANG)).toEqual({
      street: 'Jl. Kelud 3',
      rt: null,
      rw: null,
      kelurahan: null,
      kecamatan: null,
    });
    expect(parseAddress('Jl. Kecapi 9, Tlogomas', MALANG).kelurahan).toBe('Tlogomas');
  });
});
