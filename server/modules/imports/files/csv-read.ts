import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import type { SheetRow } from '../imports.types.ts';
import { finishRow } from './cells.ts';
import { detectDelimiter, detectEncoding, readSample } from './csv-detect.ts';
import { asCorrupt, csvQuoteNotClosed, sheetNotFound } from './errors.ts';

const isQuoteError = (err: unknown) =>
  typeof err === 'object' && err !== null && 'code' in err && err.code === 'CSV_QUOTE_NOT_CLOSED';

/** Every cell a string; rowNumber counts records as apps do (blank lines count, quoted breaks do not). */
export async function* readCsvRows(path: string, sheetIndex = 0): AsyncGenerator<SheetRow> {
  if (sheetIndex !== 0) throw sheetNotFound(sheetIndex, 1);
  const encoding = await detectEncoding(path);
  const delimiter = detectDelimiter(await readSample(path, encoding));
  const parser = parse({
    delimiter,
    bom: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
    // Files edited on several machines mix line ends.
    record_delimiter: ['\r\n', '\n', '\r'],
  });
  const input = createReadStream(path);
  const decoded = encoding === 'utf8' ? [input] : [input, iconv.decodeStream(encoding)];
  pipeline([...decoded, parser], () => {});
  let rowNumber = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      rowNumber++;
      const cells = finishRow(record);
      if (cells) yield { rowNumber, cells };
    }
  } catch (err) {
    throw isQuoteError(err) ? csvQuoteNotClosed(rowNumber + 1) : asCorrupt(err, 'baris CSV tidak terbaca');
  } finally {
    input.destroy();
  }
}
