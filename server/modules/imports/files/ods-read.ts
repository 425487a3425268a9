import type { Readable } from 'node:stream';
import type { SheetRow } from '../imports.types.ts';
import { asCorrupt, corrupt, sheetNotFound } from './errors.ts';
import { OdsSheetParser, type RepeatedRow } from './ods-parse.ts';
import { scanTags, unescapeXml } from './xml-scan.ts';
import { DEFAULT_ZIP_LIMITS, openEntry, openZip, type ZipLimits, zipFailure } from './zip.ts';

/** content.xml, streamed with inflated sizes enforced; destroying it closes the archive. */
async function openContent(path: string, limits: ZipLimits): Promise<Readable> {
  const { zip, entries } = await openZip(path, limits);
  try {
    const content = entries.get('content.xml');
    if (!content) throw corrupt('bagian content.xml tidak ada');
    const stream = await openEntry(zip, content);
    stream.once('close', () => zip.close());
    return stream;
  } catch (err) {
    zip.close();
    throw err;
  }
}

/** Sheet names by a scan of the table start tags: listing sheets needs no full parse of the cells. */
export async function listOdsSheets(path: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS) {
  const names: string[] = [];
  const content = await openContent(path, limits);
  try {
    await scanTags(content, /<table:table\s[^>]*?table:name="([^"]*)"/g, (m) =>
      names.push(unescapeXml(m[1] ?? '')),
    );
  } catch (err) {
    throw zipFailure(err);
  } finally {
    content.destroy();
  }
  // A hidden table is marked in its style, which is not read: every sheet counts as shown.
  return names.map((name, index) => ({ index, name, hidden: false }));
}

function* expand({ rowNumber, cells, repeat }: RepeatedRow): Generator<SheetRow> {
  for (let i = 0; i < repeat; i++) yield { rowNumber: rowNumber + i, cells: i === 0 ? cells : cells.slice() };
}

async function* parsed(content: Readable, parser: OdsSheetParser): AsyncGenerator<RepeatedRow> {
  content.setEncoding('utf8');
  const iterator = content[Symbol.asyncIterator]();
  while (!parser.done) {
    const next = await iterator.next().catch((err) => Promise.reject(zipFailure(err)));
    try {
      if (next.done) parser.end();
      else parser.write(next.value);
    } catch (err) {
      throw asCorrupt(err, 'isi content.xml rusak');
    }
    yield* parser.rows.splice(0);
    if (next.done) return;
  }
}

/** Rows of one table of an .ods, streaming content.xml through a SAX parser. */
export async function* readOdsRows(
  path: string,
  sheetIndex: number,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): AsyncGenerator<SheetRow> {
  const content = await openContent(path, limits);
  const parser = new OdsSheetParser(sheetIndex);
  try {
    for await (const row of parsed(content, parser)) yield* expand(row);
    if (parser.tables <= sheetIndex) throw sheetNotFound(sheetIndex, parser.tables);
  } finally {
    content.destroy();
  }
}
