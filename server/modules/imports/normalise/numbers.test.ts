import { describe, expect, it } from 'vitest';
import {
  amountPeriod,
  menAndWomen,
  parseAmount,
  parseCoordinate,
  parseCoordinatePair,
  parseCount,
  parseYear,
  womenAmong,
} from './numbers.ts';

describe('parseAmount', () => {
  it.each([
    ['Rp 2.500.000', 2_500_000],
    ['Rp2.500.000,-', 2_500_000],
    ['Rp. 2.500.000,- /bln', 2_500_000],
    ['2.500.000,00', 2_500_000],
    ['2,500,000.00', 2_500_000],
    ['2 500 000', 2_500_000],
    ['2500000', 2_500_000],
    ['1,5 jt', 1_500_000],
    ['1.5 juta', 1_500_000],
    ['1,250 jt', 1_250_000],
    ['2 juta', 2_000_000],
    ['750 rb', 750_000],
    ['750rb', 750_000],
    ['750K', 750_000],
    ['2,5M', 2_500_000_000],
    ['1 miliar', 1_000_000_000],
    ['± 3 jt/bulan', 3_000_000],
    ['kurang lebih 500.000', 500_000],
    ['2 jutaan', 2_000_000],
    ['2jt-an', 2_000_000],
    ['500 ribuan', 500_000],
    ['2.500', 2_500],
    ['1,500', 1_500],
    ['-500.000', -500_000],
    ['(500.000)', -500_000],
    ['0', 0],
  ])('%s → %d', (text, value) => {
    expect(parseAmount(text)).toEqual({ value });
  });

  it.each([
    ['Rp 1.500.000 - 2.000.000', 1_750_000],
    ['1-2 juta', 1_500_000],
    ['1 s/d 2 jt', 1_500_000],
    ['500rb–1jt', 750_000],
    ['Rp 500.000 sampai Rp 1.000.000', 750_000],
  ])('reads the range %s as its middle, with a warning', (text, value) => {
    const r = parseAmount(text);
    expect(r.value).toBe(value);
    expect(r.issue?.code).toBe('AMOUNT_RANGE');
    expect(r.issue?.message).toContain('rentang');
  });

  it.each([
    ['> 5 juta', 5_000_000],
    ['lebih dari 5 jt', 5_000_000],
    ['di bawah 1 juta', 1_000_000],
    ['<1jt', 1_000_000],
    ['min. 500rb', 500_000],
  ])('reads the bound %s as its figure, with a warning', (text, value) => {
    const r = parseAmount(text);
    expect(r.value).toBe(value);
    expect(r.issue?.code).toBe('AMOUNT_BOUND');
    expect(r.issue?.message).toContain('batas');
  });

  it.each([
    ['Rp 100.000/hari', 'day'],
    ['100rb per hr', 'day'],
    ['harian 100rb', 'day'],
    ['750rb seminggu', 'week'],
    ['500rb/pekan', 'week'],
    ['30 jt/thn', 'year'],
    ['Rp 36.000.000 setahun', 'year'],
    ['3 jt/bln', 'month'],
    ['2 juta sebulan', 'month'],
    ['2.500.000', null],
    ['Rp 2 jt', null],
  ])('the amount %s is given %s', (text, period) => {
    expect(amountPeriod(text)).toBe(period);
  });

  it('does not read a range whose ends are the wrong way round', () => {
    expect(parseAmount('2 - 1 juta').issue?.code).toBe('NUMBER_UNREADABLE');
  });

  it('takes number cells as they are, rounded to whole Rupiah', () => {
    expect(parseAmount(2_500_000)).toEqual({ value: 2_500_000 });
    expect(parseAmount(1_500_000.4)).toEqual({ value: 1_500_000 });
  });

  it('applies the unit a header announces only to values without their own unit', () => {
    expect(parseAmount(2.5, 1e6)).toEqual({ value: 2_500_000 });
    expect(parseAmount('2,5', 1e6)).toEqual({ value: 2_500_000 });
    expect(parseAmount('750 rb', 1e6)).toEqual({ value: 750_000 });
  });

  it('reads empty cells and placeholders as nothing', () => {
    expect(parseAmount(null)).toEqual({ value: null });
    expect(parseAmount('-')).toEqual({ value: null });
  });

  it.each(['tidak tentu', '2 kg', '2.50.000', 'Rp 1.000.000 - 2 kg'])(
    'says what to write for unreadable "%s"',
    (text) => {
      const r = parseAmount(text);
      expect(r.value).toBeNull();
      expect(r.issue?.code).toBe('NUMBER_UNREADABLE');
      expect(r.issue?.message).toContain(`"${text}"`);
    },
  );

  it('does not read a date cell as an amount', () => {
    expect(parseAmount(new Date('2024-01-01T00:00:00Z')).issue?.code).toBe('NUMBER_UNREADABLE');
  });
});

describe('parseCount', () => {
  it.each([
    [3, 3],
    ['3', 3],
    ['3 orang', 3],
    ['3 org', 3],
    ['3 (tiga)', 3],
    ['tiga', 3],
    ['0', 0],
    ['-2', -2],
    ['1 + 2', 3],
    ['2L 3P', 5],
    ['L: 2, P: 3', 5],
    ['2 (L) 3 (P)', 5],
    ['2 laki-laki dan 3 perempuan', 5],
    ['3 P', 3],
    ['5 (3 P)', 5],
  ])('%s → %d', (cell, value) => {
    expect(parseCount(cell)).toEqual({ value });
  });

  it('reads workers counted by sex, each sex counted once', () => {
    expect(menAndWomen('Lk 1 Pr 4')).toEqual({ men: 1, women: 4 });
    expect(menAndWomen('3P 2L')).toEqual({ men: 2, women: 3 });
    expect(menAndWomen('2L')).toEqual({ men: 2, women: 0 });
    expect(menAndWomen('3 perempuan')).toEqual({ men: 0, women: 3 });
    expect(menAndWomen('2L 3P 1P')).toBeNull();
    expect(menAndWomen('5 (3 P)')).toBeNull();
    expect(menAndWomen('3 orang')).toBeNull();
  });

  it('finds the women among a total: by sex, or in brackets after it', () => {
    expect(womenAmong('2L 3P', 5)).toBe(3);
    expect(womenAmong('3 P', 3)).toBe(3);
    expect(womenAmong('5 (3 P)', 5)).toBe(3);
    expect(womenAmong('5 orang (2 L)', 5)).toBe(3);
    expect(womenAmong('5 (2L 3P)', 5)).toBe(3);
    expect(womenAmong('5', 5)).toBeNull();
    expect(womenAmong('5 (keluarga)', 5)).toBeNull();
    expect(womenAmong('2 (7 L)', 2)).toBeNull();
  });

  it('rejects fractions with their own code', () => {
    expect(parseCount(2.5).issue?.code).toBe('NUMBER_NOT_WHOLE');
    expect(parseCount('2,5').issue?.code).toBe('NUMBER_NOT_WHOLE');
  });

  it('reports text without a number', () => {
    expect(parseCount('banyak')).toMatchObject({ value: null, issue: { code: 'NUMBER_UNREADABLE' } });
    expect(parseCount('')).toEqual({ value: null });
  });
});

describe('parseCoordinate', () => {
  it.each([
    ['-7,9666', 'lat', -7.9666],
    ['-7.9666', 'lat', -7.9666],
    ['7.9666 LS', 'lat', -7.9666],
    ['112,6326° BT', 'lon', 112.6326],
    ['112.6326', 'lon', 112.6326],
    [-7.95, 'lat', -7.95],
  ] as const)('%s (%s) → %d', (cell, axis, value) => {
    expect(parseCoordinate(cell, axis)).toEqual({ value });
  });

  it('rejects values beyond the globe and unread minutes-and-seconds notation', () => {
    expect(parseCoordinate('112.63', 'lat').issue?.code).toBe('COORDINATE_OUT_OF_RANGE');
    expect(parseCoordinate(-7952345, 'lon').issue?.code).toBe('COORDINATE_OUT_OF_RANGE');
    expect(parseCoordinate(`7°57'12"S`, 'lat').issue?.code).toBe('NUMBER_UNREADABLE');
  });
});

describe('parseYear', () => {
  const today = new Date('2025-06-01T00:00:00Z');

  it.each([
    [2015, 2015],
    ['2015', 2015],
    ['Th. 2015', 2015],
    ['sejak 1998', 1998],
    [new Date('2010-03-01T00:00:00Z'), 2010],
  ])('%s → %d', (cell, value) => {
    expect(parseYear(cell, today)).toEqual({ value });
  });

  it('rejects years in the future or before 1900, and text with two years', () => {
    expect(parseYear(2030, today).issue?.code).toBe('YEAR_IMPLAUSIBLE');
    expect(parseYear('1850', today).issue?.code).toBe('YEAR_IMPLAUSIBLE');
    expect(parseYear('2015/2016', today).issue?.code).toBe('NUMBER_UNREADABLE');
    expect(parseYear('lama', today).issue?.code).toBe('NUMBER_UNREADABLE');
  });

  it('counts back from today how long a business has run, with a warning', () => {
    expect(parseYear('5 tahun', today).value).toBe(2020);
    expect(parseYear('± 3 thn', today).value).toBe(2022);
    expect(parseYear('8 bulan', today).value).toBe(2024);
    expect(parseYear('5 tahun lalu', today).issue?.code).toBe('YEAR_FROM_DURATION');
    // A bare number is years only under a "Lama Usaha" header.
    expect(parseYear('10', today, true).value).toBe(2015);
    expect(parseYear('10', today).issue?.code).toBe('NUMBER_UNREADABLE');
    expect(parseYear('2015', today, true)).toEqual({ value: 2015 });
  });
});

describe('parseCoordinatePair', () => {
  it.each([
    '-7.9553, 112.6145',
    '-7,9553, 112,6145',
    '-7.9553;112.6145',
    '-7.9553 112.6145',
    'https://maps.google.com/?q=-7.9553,112.6145',
    '7.9553 LS, 112.6145 BT',
    '7.9553° S, 112.6145° E',
  ])('reads %s as latitude and longitude', (text) => {
    expect(parseCoordinatePair(text)).toEqual({ value: { latitude: -7.9553, longitude: 112.6145 } });
  });

  it('says what to write when the cell holds no pair', () => {
    expect(parseCoordinatePair('Malang').issue?.code).toBe('NUMBER_UNREADABLE');
    expect(parseCoordinatePair('112.61, -7.95').issue?.code).toBe('COORDINATE_OUT_OF_RANGE');
    expect(parseCoordinatePair('-')).toEqual({ value: null });
  });
});

describe('parseAmount with a unit and Indonesian grouping', () => {
  it('reads "50.000 juta" as fifty thousand million, "1.5 jt" as one and a half million', () => {
    expect(parseAmount('50.000 juta').value).toBe(50_000_000_000);
    expect(parseAmount('1.5 jt').value).toBe(1_500_000);
  });
});
