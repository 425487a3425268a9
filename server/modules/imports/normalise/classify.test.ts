import { describe, expect, it } from 'vitest';
import type { Cell, SheetRow } from '../imports.types.ts';
import { classifyRow, classifyRows } from './classify.ts';
import { autoMapping } from './headers.ts';

const HEADERS = ['No', 'Nama Pemilik', 'NIK', 'Kelurahan', 'Nama Usaha', 'Produk', 'Omzet', 'Keterangan'];
const mapping = autoMapping(HEADERS);
let n = 10;
const row = (...cells: Cell[]): SheetRow => ({ rowNumber: n++, cells });
const kind = (...cells: Cell[]) => classifyRow(row(...cells), mapping);

describe('classifyRow', () => {
  it('keeps ordinary and sparse data rows as data', () => {
    expect(
      kind(1, 'Siti Aminah', '3573055205800001', 'Tlogomas', 'Kripik Bu Siti', 'Keripik', 2_500_000),
    ).toBe('data');
    expect(kind(2, null, '3573055205800001')).toBe('data');
    expect(kind(3, null, null, 'Tlogomas')).toBe('data');
    expect(kind(4, null, null, null, 'Kripik Bu Siti')).toBe('data');
    expect(kind(5, 'Siti Aminah')).toBe('data');
    expect(kind(null, 'Siti Aminah', null, 'Tlogomas', null, 'Kue')).toBe('data');
  });

  it('sees blank rows, including pre-numbered empty form lines', () => {
    expect(kind()).toBe('blank');
    expect(kind(null, '  ', '', null)).toBe('blank');
    expect(kind(17)).toBe('blank');
    expect(kind('18', '-', '-')).toBe('blank');
  });

  it('sees section rows in the number or name column', () => {
    expect(kind('KECAMATAN BLIMBING')).toBe('section');
    expect(kind(null, 'A. INDUSTRI MAKANAN')).toBe('section');
    expect(kind('II.', 'Kerajinan')).toBe('section');
    expect(kind(null, 'Kelurahan Tlogomas')).toBe('section');
    expect(kind('Sentra Tempe Sanan')).toBe('section');
    // The title in the NIK column, its numbering in the number column.
    expect(kind('IV', null, 'KECAMATAN SUKUN')).toBe('section');
    expect(kind('IV', null, 'Sukun')).toBe('data');
  });

  it('sees a remark alone on its row, in any column, and keeps a data row that merely starts alike', () => {
    expect(kind('Catatan: data sementara, belum diverifikasi')).toBe('note');
    expect(kind(null, 'Keterangan: KRTP = Kepala Rumah Tangga Perempuan')).toBe('note');
    expect(kind('*) Data per 30 Juni 2024')).toBe('note');
    expect(kind(null, 'Sumber: Dinas Koperasi dan UKM')).toBe('note');
    expect(kind(6, 'Keterangan Wati', null, 'Tlogomas')).toBe('data');
  });

  it('sees legend lines, instructions and a source with its date, but not a name or a row with a NIK', () => {
    expect(kind(null, 'KRTP : Kepala Rumah Tangga Perempuan')).toBe('note');
    expect(kind(null, '- Level IR: IR 1 = Pemula, IR 2 = Berkembang, IR 3 = Maju')).toBe('note');
    expect(kind(null, null, 'No. KK diisi sesuai Kartu Keluarga; NIK sesuai KTP-el.')).toBe('note');
    expect(kind('Sumber: Seksi Kefarmasian & Makmin', 'diunduh 30/09/2025')).toBe('note');
    const bullet = row(null, '- data ganda dihapus');
    expect(classifyRow(bullet, mapping, 'note')).toBe('note');
    expect(classifyRow(bullet, mapping, 'data')).toBe('data');
    expect(kind(null, 'Siti Aminah binti Abdul Rahman')).toBe('data');
    expect(kind(null, 'Siti Aminah: 3573055205800001')).toBe('data');
  });

  it('sees a summary table under the data: its title, header and lines', () => {
    const rows = [
      row(1, 'Siti Aminah', '3573055205800001', 'Tlogomas', 'Kripik Bu Siti', 'Keripik', 2_500_000),
      row(),
      row(null, 'REKAPITULASI SPP-IRT PER KECAMATAN'),
      row(null, 'Kecamatan', 'Jumlah Produk'),
      row(null, 'Rungkut', 26),
      row(null, 'Pabean Cantian', '9'),
      row(null, 'Jumlah', 35),
    ];
    expect(classifyRows(rows, mapping)).toEqual([
      'data',
      'blank',
      'summary',
      'summary',
      'summary',
      'summary',
      'summary',
    ]);
    // Without the rows above, a name and a number are a sparse data row.
    expect(kind(null, 'Rungkut', 26)).toBe('data');
  });

  it('sees total rows', () => {
    expect(kind('JUMLAH', null, null, null, null, null, 125_000_000)).toBe('total');
    expect(kind(null, 'Total', null, null, null, null, '125.000.000')).toBe('total');
    expect(kind('Jumlah Keseluruhan', null, null, null, null, null, 9)).toBe('total');
    expect(kind('Sub Total')).toBe('total');
  });

  it('sees signature block rows', () => {
    expect(kind(null, null, null, null, null, 'Malang, 12 Maret 2024')).toBe('signature');
    expect(kind(null, 'Mengetahui,', null, null, null, 'Malang, 12 Maret 2024')).toBe('signature');
    expect(kind(null, 'Kepala Dinas Pemberdayaan Perempuan')).toBe('signature');
    expect(kind(null, 'Kepala Bidang')).toBe('signature');
    expect(kind(null, 'NIP. 19700101 199003 2 005')).toBe('signature');
    expect(kind(null, '(ttd)')).toBe('signature');
    expect(kind(null, 'Pembina Tk. I')).toBe('signature');
  });

  it('sees an official named with degrees, even without the rows above', () => {
    expect(kind(null, null, null, null, null, null, 'SITI RAHAYU, S.Sos')).toBe('signature');
    expect(kind(null, 'BUDI SANTOSO, S.E., M.M.')).toBe('signature');
    expect(kind(null, 'Malang, Sukun')).toBe('data');
  });

  it('sees a name alone under a signature only with the previous row known', () => {
    const name = row(null, null, null, null, null, 'Dra. SITI AMINAH');
    expect(classifyRow(name, mapping, 'signature')).toBe('signature');
    expect(classifyRow(name, mapping, 'data')).toBe('data');
    // The office under its head's title, digits in its acronym.
    const office = row(null, null, null, null, null, 'DP3AP2KB Kota Malang');
    expect(classifyRow(office, mapping, 'signature')).toBe('signature');
  });

  it('sees the NIP lines under a signature, the bare number in the NIK column too', () => {
    const nip = row(
      null,
      'NIP. 197005121995031004',
      '197005121995031004',
      null,
      null,
      'NIP. 19800315 200501 2 009',
    );
    expect(classifyRow(nip, mapping, 'signature')).toBe('signature');
    // A data row after a signature block stays data.
    const data = row(1, 'Siti Aminah', '3573055205800001', 'Tlogomas', 'Kripik Bu Siti');
    expect(classifyRow(data, mapping, 'signature')).toBe('data');
  });

  it('keeps a sparse data row with a birth-like date as data', () => {
    const m = autoMapping(['Nama', 'Tempat/Tgl Lahir', 'Kelurahan']);
    expect(classifyRow(row('Siti', 'Malang, 12-05-2001', 'Tlogomas'), m)).toBe('data');
  });

  it('sees headers repeated on every printed page', () => {
    expect(kind(...HEADERS)).toBe('header');
    expect(kind('NO', 'NAMA PEMILIK', 'NIK', 'KEL')).toBe('header');
    expect(kind('1', '2', '3', '4', '5', '6', '7', '8')).toBe('header');
    // The omzet column date-formatted: its 7 reads as 06/01/1900.
    expect(kind(1, 2, 3, 4, 5, 6, new Date('1900-01-06T00:00:00Z'), 8)).toBe('header');
  });
});

describe('classifyRows', () => {
  it('carries the signature block over the name, across blank rows', () => {
    const rows = [
      row(1, 'Siti Aminah', '3573055205800001', 'Tlogomas', 'Kripik Bu Siti'),
      row('JUMLAH', null, null, null, null, null, 2_500_000),
      row(),
      row(null, null, null, null, null, 'Malang, 12 Maret 2024'),
      row(null, null, null, null, null, 'Kepala Dinas'),
      row(),
      row(null, null, null, null, null, 'SITI RAHAYU, S.Sos'),
      row(null, null, null, null, null, 'NIP. 19700101 199003 2 005'),
    ];
    expect(classifyRows(rows, mapping)).toEqual([
      'data',
      'total',
      'blank',
      'signature',
      'signature',
      'blank',
      'signature',
      'signature',
    ]);
  });
});
