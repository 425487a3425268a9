import type { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { type Annotations, SheetAnnotator } from './annotate-sheet.ts';
import { asCorrupt, sheetNotFound } from './errors.ts';
import { openXlsx, type XlsxSheet } from './xlsx-book.ts';
import { readWorkbook } from './xlsx-read.ts';
import { type Merge, type SheetLayout, scanLayout } from './xlsx-scan.ts';
import { xlsxSource } from './xlsx-source.ts';
import type { ZipLimits } from './zip.ts';

/** A formula's cached result (exceljs cannot write shared formulas back), rich text as text. */
function storedValue(value: ExcelJS.CellValue): ExcelJS.CellValue {
  if (value === null || typeof value !== 'object' || value instanceof Date) return value ?? null;
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    return typeof result === 'number' && Number.isNaN(result) ? null : (result ?? null);
  }
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  return value;
}

// exceljs's writer checks each merge against all others and fills each covered cell: keep titles and headers.
const MAX_MERGES = 1000;
const mergeable = ({ top, left, bottom, right }: Merge) => (bottom - top + 1) * (right - left + 1) <= 10_000;

function copyCell(from: ExcelJS.Cell, to: ExcelJS.Cell, withValue: boolean): void {
  const value = withValue ? storedValue(from.value) : null;
  // Writing to a merged-away cell would overwrite the merge's first cell.
  if (value !== null && !(to.isMerged && to.master !== to)) to.value = value;
  to.style = from.style;
}

/**
 * One sheet copied row by row into the streaming writer, annotated when it is the chosen sheet; the rows
 * in `blank` (of a person whose data was erased) are copied without their values.
 */
class SheetCopy {
  constructor(
    private readonly sheet: ExcelJS.Worksheet,
    layout: SheetLayout,
    private readonly annotator: SheetAnnotator | null,
    private readonly blank: ReadonlySet<number> | undefined,
  ) {
    // Widths past the content are dropped: many files define one width for all 16,384 columns.
    for (const { min, max, width } of layout.widths) {
      for (let column = min; column <= Math.min(max, layout.lastColumn); column++)
        sheet.getColumn(column).width = width;
    }
    for (const { top, left, bottom, right } of layout.merges.filter(mergeable).slice(0, MAX_MERGES)) {
      try {
        sheet.mergeCells(top, left, bottom, right);
      } catch {
        // An overlapping merge in the user's file is dropped rather than failing the whole copy.
      }
    }
  }

  row(row: ExcelJS.Row): void {
    this.annotator?.before(row.number);
    const out = this.sheet.getRow(row.number);
    if (row.height) out.height = row.height;
    const values = !this.annotator?.erased(row.number) && !this.blank?.has(row.number);
    row.eachCell({ includeEmpty: true }, (cell, column) => copyCell(cell, out.getCell(column), values));
    this.annotator?.annotate(out);
    out.commit();
  }

  finish(): void {
    this.annotator?.finish();
    this.sheet.commit();
  }
}

function startSheet(
  workbook: ExcelJS.Workbook,
  sheet: XlsxSheet,
  layout: SheetLayout,
  notes: Annotations | null,
  blank: ReadonlySet<number> | undefined,
) {
  const out = workbook.addWorksheet(sheet.name, { state: sheet.state });
  const annotator = notes ? new SheetAnnotator(out, layout.lastColumn, notes) : null;
  return new SheetCopy(out, layout, annotator, blank);
}

/**
 * Every sheet of an .xlsx, in tab order, streamed into `workbook`: the chosen one (if any) gets the
 * annotations, and the rows in `blank` (by sheet index) lose their values.
 */
export async function copyXlsx(
  input: { path: string; sheetIndex: number | null },
  annotations: Annotations | null,
  workbook: ExcelJS.Workbook,
  limits: ZipLimits,
  blank: ReadonlyMap<number, ReadonlySet<number>> = new Map(),
): Promise<void> {
  const book = await openXlsx(input.path, limits);
  let source: Readable | undefined;
  try {
    if (input.sheetIndex !== null && !book.sheets[input.sheetIndex])
      throw sheetNotFound(input.sheetIndex, book.sheets.length);
    const layouts: SheetLayout[] = [];
    for (const sheet of book.sheets) layouts.push(await scanLayout(book, sheet));
    source = xlsxSource(book, book.sheets);
    let copy: SheetCopy | undefined;
    for await (const event of readWorkbook(source)) {
      if ('row' in event) {
        copy?.row(event.row);
        continue;
      }
      copy?.finish();
      const sheet = book.sheets[event.sheet] as XlsxSheet;
      const notes = event.sheet === input.sheetIndex ? annotations : null;
      copy = startSheet(workbook, sheet, layouts[event.sheet] as SheetLayout, notes, blank.get(event.sheet));
    }
    copy?.finish();
  } catch (err) {
    throw asCorrupt(err, 'lembar kerja tidak dapat disalin');
  } finally {
    source?.destroy();
    book.zip.close();
  }
}
