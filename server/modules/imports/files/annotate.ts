import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { discardPartial } from '../../../partial-file.ts';
import { annotateRows, copyRows } from './annotate-rows.ts';
import type { Annotations } from './annotate-sheet.ts';
import { copyXlsx } from './annotate-xlsx.ts';
import type { FileType } from './sniff.ts';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip.ts';

export type AnnotateInput = { path: string; type: FileType; sheetIndex: number };

type Fill = (workbook: ExcelJS.Workbook) => Promise<void>;

async function write(fill: Fill, out: WriteStream) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  await fill(workbook);
  await workbook.commit();
  if (!out.closed) await once(out, 'close');
}

/** An .xlsx written by `fill`, via .partial + rename: no half file on a crash. */
async function writeWorkbook(fill: Fill, outPath: string): Promise<void> {
  const partial = `${outPath}.partial`;
  const out = createWriteStream(partial, { mode: 0o600 });
  // A write error (missing folder, full disk) would go unhandled, and exceljs would wait for ever.
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  try {
    await Promise.race([write(fill, out), failed]);
    await rename(partial, outPath);
  } catch (err) {
    await discardPartial(out, partial);
    throw err;
  }
}

/** The user's file back as .xlsx with Status/Keterangan. */
export function writeAnnotatedWorkbook(
  input: AnnotateInput,
  annotations: Annotations,
  outPath: string,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<void> {
  return writeWorkbook(
    (workbook) =>
      input.type === 'xlsx'
        ? copyXlsx(input, annotations, workbook, limits)
        : annotateRows({ ...input, type: input.type }, annotations, workbook, limits),
    outPath,
  );
}

/**
 * The file as .xlsx with every sheet, each row in its place, and the rows in `blank` (sheet index → sheet
 * rows) without their values: what is kept of an uploaded file once a person in it had her data erased.
 */
export function writeRedactedWorkbook(
  input: { path: string; type: FileType },
  blank: ReadonlyMap<number, ReadonlySet<number>>,
  outPath: string,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<void> {
  return writeWorkbook(
    (workbook) =>
      input.type === 'xlsx'
        ? copyXlsx({ path: input.path, sheetIndex: null }, null, workbook, limits, blank)
        : copyRows({ path: input.path, type: input.type }, blank, workbook, limits),
    outPath,
  );
}
