import { Readable } from 'node:stream';
import type { Entry, ZipFile } from 'yauzl';
import type { XlsxBook, XlsxSheet } from './xlsx-book.ts';
import { openEntry } from './zip.ts';

// exceljs's reader spools sheets to disk, trusts local headers, garbles split UTF-8: it gets a rebuilt zip.

const EMPTY_SST = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
);
// An end-of-central-directory record with no entries: exceljs's unzip stops cleanly on it.
const END = Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]);

/** The local header of a stored entry; exceljs's unzip checks neither CRC nor timestamps. */
function localHeader(name: string, size: number): Buffer {
  const nameBytes = Buffer.from(name, 'utf8');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(0x0800, 6);
  header.writeUInt32LE(size, 18);
  header.writeUInt32LE(size, 22);
  header.writeUInt16LE(nameBytes.length, 26);
  return Buffer.concat([header, nameBytes]);
}

/** Length of the prefix that ends on a whole UTF-8 character. */
function wholeCharacters(bytes: Buffer): number {
  let lead = bytes.length - 1;
  while (lead >= 0 && bytes.length - lead < 4 && ((bytes[lead] ?? 0) & 0xc0) === 0x80) lead--;
  if (lead < 0) return bytes.length;
  const first = bytes[lead] ?? 0;
  const width = first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 1;
  return bytes.length - lead >= width ? bytes.length : lead;
}

async function* aligned(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let carry: Buffer = Buffer.alloc(0);
  for await (const chunk of chunks) {
    const bytes = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    const cut = wholeCharacters(bytes);
    carry = bytes.subarray(cut);
    if (cut > 0) yield bytes.subarray(0, cut);
  }
  if (carry.length > 0) yield carry;
}

type Part = { name: string; entry: Entry | undefined; fallback?: Buffer };

async function* parts(zip: ZipFile, list: Part[]): AsyncGenerator<Buffer> {
  for (const { name, entry, fallback } of list) {
    if (entry) {
      yield localHeader(name, entry.uncompressedSize);
      yield* aligned(await openEntry(zip, entry));
    } else if (fallback) {
      yield localHeader(name, fallback.length);
      yield fallback;
    }
  }
  yield END;
}

/** The rebuilt zip holding `sheets` in the order given, each as xl/worksheets/sheet<n>.xml, n from 1. */
export function xlsxSource(book: XlsxBook, sheets: XlsxSheet[]): Readable {
  const list: Part[] = [
    { name: 'xl/_rels/workbook.xml.rels', entry: book.rels },
    { name: 'xl/workbook.xml', entry: book.workbook },
    { name: 'xl/styles.xml', entry: book.styles },
    // exceljs spools every sheet to disk unless shared strings came first: a workbook lacking them gets one.
    { name: 'xl/sharedStrings.xml', entry: book.sharedStrings, fallback: EMPTY_SST },
    ...sheets.map((sheet, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, entry: sheet.part })),
  ];
  return Readable.from(parts(book.zip, list), { objectMode: false });
}
