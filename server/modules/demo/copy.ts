import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { copyValue } from '../../db/copy-text.ts';

const ROWS_PER_CHUNK = 2000;

function* lines<T>(rows: Iterable<T>, columns: readonly (keyof T & string)[]): Generator<string> {
  let chunk = '';
  let n = 0;
  for (const row of rows) {
    chunk += `${columns.map((c) => copyValue(row[c])).join('\t')}\n`;
    if (++n === ROWS_PER_CHUNK) {
      yield chunk;
      [chunk, n] = ['', 0];
    }
  }
  if (chunk) yield chunk;
}

/** Streams rows into `table` with one COPY … FROM STDIN on the given client (and so inside its transaction). */
export async function copyRows<T>(
  client: pg.PoolClient,
  table: string,
  columns: readonly (keyof T & string)[],
  rows: Iterable<T>,
): Promise<number> {
  const target = `${client.escapeIdentifier(table)} (${columns.map((c) => client.escapeIdentifier(c)).join(', ')})`;
  const stream = client.query(copyFrom(`copy ${target} from stdin`));
  await pipeline(Readable.from(lines(rows, columns)), stream);
  return stream.rowCount;
}
