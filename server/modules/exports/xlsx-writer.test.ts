import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { XlsxStreamWriter } from './xlsx-writer.ts';

async function write(columns: ConstructorParameters<typeof XlsxStreamWriter>[2], rows: unknown[][]) {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const w = new XlsxStreamWriter(out, 'Data & Usaha', columns);
  for (const r of rows) await w.addRow(r as never);
  await w.end();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  return wb;
}

describe('XlsxStreamWriter', () => {
  it('writes headers, text, numbers and calendar dates that a spreadsheet reads back as such', async () => {
    const wb = await write(
      [
        { header: 'Nama', width: 20 },
        { header: 'Omzet (Rp)', width: 12, format: 'rupiah' },
        { header: 'Tanggal <lahir>', width: 12, format: 'date' },
      ],
      [
        ['Siti & Sri <"Kue">', 2_500_000, new Date('1980-03-12T00:00:00Z')],
        ['Bel\u0007l', null, null],
      ],
    );
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    expect(ws.name).toBe('Data & Usaha');
    expect(ws?.getRow(1).values).toEqual([undefined, 'Nama', 'Omzet (Rp)', 'Tanggal <lahir>']);
    expect(ws?.getCell('A2').value).toBe('Siti & Sri <"Kue">');
    expect(ws?.getCell('B2').value).toBe(2_500_000);
    expect(ws?.getCell('B2').numFmt).toBe('#,##0');
    expect((ws.getCell('C2').value as Date).toISOString().slice(0, 10)).toBe('1980-03-12');
    expect(ws?.getCell('C2').numFmt).toBe('dd/mm/yyyy');
    expect(ws?.getCell('A3').value).toBe('Bell');
    expect(ws?.getCell('B3').value).toBeNull();
  });

  it('names columns past Z as a spreadsheet does, and keeps formula-like text as text', async () => {
    const columns = Array.from({ length: 30 }, (_, i) => ({ header: `K${i + 1}`, width: 5 }));
    const row = Array.from({ length: 30 }, (_, i) => (i === 27 ? '=SUM(A1:A9)' : i));
    const ws = (await write(columns, [row])).worksheets[0];
    expect(ws?.getCell('AB1').value).toBe('K28');
    expect(ws?.getCell('AB2').value).toBe('=SUM(A1:A9)');
    expect(ws?.getCell('AB2').type).toBe(ExcelJS.ValueType.String);
    expect(ws?.getCell('AD2').value).toBe(29);
  });
});
