import { basename, extname } from 'node:path';
import type { SheetRow } from '../imports.types.ts';
import { readCsvRows } from './csv-read.ts';
import { listOdsSheets, readOdsRows } from './ods-read.ts';
import type { FileType } from './sniff.ts';
import { openXlsx } from './xlsx-book.ts';
import { readXlsxRows } from './xlsx-read.ts';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip.ts';

/** `hidden`: a sheet the workbook keeps out of sight (its tab hidden). */
export type SheetInfo = { index: number; name: string; hidden: boolean };

/** The sheets in tab order (0-based index); a CSV is one sheet named after the file. */
export async function listSheets(
  path: string,
  type: FileType,
  originalName: string = path,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<SheetInfo[]> {
  if (type === 'csv')
    return [{ index: 0, name: basename(originalName, extname(originalName)), hidden: false }];
  if (type === 'ods') return listOdsSheets(path, limits);
  const book = await openXlsx(path, limits);
  book.zip.close();
  return book.sheets.map(({ index, name, state }) => ({ index, name, hidden: state !== 'visible' }));
}

/** Non-blank rows in constant memory; rowNumber as the spreadsheet app shows it; zip limits checked first. */
export function readRows(
  path: string,
  type: FileType,
  sheetIndex: number,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): AsyncGenerator<SheetRow> {
  if (type === 'csv') return readCsvRows(path, sheetIndex);
  if (type === 'ods') return readOdsRows(path, sheetIndex, limits);
  return readXlsxRows(path, sheetIndex, limits);
}
