import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { annotateRows } from './annotate-rows.ts';
import type { Annotations } from './annotate-sheet.ts';
import { annotateXlsx } from './annotate-xlsx.ts';
import type { FileType } from './sniff.ts';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip.ts';

export type AnnotateInput = { path: string; type: FileType; sheetIndex: number };

async function write(input: AnnotateInput, annotations: Annotations, out: WriteStream, limits: ZipLimits) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  if (input.type === 'xlsx') await annotateXlsx(input, annotations, workbook, limits);
  else await annotateRows({ ...input, type: input.type }, annotations, workbook, limits);
  await workbook.commit();
  if (!out.closed) await once(out, 'close');
}

/** The user's file back as .xlsx with Status/Keterangan; via .partial + rename: no half file on a crash. */
export async function writeAnnotatedWorkbook(
  input: AnnotateInput,
  annotations: Annotations,
  outPath: string,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<void> {
  const partial = `${outPath}.partial`;
  const out = createWriteStream(partial);
  // A write error (missing folder, full disk) would go unhandled, and exceljs would wait for ever.
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  try {
    await Promise.race([write(input, annotations, out, limits), failed]);
    await rename(partial, outPath);
  } catch (err) {
    out.destroy();
    await rm(partial, { force: true });
    throw err;
  }
}
