import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'csv-stringify';
import { safeCell } from '../../http/csv.ts';
import { discardPartial } from '../../partial-file.ts';
import type { Column } from './exports.columns.ts';
import { XlsxStreamWriter } from './xlsx-writer.ts';

/** Where an export's file lives: the data folder, never a path a client chose. */
export const exportPath = (dataDir: string, id: number, format: 'xlsx' | 'csv') =>
  path.join(dataDir, 'exports', `${id}.${format}`);

export type RowSink = {
  write(values: (string | number | Date | null)[]): Promise<void>;
  end(): Promise<void>;
};

function xlsxSink(out: WriteStream, columns: Column[]): RowSink {
  const writer = new XlsxStreamWriter(out, 'Usaha', columns);
  return { write: (values) => writer.addRow(values), end: () => writer.end() };
}

function csvSink(out: WriteStream, columns: Column[]): RowSink {
  const csv = stringify({ bom: true, record_delimiter: 'windows' });
  csv.pipe(out);
  const put = async (row: unknown[]) => {
    if (!csv.write(row)) await once(csv, 'drain');
  };
  const text = (v: string | number | Date | null) => {
    if (v instanceof Date) return v.toISOString().slice(0, 10).split('-').reverse().join('/');
    return safeCell(v);
  };
  let header: Promise<void> | null = put(columns.map((c) => c.header));
  return {
    async write(values) {
      if (header) await header;
      header = null;
      await put(values.map(text));
    },
    async end() {
      if (header) await header;
      csv.end();
    },
  };
}

/**
 * Writes `fill`'s rows to `target` through `target.partial` and a rename: a crash or a failure leaves no
 * half file under the final name. Returns the file's size.
 */
export async function writeExportFile(
  target: string,
  format: 'xlsx' | 'csv',
  columns: Column[],
  fill: (sink: RowSink) => Promise<void>,
): Promise<number> {
  await mkdir(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  const out = createWriteStream(partial);
  // A write error (full disk) would otherwise go unhandled while the writer waits for ever.
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => {});
  try {
    const sink = format === 'xlsx' ? xlsxSink(out, columns) : csvSink(out, columns);
    await Promise.race([
      (async () => {
        await fill(sink);
        await sink.end();
        if (!out.closed) await once(out, 'close');
      })(),
      failed,
    ]);
    await rename(partial, target);
    return out.bytesWritten;
  } catch (err) {
    await discardPartial(out, partial);
    throw err;
  }
}
