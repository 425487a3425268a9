import { stringify } from 'csv-stringify';

/** A spreadsheet would run a cell that starts with = + - @ (or tab/CR) as a formula: prefix a quote. */
export function safeCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * A CSV response streamed from batches (so memory stays flat), with a UTF-8 BOM for spreadsheet apps and
 * every cell neutralised.
 */
export function csvResponse(
  filename: string,
  header: string[],
  batches: AsyncIterable<unknown[][]>,
): Response {
  const csv = stringify({ bom: true, record_delimiter: 'windows' });
  (async () => {
    try {
      csv.write(header);
      for await (const rows of batches) {
        for (const row of rows) {
          if (!csv.write(row.map(safeCell))) await new Promise((r) => csv.once('drain', r));
        }
      }
      csv.end();
    } catch (err) {
      csv.destroy(err as Error);
    }
  })();
  const body = new ReadableStream({
    start(controller) {
      csv.on('data', (chunk: Buffer) => controller.enqueue(new Uint8Array(chunk)));
      csv.on('end', () => controller.close());
      csv.on('error', (err) => controller.error(err));
    },
  });
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
    },
  });
}
