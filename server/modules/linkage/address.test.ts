import { describe, expect, it } from 'vitest';
import { parseAddress } from './address.ts';

describe('parseAddress', () => {
  it('reads street, gang, number and RT/RW from one line', () => {
    expect(parseAddress('Jl. Kenanga Gg. III No. 12 RT 02/RW 05', null, null)).toEqual({
      street: 'kenanga gg 3',
      number: '12',
      rt: '2',
      rw: '5',
    });
  });

  it('writes Jl./Jalan/Jln, Gg./Gang and No. one way', () => {
    const forms = [
      'Jl. Kenanga Gg. 3 No. 12',
      'Jalan Kenanga Gang III No.12',
      'JLN KENANGA GG 3 12',
      'Jl Kenanga gang 3 no 12',
    ];
    for (const f of forms)
      expect(parseAddress(f, null, null)).toMatchObject({ street: 'kenanga gg 3', number: '12' });
  });

  it('writes a housing estate one way, with or without "Blok"', () => {
    const forms = [
      'Perumahan Sawojajar Blok D7 No. 112',
      'PERUMAHAN SAWOJAJAR D7 NO 112',
      'Perum. Sawojajar D7 no 112',
      'Perum Sawojajar Blok D7/112',
    ];
    for (const f of forms)
      expect(parseAddress(f, null, null)).toMatchObject({ street: 'perum sawojajar d7', number: '112' });
    expect(parseAddress('Komp. Dirgantara Blok C-3 No. 9', null, null).street).toBe(
      parseAddress('Kompleks Dirgantara C-3 No. 9', null, null).street,
    );
  });

  it("writes a regency's hamlet one way, with or without its mark, and apart from a street", () => {
    for (const f of ['Dsn. Krajan', 'Dusun Krajan', 'DSN KRAJAN', 'Krajan'])
      expect(parseAddress(f, '008', '001'), f).toMatchObject({ street: 'krajan', rt: '8', rw: '1' });
    expect(parseAddress('Dusun Krajan Lor', null, null)).toMatchObject({
      street: 'krajan lor',
      hamlet: 'krajan lor',
    });
    expect(parseAddress('Jl. Kenanga No. 15 Dsn. Sumberwaru', null, null)).toMatchObject({
      street: 'kenanga',
      number: '15',
      hamlet: 'sumberwaru',
    });
    expect(parseAddress('Dsn. Krajan No. 5', null, null)).toMatchObject({ street: 'krajan', number: '5' });
    // After a street's mark "Dukuh" is the street's name (a city's kelurahan Dukuh Kupang), no hamlet.
    const dukuh = parseAddress('Jl. Dukuh Kupang Gg. V-A No. 87', null, null);
    expect(dukuh.hamlet).toBeUndefined();
    expect(parseAddress('Dukuh Krajan RT 1', null, null).hamlet).toBe('krajan');
  });

  it('leaves a lingkungan out of the street, as an RT/RW is', () => {
    for (const written of [
      'Jl. Krakatau 12 Lingkungan VII',
      'JL. KRAKATAU NO 12 LING 3',
      'Jl. Krakatau No. 12, Lk. 9',
    ])
      expect(parseAddress(written, null, null), written).toMatchObject({ street: 'krakatau', number: '12' });
  });

  it('reads "Kalirungkut XII/27" as a gang and a house number, as "Gg. XII No. 27" is', () => {
    for (const [short, long] of [
      ['Kalirungkut XII/27', 'Jl. Kalirungkut Gg. XII No. 27'],
      ['Sidosermo 8/50', 'Jl. Sidosermo Gang VIII No 50'],
      ['Jl. Dukuh Setro VI/81', 'Jl. Dukuh Setro Gg. VI No. 81'],
      ['Jl. Muharto Gg. 4/7', 'Jl. Muharto Gg. 4 No. 7'],
      ['JL. RAYA SAWOJAJAR GG. III/74', 'Jl. Raya Sawojajar Gg. III No. 74'],
    ] as const)
      expect(parseAddress(short, null, null), short).toEqual(parseAddress(long, null, null));
    // After "No." or RT, a slash is no gang's.
    expect(parseAddress('Jl. Mawar No. 12/3', null, null)).toMatchObject({ street: 'mawar', number: '12' });
    expect(parseAddress('Jl. Sanan RT 02/05', null, null)).toMatchObject({
      street: 'sanan',
      rt: '2',
      rw: '5',
    });
  });

  it('keeps the letter of a house number and drops leading zeros', () => {
    expect(parseAddress('Jl. Mawar No. 012 A', null, null).number).toBe('12a');
    expect(parseAddress('Jl. Mawar 7/B', null, null).number).toBe('7b');
  });

  it('does not read a gang number as a house number', () => {
    expect(parseAddress('Jl. Kenanga Gg. 3', null, null)).toMatchObject({
      street: 'kenanga gg 3',
      number: null,
    });
  });

  it('prefers the RT/RW columns and strips their zeros', () => {
    expect(parseAddress('Jl. Mawar RT 1 RW 2', '003', '004')).toMatchObject({ rt: '3', rw: '4' });
    expect(parseAddress(null, '003', '010')).toEqual({ street: null, number: null, rt: '3', rw: '10' });
  });

  it('folds old spelling in street names', () => {
    expect(parseAddress('Jl. Soekarno Hatta No. 5', null, null).street).toBe('sukarno hatta');
  });
});
