import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { SheetRow } from '../imports.types.ts';
import { finishRow } from './cells.ts';
import { asCorrupt, sheetNotFound } from './errors.ts';
import { openXlsx } from './xlsx-book.ts';
import { rowCells } from './xlsx-cells.ts';
import { CoveredCells, scanMerges } from './xlsx-scan.ts';
import { xlsxSource } from './xlsx-source.ts';
import { DEFAULT_ZIP_LIMITS, type ZipLimits, zipFailure } from './zip.ts';

const READER_OPTIONS = {
  worksheets: 'emit',
  sharedStrings: 'cache',
  styles: 'cache',
  hyperlinks: 'ignore',
} as const;

/** A sheet starts (numbered in the order given to xlsxSource), or one of its rows arrives. */
export type SheetEvent = { sheet: number } | { row: ExcelJS.Row };

/** exceljs pipe()s its input, which drops errors: without this a failing source leaves it waiting forever. */
async function* untilSourceFails<T>(inner: AsyncIterator<T>, source: Readable): AsyncGenerator<T> {
  let failed: Error | undefined;
  let rejectStep: ((err: Error) => void) | undefined;
  source.once('error', (err) => {
    failed = zipFailure(err);
    rejectStep?.(failed);
  });
  for (;;) {
    if (failed) throw failed;
    const step = await new Promise<IteratorResult<T>>((resolve, reject) => {
      rejectStep = reject;
      inner.next().then(resolve, reject);
    });
    if (step.done) return;
    yield step.value;
  }
}

async function* events(source: Readable): AsyncGenerator<SheetEvent> {
  let sheet = 0;
  try {
    for await (const reader of new ExcelJS.stream.xlsx.WorkbookReader(source, READER_OPTIONS)) {
      yield { sheet: sheet++ };
      for await (const row of reader) yield { row };
    }
  } catch (err) {
    throw asCorrupt(err, 'isi lembar kerja rusak');
  }
}

/** Streams the sheets of a source built by xlsxSource through exceljs. */
export function readWorkbook(source: Readable): AsyncGenerator<SheetEvent> {
  return untilSourceFails(events(source), source);
}

/** Rows of one sheet of an .xlsx, streamed; rows exceljs does not emit (absent or blank) are skipped. */
export async function* readXlsxRows(
  path: string,
  sheetIndex: number,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): AsyncGenerator<SheetRow> {
  const book = await openXlsx(path, limits);
  let source: Readable | undefined;
  try {
    const sheet = book.sheets[sheetIndex];
    if (!sheet) throw sheetNotFound(sheetIndex, book.sheets.length);
    // Files may keep values in merged-away cells; the merges are listed after the rows, hence a scan first.
    const covered = new CoveredCells(await scanMerges(book, sheet));
    source = xlsxSource(book, [sheet]);
    for await (const event of readWorkbook(source)) {
      if (!('row' in event)) continue;
      const cells = finishRow(covered.clear(event.row.number, rowCells(event.row, book.date1904)));
      if (cells) yield { rowNumber: event.row.number, cells };
    }
  } finally {
    source?.destroy();
    book.zip.close();
  }
}
