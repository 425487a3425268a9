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
