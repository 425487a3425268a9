import { access } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, odsBytes, scratch } from './files.testkit.ts';
import { type Annotations, writeAnnotatedWorkbook, writeRedactedWorkbook } from './index.ts';
import { writeSampleXlsx } from './xlsx.testkit.ts';
import { openZip, readEntry } from './zip.ts';

let tmp: Awaited<ReturnType<typeof scratch>>;
beforeAll(async () => {
  tmp = await scratch();
});
afterAll(() => tmp.cleanup());

const NOTES: Annotations = {
  headerRowNumber: 3,
  rows: new Map([
    [4, { status: 'OK', note: '', badColumns: [] }],
    [5, { status: 'Ditolak', note: 'NIK harus 16 digit.', badColumns: [0, 3] }],
    [7, { status: 'Peringatan', note: '=cek nomor HP', badColumns: [99] }],
    [8, { status: 'Ditolak', note: 'Baris kosong.', badColumns: [] }],
  ]),
};

async function annotated(
  name: string,
  input: { path: string; type: 'xlsx' | 'csv' | 'ods'; sheetIndex: number },
) {
  const out = await tmp.file(`${name}-hasil.xlsx`);
  await writeAnnotatedWorkbook(input, NOTES, out);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  return { out, workbook };
}

const fill = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

describe('annotated .xlsx', () => {
  let result: Awaited<ReturnType<typeof annotated>>;
  let data: ExcelJS.Worksheet;
  beforeAll(async () => {
    const path = await tmp.file('kantor.xlsx');
    await writeSampleXlsx(path);
    result = await annotated('kantor', { path, type: 'xlsx', sheetIndex: 1 });
    data = result.workbook.getWorksheet('Data') as ExcelJS.Worksheet;
  });

  it('keeps every sheet, in order, with the user values', () => {
    expect(result.workbook.worksheets.map((s) => s.name)).toEqual(['Petunjuk', 'Data']);
    expect(result.workbook.getWorksheet('Petunjuk')?.getCell('A1').value).toBe(
      'Isi lembar Data mulai baris 3.',
    );
    expect(data.getCell('A4').value).toBe('3573014501800001');
    expect(data.getCell('C4').value).toEqual(new Date(Date.UTC(1980, 0, 5)));
    expect(data.getCell('C4').numFmt).toBe('dd/mm/yyyy');
    expect(data.getCell('E5').value).toBe(3000000);
    expect(data.getCell('F9').value).toBe('catatan di luar judul');
    expect(data.getColumn(2).width).toBe(30);
  });

  it('keeps the merged title', () => {
    expect(data.getCell('E1').isMerged).toBe(true);
    expect(data.getCell('E1').master.address).toBe('A1');
  });

  it('adds Status and Keterangan after the last used column, header in bold', () => {
    expect([data.getCell('G3').value, data.getCell('H3').value]).toEqual(['Status', 'Keterangan']);
    expect(data.getCell('G3').font?.bold).toBe(true);
    expect([data.getCell('G5').value, data.getCell('H5').value]).toEqual(['Ditolak', 'NIK harus 16 digit.']);
    expect([data.getCell('G8').value, data.getCell('H8').value]).toEqual(['Ditolak', 'Baris kosong.']);
  });

  it('colours the status and marks the faulty cells only', () => {
    expect([fill(data.getCell('G4')), fill(data.getCell('G5')), fill(data.getCell('G7'))]).toEqual([
      'FFC6EFCE',
      'FFFFC7CE',
      'FFFFEB9C',
    ]);
    expect([fill(data.getCell('A5')), fill(data.getCell('D5')), fill(data.getCell('B5'))]).toEqual([
      'FFFFC7CE',
      'FFFFC7CE',
      undefined,
    ]);
  });

  it('stores text that looks like a formula as text', async () => {
    expect(data.getCell('A7').value).toBe('=HYPERLINK("http://contoh.test")');
    expect(data.getCell('H7').value).toBe('=cek nomor HP');
    const { zip, entries } = await openZip(result.out);
    const sheets = [...entries].filter(([name]) => name.includes('worksheets/sheet'));
    const xml = (
      await Promise.all(sheets.map(async ([, entry]) => (await readEntry(zip, entry)).toString()))
    ).join('');
    zip.close();
    expect(xml).not.toMatch(/<f[ >]/);
    // exceljs's streaming writer stores inline text as t="str" without <f>: a string, not a formula.
    expect(xml).toContain('<c r="H7" t="str"><v>=cek nomor HP</v></c>');
  });

  it('leaves no partial file behind', async () => {
    expect(await exists(`${result.out}.partial`)).toBe(false);
  });
});

describe('annotated copies of other formats', () => {
  it('turns a CSV into an .xlsx of the same rows, all text', async () => {
    const csv = 'Judul;;;\n\nNIK;Nama;HP;Alamat\n3573;Siti;0812;Jl. A\n=1+1;+62;-5;@x\n@SUM(A1);;;\n';
    const path = await tmp.file('data.csv', iconv.encode(csv, 'win1252'));
    const sheet = (await annotated('csv', { path, type: 'csv', sheetIndex: 0 })).workbook.worksheets[0];
    expect(sheet?.name).toBe('Data');
    expect(sheet?.getRow(5).values).toEqual([
      undefined,
      '=1+1',
      '+62',
      '-5',
      '@x',
      'Ditolak',
      'NIK harus 16 digit.',
    ]);
    expect(sheet?.getCell('A4').value).toBe('3573');
    expect(sheet?.getCell('E3').value).toBe('Status');
  });

  it("leaves out the cells of a row whose person's data was erased, keeping its status", async () => {
    const csv = 'NIK;Nama;HP\n3573011;Siti Aminah;0812\n3573012;Sri;0813\n';
    const path = await tmp.file('dihapus.csv', csv);
    const out = await tmp.file('dihapus-hasil.xlsx');
    const notes: Annotations = {
      headerRowNumber: 1,
      rows: new Map([
        [2, { status: 'OK', note: 'Isi baris ini dihapus.', badColumns: [], erased: true }],
        [3, { status: 'OK', note: '', badColumns: [] }],
      ]),
    };
    await writeAnnotatedWorkbook({ path, type: 'csv', sheetIndex: 0 }, notes, out);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(2).values).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      'OK',
      'Isi baris ini dihapus.',
    ]);
    expect(sheet?.getRow(3).values).toEqual([undefined, '3573012', 'Sri', '0813', 'OK']);
  });

  it('turns an .ods table into an .xlsx sheet of the same name, values typed', async () => {
    const cell = (type: string, attrs: string, shown: string) =>
      `<table:table-cell office:value-type="${type}" ${attrs}><text:p>${shown}</text:p></table:table-cell>`;
    const rows = [
      '<table:table-row table:number-rows-repeated="3"><table:table-cell/></table:table-row>',
      `<table:table-row>${cell('float', 'office:value="12"', '12')}` +
        `${cell('date', 'office:date-value="2020-02-29"', '29/02/2020')}</table:table-row>`,
    ].join('');
    const path = await tmp.file(
      'data.ods',
      odsBytes(`<table:table table:name="Rekap: 2024">${rows}</table:table>`),
    );
    const sheet = (await annotated('ods', { path, type: 'ods', sheetIndex: 0 })).workbook.worksheets[0];
    expect(sheet?.name).toBe('Rekap  2024');
    expect(sheet?.getRow(4).values).toEqual([undefined, 12, new Date(Date.UTC(2020, 1, 29)), 'OK']);
    expect(sheet?.getCell('C3').value).toBe('Status');
  });

  it('fails cleanly when the output cannot be written', async () => {
    const path = await tmp.file('dua.csv', 'a;b\n');
    const out = await tmp.file('tidak-ada/hasil.xlsx');
    await expect(
      writeAnnotatedWorkbook({ path, type: 'csv', sheetIndex: 0 }, NOTES, out),
    ).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });

  it('writes nothing when the sheet does not exist', async () => {
    const path = await tmp.file('satu.csv', 'a;b\n');
    const out = await tmp.file('gagal.xlsx');
    expect(
      (await errorCode(writeAnnotatedWorkbook({ path, type: 'csv', sheetIndex: 2 }, NOTES, out))).code,
    ).toBe('SHEET_NOT_FOUND');
    expect([await exists(out), await exists(`${out}.partial`)]).toEqual([false, false]);
  });
});

describe('redacted copy of an uploaded file', () => {
  const texts = (sheet: ExcelJS.Worksheet | undefined) => {
    const out: string[] = [];
    sheet?.eachRow((row) => {
      row.eachCell((cell) => {
        out.push(String(cell.text));
      });
    });
    return out.join('|');
  };

  it('keeps every sheet of an .xlsx and each row in its place, the erased rows without values', async () => {
    const path = await tmp.file('hapus.xlsx');
    await writeSampleXlsx(path);
    const out = await tmp.file('hapus-disimpan.xlsx');
    await writeRedactedWorkbook({ path, type: 'xlsx' }, new Map([[1, new Set([4])]]), out);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Petunjuk', 'Data']);
    const data = workbook.worksheets[1];
    expect(texts(data)).not.toMatch(/Siti Aminah|3573014501800001|081234567890/);
    expect(data?.getCell('B5').value).toBe('Bu Ani');
    expect(data?.getCell('A3').value).toBe('NIK');
    expect(data?.getCell('A1').value).toBe('DATA INDUSTRI RUMAHAN KOTA MALANG 2024');
    expect(data?.getCell('C3').value).toBe('Tanggal Lahir');
    expect(texts(workbook.worksheets[0])).toContain('Isi lembar Data');
  });

  it('writes each sheet of an .ods as an .xlsx sheet in its order, the erased rows left out', async () => {
    const row = (cells: string[]) =>
      `<table:table-row>${cells.map((c) => `<table:table-cell office:value-type="string"><text:p>${c}</text:p></table:table-cell>`).join('')}</table:table-row>`;
    const path = await tmp.file(
      'dua-lembar.ods',
      odsBytes(
        `<table:table table:name="Catatan">${row(['catatan'])}</table:table>` +
          `<table:table table:name="Data">${row(['Nama', 'Usaha'])}${row(['Rina', 'Sambal Rina'])}${row(['Tutik', 'Jamu Tutik'])}</table:table>`,
      ),
    );
    const out = await tmp.file('dua-lembar.xlsx');
    await writeRedactedWorkbook({ path, type: 'ods' }, new Map([[1, new Set([2])]]), out);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Catatan', 'Data']);
    const data = workbook.worksheets[1];
    expect(texts(data)).not.toContain('Rina');
    expect(data?.getRow(1).values).toEqual([undefined, 'Nama', 'Usaha']);
    expect(data?.getRow(3).values).toEqual([undefined, 'Tutik', 'Jamu Tutik']);
  });
});
