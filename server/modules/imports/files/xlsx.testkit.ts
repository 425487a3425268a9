import ExcelJS from 'exceljs';

export const serial = (y: number, m: number, d: number) =>
  (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

/** An office's workbook: instructions first, then "Data": a title above the header (row 3), awkward cells. */
export async function writeSampleXlsx(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Petunjuk').getCell('A1').value = 'Isi lembar Data mulai baris 3.';
  const sheet = workbook.addWorksheet('Data');
  sheet.getCell('A1').value = 'DATA INDUSTRI RUMAHAN KOTA MALANG 2024';
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.mergeCells('A1:E1');
  sheet.getRow(3).values = ['NIK', 'Nama Pemilik', 'Tanggal Lahir', 'No HP', 'Omzet'];
  sheet.getRow(4).values = [
    '3573014501800001',
    'Siti Aminah',
    new Date(Date.UTC(1980, 0, 5)),
    '081234567890',
    1500000,
  ];
  sheet.getRow(5).values = [
    3573014501800002,
    { richText: [{ text: 'Bu ' }, { text: 'Ani', font: { bold: true } }] },
    { formula: 'DATE(1990,2,3)', result: serial(1990, 2, 3) },
    '0812 3456 7890',
    { formula: 'E4*2', result: 3000000 },
  ];
  sheet.getRow(7).values = [
    '=HYPERLINK("http://contoh.test")',
    'Pak Ñoño — 😀',
    null,
    { error: '#N/A' },
    true,
  ];
  sheet.mergeCells('B7:C7');
  sheet.getCell('A8').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  sheet.getRow(9).values = ['akhir', { text: 'Situs dinas', hyperlink: 'https://contoh.test' }];
  sheet.getCell('F9').value = 'catatan di luar judul';
  for (const address of ['C4', 'C5']) sheet.getCell(address).numFmt = 'dd/mm/yyyy';
  sheet.getColumn(2).width = 30;
  await workbook.xlsx.writeFile(path);
}

/** Many rows of multi-byte text through shared strings: exceljs alone garbles those that straddle a chunk. */
export async function writeMultibyteXlsx(path: string, rows: number): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Data');
  for (let i = 1; i <= rows; i++)
    sheet.getRow(i).values = [`Bu Ñoño ${i} — ‘Kue Lapis’ 😀`, `Jl. Kembang Kertas ${i}`];
  await workbook.xlsx.writeFile(path);
}
