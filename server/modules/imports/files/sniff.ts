import { open } from 'node:fs/promises';
import { disguisedMarkup, fileEmpty, legacyXls, notSpreadsheet, passwordProtected, xlsb } from './errors.ts';
import { DEFAULT_ZIP_LIMITS, openZip, readEntry, type ZipLimits } from './zip.ts';

export type FileType = 'xlsx' | 'ods' | 'csv';

const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';
// A local file header, or the end record of an empty archive; a CSV may well start with the letters "PK".
const ZIPS = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const UTF16_BOMS = [
  [0xff, 0xfe],
  [0xfe, 0xff],
];
const KNOWN_BINARIES: [string, number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['gambar PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['gambar JPEG', [0xff, 0xd8, 0xff]],
  ['gambar GIF', [0x47, 0x49, 0x46, 0x38]],
];

const startsWith = (head: Buffer, bytes: number[]) => bytes.every((byte, i) => head[i] === byte);

async function readHead(path: string): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(1024), 0, 1024, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/** Encrypted .xlsx files are OLE containers too, so the name tells a locked workbook from an old .xls. */
function oleError(originalName: string) {
  if (/\.(xlsx|xlsm|ods)$/i.test(originalName)) return passwordProtected();
  if (/\.(doc|ppt|msg)$/i.test(originalName)) return notSpreadsheet('dokumen Office lama');
  return legacyXls();
}

async function zipType(path: string, limits: ZipLimits): Promise<FileType> {
  const { zip, entries } = await openZip(path, limits);
  try {
    const names = [...entries.keys()];
    const mimetype = entries.get('mimetype');
    if (mimetype) {
      const mime = (await readEntry(zip, mimetype)).toString('utf8').trim();
      if (mime === ODS_MIME) return 'ods';
      throw notSpreadsheet(
        mime.includes('opendocument.text') ? 'dokumen teks OpenDocument' : 'dokumen OpenDocument',
      );
    }
    if (!entries.has('[Content_Types].xml')) throw notSpreadsheet('arsip ZIP');
    if (entries.has('xl/workbook.bin')) throw xlsb();
    if (names.some((name) => name.startsWith('xl/'))) return 'xlsx';
    if (names.some((name) => name.startsWith('word/'))) throw notSpreadsheet('dokumen Word');
    throw notSpreadsheet('dokumen Office');
  } finally {
    zip.close();
  }
}

function textType(head: Buffer): FileType {
  if (UTF16_BOMS.some((bom) => startsWith(head, bom))) return 'csv';
  if (head.includes(0)) throw notSpreadsheet('berkas biner (misalnya gambar atau PDF)');
  // Web apps export HTML tables (and Excel 2003 XML) under an .xls name.
  if (/^(\uFEFF)?\s*</.test(head.toString('utf8'))) throw disguisedMarkup();
  return 'csv';
}

/** The type of an uploaded file by its bytes; the extension is not trusted. */
export async function sniffFileType(
  path: string,
  originalName: string,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<FileType> {
  const head = await readHead(path);
  if (head.length === 0) throw fileEmpty();
  if (ZIPS.some((magic) => startsWith(head, magic))) return zipType(path, limits);
  if (startsWith(head, OLE)) throw oleError(originalName);
  const binary = KNOWN_BINARIES.find(([, magic]) => startsWith(head, magic));
  if (binary) throw notSpreadsheet(binary[0]);
  return textType(head);
}
