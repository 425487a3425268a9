import type ExcelJS from 'exceljs';
import type { Cell } from '../imports.types.ts';

/** A date/time number format: quoted text and [colour]/[locale] sections do not count; "DD/MM/YYYY" does. */
function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhs]/i.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** A serial day number as the Date exceljs gives for date cells: the wall-clock time in UTC fields. */
function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

/** exceljs dates numbers only for lower-case formats and never formula results, so dates are decided here. */
function fromNumber(value: number, format: string | undefined, date1904: boolean): Cell {
  if (Number.isNaN(value)) return null;
  return isDateFormat(format) ? serialToDate(value, date1904) : value;
}

function formulaResult(result: unknown, format: string | undefined, date1904: boolean): Cell {
  if (typeof result === 'number') return fromNumber(result, format, date1904);
  if (typeof result === 'string' || typeof result === 'boolean' || result instanceof Date) return result;
  return null;
}

/** Formulas give their cached result, rich text its plain text, errors (#N/A) and empty text null. */
function toCell(cell: ExcelJS.Cell, date1904: boolean): Cell {
  const value = cell.value;
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return fromNumber(value, cell.numFmt, date1904);
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('formula' in value || 'sharedFormula' in value)
    return formulaResult(value.result, cell.numFmt, date1904);
  if ('richText' in value) return value.richText.map((run) => run.text).join('') || null;
  return null;
}

/** The row's cells, 0-based, gaps as null. */
export function rowCells(row: ExcelJS.Row, date1904: boolean): Cell[] {
  const cells: Cell[] = [];
  row.eachCell((cell, column) => {
    while (cells.length < column - 1) cells.push(null);
    cells.push(toCell(cell, date1904));
  });
  return cells;
}
