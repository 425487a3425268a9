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

// Table styles (automatic styles come before the body), their display, and the tables that use them.
const SHEET_TAGS = /<(style:style|style:table-properties|table:table)\s([^>]*)>/g;
const attribute = (attributes: string, name: string) =>
  new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1] ?? null;

/**
 * Sheet names by a scan of the table start tags, with the styles before them: listing sheets needs no
 * full parse of the cells. A table whose style says `table:display="false"` is a hidden sheet.
 */
export async function listOdsSheets(path: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS) {
  const sheets: { name: string; style: string | null }[] = [];
  const hiddenStyles = new Set<string>();
  let style: string | null = null;
  const content = await openContent(path, limits);
  try {
    await scanTags(content, SHEET_TAGS, ([, tag, attributes = '']) => {
      if (tag === 'style:style') {
        style =
          attribute(attributes, 'style:family') === 'table' ? attribute(attributes, 'style:name') : null;
      } else if (tag === 'style:table-properties') {
        if (style !== null && attribute(attributes, 'table:display') === 'false') hiddenStyles.add(style);
      } else {
        const name = unescapeXml(attribute(attributes, 'table:name') ?? '');
        sheets.push({ name, style: attribute(attributes, 'table:style-name') });
      }
    });
  } catch (err) {
    throw zipFailure(err);
  } finally {
    content.destroy();
  }
  return sheets.map(({ name, style }, index) => ({
    index,
    name,
    hidden: style !== null && hiddenStyles.has(style),
  }));
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
