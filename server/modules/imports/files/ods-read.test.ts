import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, errorCode, odsBytes, scratch } from './files.testkit.ts';
import { listSheets, readRows } from './index.ts';

let tmp: Awaited<ReturnType<typeof scratch>>;
let path: string;

const p = (text: string) => `<text:p>${text}</text:p>`;
const cell = (attributes: string, inner = '') =>
  `<table:table-cell ${attributes}>${inner}</table:table-cell>`;
const text = (value: string) => cell('office:value-type="string"', p(value));
const blank = (repeat = 1) => `<table:table-cell table:number-columns-repeated="${repeat}"/>`;
const row = (cells: string, repeat = 1) =>
  `<table:table-row table:number-rows-repeated="${repeat}">${cells}</table:table-row>`;

const merged =
  cell('table:number-columns-spanned="3" office:value-type="string"', p('DATA IKM 2024')) +
  '<table:covered-table-cell table:number-columns-repeated="2">' +
  `${p('tersembunyi')}</table:covered-table-cell>`;
const name = cell(
  'office:value-type="string"',
  p('Bu<text:s text:c="3"/>Siti') +
    p('RT 01<text:tab/>RW 02<text:line-break/>Lowokwaru') +
    `<office:annotation><dc:creator>Admin</dc:creator>${p('cek lagi')}</office:annotation>`,
);
const born = cell('office:value-type="date" office:date-value="1980-01-05"', p('05/01/1980'));
const turnover = cell('office:value-type="currency" office:value="1500000.5"', p('Rp1.500.000,50'));
const active = cell('office:value-type="boolean" office:boolean-value="true"', p('TRUE'));
const sevens = cell('office:value-type="float" office:value="7" table:number-columns-repeated="2"', p('7'));
const share = cell('office:value-type="percentage" office:value="0.25"', p('25%'));
const visit = cell('office:value-type="date" office:date-value="2024-03-01T08:30:00"', p('01/03/2024 08:30'));

// As LibreOffice saves it: padding rows and columns to the sheet's end, identical neighbours written once.
const DATA = [
  row(`${merged}${blank(1021)}`),
  row(blank(1024)),
  row(`${['NIK', 'Nama', 'Lahir', 'Omzet', 'Aktif'].map(text).join('')}${blank(1019)}`),
  row(`${text('3573014501800001')}${name}${born}${turnover}${active}${blank(1019)}`),
  row(`${text('sama')}${sevens}${blank(1021)}`, 2),
  row(`${blank(2)}${share}${visit}${blank(1020)}`),
  row(blank(1024), 1048568),
].join('');

beforeAll(async () => {
  tmp = await scratch();
  const tables =
    `<table:table table:name="Petunjuk &amp; Catatan">${row(text('Baca dulu'))}</table:table>` +
    `<table:table table:name="Data">${DATA}</table:table>`;
  path = await tmp.file('kantor.ods', odsBytes(tables));
});
afterAll(() => tmp.cleanup());

it('marks a table its style hides as a hidden sheet, as LibreOffice writes it', async () => {
  const styles =
    '<style:style style:name="ta1" style:family="table" style:master-page-name="Default">' +
    '<style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>' +
    '<style:style style:name="ta2" style:family="table" style:master-page-name="Default">' +
    '<style:table-properties table:display="false" style:writing-mode="lr-tb"/></style:style>' +
    '<style:style style:name="co1" style:family="table-column"><style:table-column-properties/></style:style>';
  const tables =
    `<table:table table:name="Rekap" table:style-name="ta2">${row(text('Jumlah'))}</table:table>` +
    `<table:table table:name="Data" table:style-name="ta1">${row(text('NIK'))}</table:table>` +
    `<table:table table:name="Lama">${row(text('NIK'))}</table:table>`;
  const file = await tmp.file('tersembunyi.ods', odsBytes(tables, undefined, styles));
  expect(await listSheets(file, 'ods')).toEqual([
    { index: 0, name: 'Rekap', hidden: true },
    { index: 1, name: 'Data', hidden: false },
    { index: 2, name: 'Lama', hidden: false },
  ]);
  expect((await collect(readRows(file, 'ods', 1)))[0]?.cells).toEqual(['NIK']);
});

describe('ods', () => {
  it('lists the tables by name', async () => {
    expect(await listSheets(path, 'ods')).toEqual([
      { index: 0, name: 'Petunjuk & Catatan', hidden: false },
      { index: 1, name: 'Data', hidden: false },
    ]);
  });

  it('reads the chosen table, skipping blank rows and the padding at the end', async () => {
    const rows = await collect(readRows(path, 'ods', 1));
    expect(rows.map((r) => r.rowNumber)).toEqual([1, 3, 4, 5, 6, 7]);
    expect(rows[0]?.cells).toEqual(['DATA IKM 2024']);
    expect(rows[1]?.cells).toEqual(['NIK', 'Nama', 'Lahir', 'Omzet', 'Aktif']);
  });

  it('types values and keeps the text of every paragraph, without comments', async () => {
    const rows = await collect(readRows(path, 'ods', 1));
    expect(rows[2]?.cells).toEqual([
      '3573014501800001',
      'Bu   Siti\nRT 01\tRW 02\nLowokwaru',
      new Date(Date.UTC(1980, 0, 5)),
      1500000.5,
      true,
    ]);
  });

  it('expands repeated rows and columns that hold data', async () => {
    const rows = await collect(readRows(path, 'ods', 1));
    expect(rows[3]).toEqual({ rowNumber: 5, cells: ['sama', 7, 7] });
    expect(rows[4]).toEqual({ rowNumber: 6, cells: ['sama', 7, 7] });
    expect(rows[5]).toEqual({
      rowNumber: 7,
      cells: [null, null, 0.25, new Date(Date.UTC(2024, 2, 1, 8, 30))],
    });
  });

  it("gives a cell merged down over several rows to each row's first cell, the rest of the merge empty", async () => {
    const group = cell(
      'table:number-rows-spanned="2" table:number-columns-spanned="2" office:value-type="string"',
      p('Tlogomas'),
    );
    const covered = '<table:covered-table-cell table:number-columns-repeated="2"/>';
    const groups = await tmp.file(
      'kelompok.ods',
      odsBytes(
        `<table:table table:name="Data">${row(`${text('Siti')}${group}<table:covered-table-cell/>${text('Kue')}`)}` +
          `${row(`${text('Sri')}${covered}${text('Jamu')}`)}${row(`${text('Nur')}${blank(2)}${text('Batik')}`)}</table:table>`,
      ),
    );
    expect(await collect(readRows(groups, 'ods', 0))).toEqual([
      { rowNumber: 1, cells: ['Siti', 'Tlogomas', null, 'Kue'] },
      { rowNumber: 2, cells: ['Sri', 'Tlogomas', null, 'Jamu'] },
      { rowNumber: 3, cells: ['Nur', null, null, 'Batik'] },
    ]);
  });

  it('reads the first table on its own', async () => {
    expect(await collect(readRows(path, 'ods', 0))).toEqual([{ rowNumber: 1, cells: ['Baca dulu'] }]);
  });

  it('rejects a table that does not exist', async () => {
    expect((await errorCode(collect(readRows(path, 'ods', 4)))).code).toBe('SHEET_NOT_FOUND');
  });

  it('rejects content.xml that is not well-formed', async () => {
    const broken = await tmp.file(
      'rusak.ods',
      odsBytes(`<table:table table:name="A">${row(text('x'))}</table:tabel>`),
    );
    expect((await errorCode(collect(readRows(broken, 'ods', 0)))).code).toBe('FILE_CORRUPT');
  });
});
