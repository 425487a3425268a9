import type ExcelJS from 'exceljs';
import type { Cell } from '../imports.types.ts';
import { type Annotations, SheetAnnotator } from './annotate-sheet.ts';
import { listSheets, readRows } from './sheets.ts';
import type { FileType } from './sniff.ts';
import type { ZipLimits } from './zip.ts';

/** Characters .xlsx forbids in a sheet name (an .ods name may hold them), and its 31-character cap. */
const sheetName = (name: string) =>
  name
    .replace(/[[\]*?:/\\]/g, ' ')
    .slice(0, 31)
    .trim() || 'Data';

/** A CSV or .ods sheet as an .xlsx sheet; read twice, as the Status column's place must come first. */
export async function annotateRows(
  input: { path: string; type: Exclude<FileType, 'xlsx'>; sheetIndex: number },
  annotations: Annotations,
  workbook: ExcelJS.Workbook,
  limits: ZipLimits,
): Promise<void> {
  const rows = () => readRows(input.path, input.type, input.sheetIndex, limits);
  let lastColumn = 0;
  for await (const row of rows()) lastColumn = Math.max(lastColumn, row.cells.length);
  const name =
    input.type === 'ods'
      ? (await listSheets(input.path, 'ods', input.path, limits))[input.sheetIndex]?.name
      : undefined;
  const sheet = workbook.addWorksheet(sheetName(name ?? 'Data'));
  const annotator = new SheetAnnotator(sheet, lastColumn, annotations);
  for await (const { rowNumber, cells } of rows()) {
    annotator.before(rowNumber);
    const out = sheet.getRow(rowNumber);
    if (!annotator.erased(rowNumber)) putCells(out, cells);
    annotator.annotate(out);
    out.commit();
  }
  annotator.finish();
  sheet.commit();
}

function putCells(out: ExcelJS.Row, cells: readonly Cell[]) {
  for (const [i, value] of cells.entries()) {
    if (value === null) continue;
    const cell = out.getCell(i + 1);
    cell.value = value;
    if (value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
  }
}

/**
 * Every sheet of a CSV (one) or .ods file as .xlsx sheets, in order and each row in its place, the rows
 * in `blank` (by sheet index) left out.
 */
export async function copyRows(
  input: { path: string; type: Exclude<FileType, 'xlsx'> },
  blank: ReadonlyMap<number, ReadonlySet<number>>,
  workbook: ExcelJS.Workbook,
  limits: ZipLimits,
): Promise<void> {
  const sheets =
    input.type === 'ods'
      ? await listSheets(input.path, 'ods', input.path, limits)
      : [{ index: 0, name: 'Data' }];
  for (const { index, name } of sheets) {
    const sheet = workbook.addWorksheet(sheetName(name));
    const left = blank.get(index);
    for await (const { rowNumber, cells } of readRows(input.path, input.type, index, limits)) {
      if (left?.has(rowNumber)) continue;
      const out = sheet.getRow(rowNumber);
      putCells(out, cells);
      out.commit();
    }
    sheet.commit();
  }
}
