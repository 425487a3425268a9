import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { AppError } from '../../../http/errors.ts';
import type { SheetRow } from '../imports.types.ts';
import { openZip, readEntry } from './zip.ts';

/** A zip entry; declaredSize lets a test lie about the uncompressed size in both headers. */
export type ZipPart = { name: string; data: Buffer | string; store?: boolean; declaredSize?: number };

function header(signature: number, size: number, fields: [number, number, 16 | 32][]): Buffer {
  const buffer = Buffer.alloc(size);
  buffer.writeUInt32LE(signature, 0);
  for (const [offset, value, bits] of fields) {
    if (bits === 16) buffer.writeUInt16LE(value, offset);
    else buffer.writeUInt32LE(value, offset);
  }
  return buffer;
}

/** A plain zip (no data descriptors), written by hand so tests control every size. */
export function zipBytes(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const raw = Buffer.from(part.data);
    const data = part.store ? raw : deflateRawSync(raw);
    const name = Buffer.from(part.name, 'utf8');
    const method = part.store ? 0 : 8;
    const size = part.declaredSize ?? raw.length;
    const crc = crc32(raw);
    const local = header(0x04034b50, 30, [
      [4, 20, 16],
      [8, method, 16],
      [14, crc, 32],
      [18, data.length, 32],
      [22, size, 32],
      [26, name.length, 16],
    ]);
    const entry = header(0x02014b50, 46, [
      [4, 20, 16],
      [6, 20, 16],
      [10, method, 16],
      [16, crc, 32],
      [20, data.length, 32],
      [24, size, 32],
      [28, name.length, 16],
      [42, offset, 32],
    ]);
    locals.push(local, name, data);
    central.push(entry, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = header(0x06054b50, 22, [
    [8, parts.length, 16],
    [10, parts.length, 16],
    [12, directory.length, 32],
    [16, offset, 32],
  ]);
  return Buffer.concat([...locals, directory, end]);
}

/** A zip re-written by hand from another, each part passed through `change`. */
export async function rezipped(
  path: string,
  change: (part: ZipPart & { data: Buffer }) => ZipPart,
): Promise<Buffer> {
  const { zip, entries } = await openZip(path);
  const parts: ZipPart[] = [];
  for (const [name, entry] of entries) parts.push(change({ name, data: await readEntry(zip, entry) }));
  zip.close();
  return zipBytes(parts);
}

const ODS_NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
].join(' ');

const odsContent = (tables: string, styles: string) =>
  '<?xml version="1.0" encoding="UTF-8"?>' +
  `<office:document-content ${ODS_NS} office:version="1.2">` +
  (styles ? `<office:automatic-styles>${styles}</office:automatic-styles>` : '') +
  `<office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`;

const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';
const MANIFEST =
  '<?xml version="1.0" encoding="UTF-8"?>' +
  '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">' +
  `<manifest:file-entry manifest:full-path="/" manifest:media-type="${ODS_MIME}"/>` +
  '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>' +
  '</manifest:manifest>';

/**
 * An .ods as LibreOffice lays it out: mimetype stored first, then content and manifest. `styles`: the
 * automatic styles (a table style hides a sheet).
 */
export function odsBytes(tablesXml: string, content?: Partial<ZipPart>, styles = ''): Buffer {
  return zipBytes([
    { name: 'mimetype', data: ODS_MIME, store: true },
    { name: 'content.xml', data: odsContent(tablesXml, styles), ...content },
    { name: 'META-INF/manifest.xml', data: MANIFEST },
  ]);
}

/** A scratch folder under the system temp dir, removed by the returned cleanup. */
export async function scratch(): Promise<{
  dir: string;
  file: (name: string, data?: Buffer | string) => Promise<string>;
  cleanup: () => Promise<void>;
}> {
  const dir = await mkdtemp(join(tmpdir(), 'pilar-files-'));
  return {
    dir,
    file: async (name, data) => {
      const path = join(dir, name);
      if (data !== undefined) await writeFile(path, data);
      return path;
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

export async function collect(rows: AsyncIterable<SheetRow>): Promise<SheetRow[]> {
  const out: SheetRow[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

/** The AppError code a promise rejects with (fails the test when it resolves or throws something else). */
export async function errorCode(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof AppError) return { code: err.code, message: err.message };
    throw err;
  }
  throw new Error('expected an AppError, but it resolved');
}
