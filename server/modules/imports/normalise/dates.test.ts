import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MONTHS_ID } from '../../../../shared/rules/format.ts';
import { dateOrderOf, parseDate, splitPlaceAndDate } from './dates.ts';

const today = new Date('2025-06-01T00:00:00Z');
// Calendar dates (YYYY-MM-DD) an owner's birth date may be.
const dates = fc
  .date({ min: new Date('1930-01-01T00:00:00Z'), max: new Date('2024-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('parseDate', () => {
  it.each([
    ['12/05/1980', '1980-05-12'],
    ['12-5-1980', '1980-05-12'],
    ['2-5-1980', '1980-05-02'],
    ['12.05.80', '1980-05-12'],
    ['12-05-05', '2005-05-12'],
    ['12 Maret 1980', '1980-03-12'],
    ['12 Mar 1980', '1980-03-12'],
    ['12-Mar-1980', '1980-03-12'],
    ['12 Agt 1980', '1980-08-12'],
    ['12 Agst 1980', '1980-08-12'],
    ['12 Mrt 1980', '1980-03-12'],
    ['12 Aprl 1980', '1980-04-12'],
    ["12 Mei '80", '1980-05-12'],
    ['12 Mei ’80', '1980-05-12'],
    ['12 Agustus 1980', '1980-08-12'],
    ['12 Pebruari 1980', '1980-02-12'],
    ['3 Nopember 1975', '1975-11-03'],
    ['12 October 1980', '1980-10-12'],
    ['1980-05-12', '1980-05-12'],
    ['1980-05-12T00:00:00.000Z', '1980-05-12'],
    ['12/05/1980 00:00:00', '1980-05-12'],
    ['12 Mei 1980 (Malang)', '1980-05-12'],
    ['17 Agustus 1975 (45 th)', '1975-08-17'],
    ['17-08-1975 (umur 49 tahun)', '1975-08-17'],
    ['17 Agus 1975', '1975-08-17'],
    ['17 Agus. 1975', '1975-08-17'],
    ['3 Septem 1975', '1975-09-03'],
    ['3 Desem 1975', '1975-12-03'],
    ['3 Augu 1975', '1975-08-03'],
    ['12051980', '1980-05-12'],
    ['19800512', '1980-05-12'],
    ['29221', '1980-01-01'],
    ['29/02/1984', '1984-02-29'],
    ['Senin, 12 Mei 1980', '1980-05-12'],
    ["Jum'at, 1 Agustus 1980", '1980-08-01'],
    ['August 17, 1980', '1980-08-17'],
    ['Agustus 17 1980', '1980-08-17'],
    ['Sunday, May 12, 1980', '1980-05-12'],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text, today)).toEqual({ value: iso });
  });

  it('says a month and year without the day is not a whole date', () => {
    for (const text of ['05/1980', '5-1980', 'Mei 1980', 'Agt. 1980']) {
      expect(parseDate(text, today).issue?.code, text).toBe('DATE_MONTH_YEAR_ONLY');
    }
    expect(parseDate('05/1980', today).issue?.message).toMatch(/bulan dan tahun.*12\/05\/1980/);
    expect(parseDate('Lahir 1980', today).issue?.code).toBe('DATE_UNREADABLE');
  });

  it('reads date cells, serial numbers and yyyymmdd numbers', () => {
    expect(parseDate(new Date('1980-05-12T00:00:00Z'), today)).toEqual({ value: '1980-05-12' });
    expect(parseDate(new Date('1976-08-18T23:59:00Z'), today)).toEqual({ value: '1976-08-18' });
    expect(parseDate(29221, today)).toEqual({ value: '1980-01-01' });
    expect(parseDate(29221.75, today)).toEqual({ value: '1980-01-01' });
    expect(parseDate(19800512, today)).toEqual({ value: '1980-05-12' });
  });

  it('reads empty cells and "-" as no date', () => {
    expect(parseDate(null, today)).toEqual({ value: null });
    expect(parseDate(' - ', today)).toEqual({ value: null });
  });

  it('reads a date of 0, which a spreadsheet shows as 00/01/1900, as no date', () => {
    expect(parseDate(0, today)).toEqual({ value: null });
    expect(parseDate('0', today)).toEqual({ value: null });
    expect(parseDate(new Date('1899-12-30T00:00:00Z'), today)).toEqual({ value: null });
    expect(parseDate('00/01/1900', today)).toEqual({ value: null });
    expect(parseDate('0/1/1900', today)).toEqual({ value: null });
    // Day 0 of another month or year is a mistake, not an empty date.
    expect(parseDate('00/01/1980', today).issue?.code).toBe('DATE_INVALID');
    expect(parseDate(-1, today).issue?.code).toBe('DATE_UNREADABLE');
  });

  it.each([
    ['31/02/1980', 'DATE_INVALID', 'bulan 2 tidak punya tanggal 31'],
    ['29/02/1981', 'DATE_INVALID', 'bulan 2 tidak punya tanggal 29'],
    ['05/13/1980', 'DATE_INVALID', 'bulan 13 tidak ada'],
    ['1980', 'DATE_YEAR_ONLY', 'hanya berisi tahun'],
    ['12 Mergo 1980', 'DATE_UNREADABLE', 'tidak dapat dibaca'],
    // Two letters are no month: "Ju" could be Juni or Juli.
    ['12 Ju 1980', 'DATE_UNREADABLE', 'tidak dapat dibaca'],
    ['(45 th)', 'DATE_UNREADABLE', 'tidak dapat dibaca'],
    ['kemarin', 'DATE_UNREADABLE', 'tidak dapat dibaca'],
  ])('reports "%s" as %s', (text, code, says) => {
    const r = parseDate(text, today);
    expect(r.value).toBeNull();
    expect(r.issue?.code).toBe(code);
    expect(r.issue?.message).toContain(says);
  });

  it('rejects serial numbers beyond next year and numbers that are no date at all', () => {
    expect(parseDate(99_999, today).issue?.code).toBe('DATE_UNREADABLE');
    expect(parseDate(1980, today).issue?.code).toBe('DATE_YEAR_ONLY');
    expect(parseDate(true, today).issue?.code).toBe('DATE_UNREADABLE');
  });

  it('reads every date in every format an office writes, and its spreadsheet serial', () => {
    fc.assert(
      fc.property(dates, (iso) => {
        const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
        const month = MONTHS_ID[m - 1] ?? '';
        const serial = (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
        for (const text of [
          `${d}/${m}/${y}`,
          `${d}-${m}-${y}`,
          `${d}.${m}.${y}`,
          `${d} ${month} ${y}`,
          iso,
        ]) {
          expect(parseDate(text, today)).toEqual({ value: iso });
        }
        expect(parseDate(`${d} ${month.slice(0, 3)} ${y}`, today)).toEqual({ value: iso });
        expect(parseDate(serial, today)).toEqual({ value: iso });
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseDate in a column written month first', () => {
  it.each([
    ['7/25/1980', '1980-07-25'],
    ['07/05/1980', '1980-07-05'],
    ['7-25-80', '1980-07-25'],
    ['7/25/1980 0:00:00', '1980-07-25'],
    ['07251980', '1980-07-25'],
    // Month names, ISO dates and serial numbers say their order themselves.
    ['25 Juli 1980', '1980-07-25'],
    ['1980-07-25', '1980-07-25'],
    ['29427', '1980-07-25'],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text, today, 'mdy')).toEqual({ value: iso });
  });

  it('says in which order a column is read when a date does not fit it', () => {
    expect(parseDate('25/07/1980', today, 'mdy').issue?.message).toContain('dibaca bulan/hari/tahun');
    expect(parseDate('kemarin', today, 'mdy').issue?.message).toContain('tulis bulan/hari/tahun');
    // Read day first, a month-first date points to the column's order in the mapping.
    expect(parseDate('07/25/1980', today).issue?.message).toContain(
      'pilih urutan itu untuk kolom ini di pemetaan kolom',
    );
  });

  it('reads every date written month first', () => {
    fc.assert(
      fc.property(dates, (iso) => {
        const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
        for (const text of [`${m}/${d}/${y}`, `${m}-${d}-${y}`, `${String(m).padStart(2, '0')}/${d}/${y}`])
          expect(parseDate(text, today, 'mdy')).toEqual({ value: iso });
      }),
      { numRuns: 200 },
    );
  });
});

describe('dateOrderOf', () => {
  it.each([
    [['3/4/1990', '7/25/1980', 'Malang, 10/31/1975'], 'mdy'],
    [['3/4/1990', '25/07/1980', '12 Mei 1980'], 'dmy'],
    [['3/4/1990', '1/12/1985'], null], // every number 12 or less: the dates do not tell
    [['25/07/1980', '7/25/1980'], null], // the dates disagree
    [[new Date('1980-07-25T00:00:00Z'), 29427, null], null],
  ])('%j → %s', (cells, order) => {
    expect(dateOrderOf(cells)).toBe(order);
  });
});

describe('splitPlaceAndDate', () => {
  it('splits "Tempat, tanggal lahir" cells', () => {
    expect(splitPlaceAndDate('Malang, 12-05-1980')).toEqual({ place: 'Malang', date: '12-05-1980' });
    expect(splitPlaceAndDate('Kab. Malang 12 Mei 1980')).toEqual({
      place: 'Kab. Malang',
      date: '12 Mei 1980',
    });
    expect(splitPlaceAndDate('Blitar / 1-2-1975')).toEqual({ place: 'Blitar', date: '1-2-1975' });
    expect(splitPlaceAndDate('Surabaya, tgl 28/08/1974')).toEqual({ place: 'Surabaya', date: '28/08/1974' });
    expect(splitPlaceAndDate('Kediri, Tgl. 30-08-1972')).toEqual({ place: 'Kediri', date: '30-08-1972' });
    expect(splitPlaceAndDate('Sby tanggal 5 Mei 1980')).toEqual({ place: 'Sby', date: '5 Mei 1980' });
  });

  it('leaves a date without a place as it is', () => {
    expect(splitPlaceAndDate('12 Mei 1980')).toEqual({ place: null, date: '12 Mei 1980' });
    expect(splitPlaceAndDate('Malang')).toEqual({ place: null, date: 'Malang' });
  });
});
