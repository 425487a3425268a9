import { describe, expect, it } from 'vitest';
import type { Cell, SheetRow } from '../imports.types.ts';
import { detectHeader, isNumberingRow } from './detect-header.ts';

const sheet = (...rows: Cell[][]): SheetRow[] => rows.map((cells, i) => ({ rowNumber: i + 1, cells }));
const DATA: Cell[] = [1, 'Siti Aminah', '3573055205800001', 'Tlogomas', 'Keripik tempe', 2_500_000];

describe('detectHeader', () => {
  it('finds the header below title rows and blank rows', () => {
    const rows = sheet(
      ['DATA INDUSTRI RUMAHAN KOTA MALANG TAHUN 2024'],
      ['Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana'],
      [],
      [null, null, ''],
      ['No', 'Nama Pemilik', 'NIK', 'Kelurahan', 'Jenis Usaha', 'Omzet per Bulan (Rp)'],
      DATA,
    );
    expect(detectHeader(rows)).toEqual({
      headerRowNumber: 5,
      headerRowCount: 1,
      headers: ['No', 'Nama Pemilik', 'NIK', 'Kelurahan', 'Jenis Usaha', 'Omzet per Bulan (Rp)'],
      firstDataRow: 6,
    });
  });

  it('skips a row of column numbers under the header', () => {
    const rows = sheet(['No', 'Nama', 'NIK', 'Kel', 'Produk', 'Omzet'], ['1', '2', '3', '4', '5', '6'], DATA);
    expect(detectHeader(rows)).toMatchObject({ headerRowNumber: 1, firstDataRow: 3 });
    const bracketed = sheet(['No', 'Nama', 'NIK', 'Kel'], [1, 2, 3, 4], ['(1)', '(2)', '(3)', '(4)'], DATA);
    expect(detectHeader(bracketed)).toMatchObject({ firstDataRow: 3 });
  });

  it('skips a row of units under the header and gives each unit to its column', () => {
    const rows = sheet(
      ['No', 'Nama Pemilik', 'Kelurahan', 'Omzet per Bulan', 'Modal', 'Tenaga Kerja'],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
      [null, null, null, 'Juta Rp', '(juta)', '(orang)'],
      [1, 'Siti Aminah', 'Tlogomas', '2,5', 10, 3],
    );
    expect(detectHeader(rows)).toEqual({
      headerRowNumber: 1,
      headerRowCount: 1,
      headers: [
        'No',
        'Nama Pemilik',
        'Kelurahan',
        'Omzet per Bulan (Juta Rp)',
        'Modal (juta)',
        'Tenaga Kerja (orang)',
      ],
      firstDataRow: 4,
    });
    // A data row is never a row of units.
    expect(detectHeader(sheet(['Nama', 'NIK', 'Kel', 'Omzet'], DATA))).toMatchObject({ firstDataRow: 2 });
  });

  it('combines a group row with the sub-headers under its merged cell', () => {
    const rows = sheet(
      ['REKAP PELAKU INDUSTRI RUMAHAN'],
      ['No', 'Nama', 'NIK', 'Alamat', null, null, null, 'Usaha', null, 'Omzet'],
      [null, null, null, 'Jalan', 'RT', 'RW', 'Kelurahan', 'Nama', 'Jenis', null],
      ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
      [
        1,
        'Siti',
        '3573055205800001',
        'Jl. Mawar 5',
        '2',
        '3',
        'Tlogomas',
        'Kripik Bu Siti',
        'Keripik',
        2_500_000,
      ],
    );
    expect(detectHeader(rows)).toEqual({
      headerRowNumber: 2,
      headerRowCount: 2,
      headers: [
        'No',
        'Nama',
        'NIK',
        'Alamat Jalan',
        'Alamat RT',
        'Alamat RW',
        'Alamat Kelurahan',
        'Nama Usaha',
        'Jenis Usaha',
        'Omzet',
      ],
      firstDataRow: 5,
    });
  });

  it('reads a header merged down over both header rows once (the reader gives it to each row)', () => {
    const rows = sheet(
      ['No', 'Nama', 'NIK', 'Alamat', null, null, 'Omzet'],
      ['No', 'Nama', 'NIK', 'Jalan', 'RT/RW', 'Kelurahan', 'Omzet'],
      [1, 'Siti', '3573055205800001', 'Jl. Mawar 5', '02/03', 'Tlogomas', 2_500_000],
    );
    expect(detectHeader(rows)).toMatchObject({
      headerRowNumber: 1,
      headerRowCount: 2,
      headers: ['No', 'Nama', 'NIK', 'Alamat Jalan', 'Alamat RT/RW', 'Alamat Kelurahan', 'Omzet'],
      firstDataRow: 3,
    });
  });

  it('finds the group row above when the sub-header row is the one that scores best', () => {
    const rows = sheet(
      ['Identitas Pemilik', null, null, 'Data Usaha', null, null],
      ['Nama', 'NIK', 'Jenis Kelamin', 'Nama Usaha', 'Produk', 'Kelurahan'],
      ['Siti', '3573055205800001', 'P', 'Kripik Bu Siti', 'Keripik', 'Tlogomas'],
    );
    expect(detectHeader(rows)).toMatchObject({
      headerRowNumber: 1,
      headerRowCount: 2,
      headers: [
        'Identitas Pemilik Nama',
        'Identitas Pemilik NIK',
        'Identitas Pemilik Jenis Kelamin',
        'Data Usaha Nama Usaha',
        'Data Usaha Produk',
        'Data Usaha Kelurahan',
      ],
      firstDataRow: 3,
    });
  });

  it('joins a header wrapped onto a second row without merged cells', () => {
    const rows = sheet(
      ['No', 'Nama', 'Jenis', 'Alamat', 'Kelurahan', 'Nama', 'Omzet', 'No.'],
      [null, 'Pemilik', 'Kelamin', null, null, 'Usaha', 'per Bulan', 'HP'],
      [1, 'Siti Aminah', 'P', 'Jl. Mawar 5', 'Tlogomas', 'Kripik Siti', '2,5 jt', '081234567890'],
    );
    expect(detectHeader(rows)).toEqual({
      headerRowNumber: 1,
      headerRowCount: 2,
      headers: [
        'No',
        'Nama Pemilik',
        'Jenis Kelamin',
        'Alamat',
        'Kelurahan',
        'Nama Usaha',
        'Omzet per Bulan',
        'No. HP',
      ],
      firstDataRow: 3,
    });
  });

  it('does not take a first data row of words for the rest of the header', () => {
    const rows = sheet(
      ['Nama', 'Jenis Kelamin', 'Kelurahan', 'Nama Usaha'],
      ['Siti Aminah', 'Perempuan', 'Tlogomas', 'Kripik Siti'],
    );
    expect(detectHeader(rows)).toMatchObject({ headerRowCount: 1, firstDataRow: 2 });
    const section = sheet(['No', 'Nama Pemilik', 'Alamat', 'Nama Usaha'], ['KELURAHAN TLOGOMAS'], DATA);
    expect(detectHeader(section)).toMatchObject({ headerRowCount: 1, firstDataRow: 2 });
  });

  it('keeps a title above the header out of the headers', () => {
    const rows = sheet(
      ['DATA UMKM', null, null, null],
      ['Nama', 'NIK', 'Kelurahan', 'Omzet'],
      ['Siti', '1', 'Kauman', 1],
    );
    expect(detectHeader(rows)).toMatchObject({ headerRowNumber: 2, headerRowCount: 1, firstDataRow: 3 });
  });

  it('returns null when no row has two recognised headers', () => {
    expect(detectHeader(sheet(['DATA INDUSTRI RUMAHAN KOTA MALANG'], ['Siti', 'Tlogomas'], []))).toBeNull();
    expect(detectHeader([])).toBeNull();
  });

  it('gives the next row number when the header is the last row read', () => {
    expect(detectHeader(sheet([], ['Nama', 'NIK', 'Kelurahan']))).toMatchObject({
      headerRowNumber: 2,
      firstDataRow: 3,
    });
  });
});

describe('isNumberingRow', () => {
  it('accepts 1, 2, 3 … and rejects data', () => {
    expect(isNumberingRow(['1', '2', '3', '4'])).toBe(true);
    expect(isNumberingRow([1, 2, 3])).toBe(true);
    expect(isNumberingRow(['1', '2'])).toBe(false);
    expect(isNumberingRow([1, 'Siti', 3])).toBe(false);
    expect(isNumberingRow([5, 6, 8])).toBe(false);
  });

  it('reads a column number in a date-formatted column, which the reader gives as a date', () => {
    // 4 in a dd/mm/yyyy column is 04/01/1900 (day 4 after 30 December 1899), 9 is 09/01/1900.
    expect(isNumberingRow([1, 2, 3, new Date('1900-01-03T00:00:00Z'), 5])).toBe(true);
    expect(isNumberingRow([1, 2, new Date('1900-01-02T00:00:00Z')])).toBe(true);
    // In a workbook of the 1904 date system day 0 is 1 January 1904.
    expect(isNumberingRow([1, 2, new Date('1904-01-04T00:00:00Z')])).toBe(true);
    // A real date in a data row is no column number.
    expect(isNumberingRow([1, 2, new Date('1980-05-12T00:00:00Z')])).toBe(false);
  });
});
