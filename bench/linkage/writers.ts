import { writeFile } from 'node:fs/promises';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { Grid } from './grid.ts';
import type { Cell } from './render-values.ts';

export type ExtraSheet = { name: string; lines: string[] };

function fillSheet(ws: ExcelJS.Worksheet, grid: Grid): void {
  grid.rows.forEach((row, i) => {
    const r = ws.getRow(i + 1);
    row.cells.forEach((cell, c) => {
      if (cell === null || cell === '') return;
      const target = r.getCell(c + 1);
      target.value = cell;
      if (cell instanceof Date) target.numFmt = 'dd/mm/yyyy';
      else if (typeof cell === 'number') {
        const fmt = grid.layout.columns[c]?.numFmt;
        if (fmt && i + 1 > grid.headerRow) target.numFmt = fmt;
      }
    });
    if (i + 1 === grid.headerRow) r.font = { bold: true };
    if (row.cells.length === 1 && i + 1 < grid.headerRow) r.font = { bold: true, size: 13 };
  });
  ws.columns.forEach((col, c) => {
    col.width = Math.min(40, Math.max(6, (grid.layout.columns[c]?.header.length ?? 8) + 4));
  });
}

/** An .xlsx with the data sheet after any extra sheets (instructions first, data second). */
export async function writeXlsx(path: string, grid: Grid, sheetName: string, before: ExtraSheet[] = []) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Pilar linkage bench';
  for (const extra of before) {
    const ws = wb.addWorksheet(extra.name);
    extra.lines.forEach((line, i) => {
      ws.getRow(i + 1).getCell(1).value = line;
    });
  }
  fillSheet(wb.addWorksheet(sheetName), grid);
  await wb.xlsx.writeFile(path);
}

const csvText = (cell: Cell): string => {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10).split('-').reverse().join('/');
  return String(cell);
};

/** A `;`-separated CSV in Windows-1252, CRLF line ends, as Excel with Indonesian settings saves it. */
export async function writeCsv(path: string, grid: Grid): Promise<void> {
  const width = Math.max(...grid.rows.map((r) => r.cells.length));
  const records = grid.rows.map((r) => Array.from({ length: width }, (_, i) => csvText(r.cells[i] ?? null)));
  if (records.some((r) => r.some((c) => /[\r\n]/.test(c)))) throw new Error('CSV cell with a line break');
  const text = stringify(records, { delimiter: ';', record_delimiter: 'windows' });
  await writeFile(path, iconv.encode(text, 'win1252'));
}
