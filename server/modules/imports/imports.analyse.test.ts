import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratch } from './files/files.testkit.ts';
import { analyseFile } from './imports.analyse.ts';

describe('analyseFile: which sheet', () => {
  let files: Awaited<ReturnType<typeof scratch>>;
  let book: string;
  beforeAll(async () => {
    files = await scratch();
    book = await files.file('rekap-dan-data.xlsx');
    const wb = new ExcelJS.Workbook();
    const summary = wb.addWorksheet('Rekap');
    summary.addRow(['REKAP PER KECAMATAN']);
    summary.addRow(['Kecamatan', 'Jumlah IR']);
    summary.addRow(['Klojen', 3]);
    const data = wb.addWorksheet('Data IR 2024');
    data.addRow(['DATA INDUSTRI RUMAHAN 2024']);
    data.addRow(['No', 'Nama Pemilik', 'Kelurahan', 'Nama Usaha']);
    data.addRow([1, 'Siti Aminah', 'Tlogomas', 'Keripik Bu Siti']);
    await wb.xlsx.writeFile(book);
  });
  afterAll(() => files.cleanup());

  it('passes over a summary sheet to the first whose header names the owner', async () => {
    const found = await analyseFile(book, 'xlsx', undefined, null, 'rekap-dan-data.xlsx');
    expect(found.sheets.map((s) => s.name)).toEqual(['Rekap', 'Data IR 2024']);
    expect(found.sheetIndex).toBe(1);
    expect(found.mapping.map((m) => m.field)).toEqual([null, 'ownerName', 'kelurahan', 'businessName']);
  });

  it('keeps the sheet the operator chose, even without an owner column', async () => {
    const found = await analyseFile(book, 'xlsx', 0, null, 'rekap-dan-data.xlsx');
    expect(found.sheetIndex).toBe(0);
    expect(found.mapping.some((m) => m.field === 'ownerName')).toBe(false);
  });
});

describe('analyseFile: a blank form, a hidden sheet, several lists', () => {
  let files: Awaited<ReturnType<typeof scratch>>;
  const header = ['No', 'Nama Pemilik', 'NIK', 'Kelurahan', 'Nama Usaha'];
  const list = (wb: ExcelJS.Workbook, name: string, owners: string[]) => {
    const sheet = wb.addWorksheet(name);
    sheet.addRow(['DATA INDUSTRI RUMAHAN']);
    sheet.addRow(header);
    for (const [i, owner] of owners.entries()) sheet.addRow([i + 1, owner, null, 'Bareng', `Usaha ${owner}`]);
    return sheet;
  };
  const write = async (name: string, build: (wb: ExcelJS.Workbook) => void) => {
    const path = await files.file(name);
    const wb = new ExcelJS.Workbook();
    build(wb);
    await wb.xlsx.writeFile(path);
    return analyseFile(path, 'xlsx', undefined, null, name);
  };
  beforeAll(async () => {
    files = await scratch();
  });
  afterAll(() => files.cleanup());

  it('passes over a blank form before the filled sheet', async () => {
    const found = await write('format.xlsx', (wb) => {
      const form = list(wb, 'FORMAT', []);
      for (let i = 1; i <= 20; i++) form.addRow([i]);
      list(wb, 'ISIAN KEL. BARENG', ['Siti Aminah', 'Sri Wahyuni']);
    });
    expect(found.sheetIndex).toBe(1);
    expect(found.sheets.map((s) => [s.name, s.hasData])).toEqual([
      ['FORMAT', false],
      ['ISIAN KEL. BARENG', true],
    ]);
  });

  it('prefers a shown list to a hidden one, and marks the hidden sheet', async () => {
    const found = await write('hidden.xlsx', (wb) => {
      list(wb, '2024', ['Siti Aminah']).state = 'hidden';
      list(wb, '2025', ['Siti Aminah', 'Endang Lestari']);
    });
    expect(found.sheetIndex).toBe(1);
    expect(found.sheets.map((s) => [s.name, s.hidden, s.hasData])).toEqual([
      ['2024', true, true],
      ['2025', false, true],
    ]);
  });

  it('takes the first of several lists and marks the others as lists', async () => {
    const found = await write('per-kecamatan.xlsx', (wb) => {
      wb.addWorksheet('Sampul').addRow(['DATA INDUSTRI RUMAHAN KOTA MALANG 2025']);
      list(wb, 'KLOJEN', ['Siti Aminah']);
      list(wb, 'BLIMBING', ['Sri Wahyuni']);
    });
    expect(found.sheetIndex).toBe(1);
    expect(found.sheets.map((s) => s.hasData)).toEqual([false, true, true]);
  });
});

describe('analyseFile: the order of a birth date column', () => {
  let files: Awaited<ReturnType<typeof scratch>>;
  const csv = async (name: string, dates: string[]) => {
    const file = await files.file(name);
    const lines = ['Nama Pemilik;Tanggal Lahir;Kelurahan', ...dates.map((d, i) => `Ibu ${i};${d};Tlogomas`)];
    await writeFile(file, lines.join('\r\n'));
    return file;
  };
  beforeAll(async () => {
    files = await scratch();
  });
  afterAll(() => files.cleanup());
  const birthColumn = (found: Awaited<ReturnType<typeof analyseFile>>) =>
    found.mapping.find((m) => m.field === 'birthDate');

  it('reads a column month first when its first dates are written so, as a form in US English exports them', async () => {
    const file = await csv('formulir.csv', ['3/4/1990', '7/25/1980', '1/2/1975']);
    expect(birthColumn(await analyseFile(file, 'csv', undefined, null, 'formulir.csv'))).toMatchObject({
      dateOrder: 'mdy',
    });
  });

  it("keeps the office's saved order when the dates do not tell, and a day-first file overrides it", async () => {
    const template = [{ header: 'Tanggal Lahir', field: 'birthDate', dateOrder: 'mdy' as const }];
    const unclear = await csv('samar.csv', ['3/4/1990', '1/2/1975']);
    expect(birthColumn(await analyseFile(unclear, 'csv', undefined, template, 'samar.csv'))).toMatchObject({
      dateOrder: 'mdy',
    });
    const dayFirst = await csv('biasa.csv', ['3/4/1990', '25/07/1980']);
    const found = birthColumn(await analyseFile(dayFirst, 'csv', undefined, template, 'biasa.csv'));
    expect(found?.field).toBe('birthDate');
    expect(found?.dateOrder).toBeUndefined();
  });
});
