import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import * as yauzl from 'yauzl';
import { AppError } from '../../../http/errors.ts';
import { corrupt, tooLarge, truncated, zipBomb } from './errors.ts';

export type ZipLimits = {
  /** Real workbooks hold tens of parts; thousands means a crafted archive. */
  maxEntries: number;
  /** Sum of the declared uncompressed sizes; a 100k-row sheet is ~50–150 MB. */
  maxTotalBytes: number;
  /** Largest compression ratio accepted for an entry above ratioMinBytes; genuine sheet XML is ~10–30×. */
  maxRatio: number;
  ratioMinBytes: number;
};

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxTotalBytes: 1024 ** 3,
  maxRatio: 200,
  ratioMinBytes: 1024 ** 2,
};

export type OpenZip = { zip: yauzl.ZipFile; entries: Map<string, yauzl.Entry> };

/** yauzl's and zlib's errors: a lying size shows while inflating ("too many bytes"); the rest is damage. */
export function zipFailure(err: unknown): Error {
  if (err instanceof AppError) return err;
  // A system error (ENOENT, EIO, EMFILE) is the server's problem, not the user's file.
  if (err instanceof Error && 'code' in err && /^E[A-Z]+$/.test(String(err.code))) return err;
  const message = err instanceof Error ? err.message : '';
  if (message.includes('too many bytes'))
    return zipBomb('ukuran isi yang tercatat tidak sesuai isi sebenarnya');
  return truncated();
}

function checkEntry(entry: yauzl.Entry, limits: ZipLimits): void {
  const { uncompressedSize: size, compressedSize: packed } = entry;
  if (size > limits.ratioMinBytes && size > packed * limits.maxRatio) {
    const ratio = packed > 0 ? `${Math.round(size / packed)}×` : 'tak terhingga';
    throw zipBomb(`bagian "${entry.fileName}" memuai ${ratio} saat dibuka`);
  }
}

async function walk(
  zip: yauzl.ZipFile,
  fileSize: number,
  limits: ZipLimits,
): Promise<Map<string, yauzl.Entry>> {
  if (zip.entryCount > limits.maxEntries) throw zipBomb(`berisi ${zip.entryCount} bagian`);
  const entries = new Map<string, yauzl.Entry>();
  let total = 0;
  for await (const entry of zip.eachEntry()) {
    checkEntry(entry, limits);
    total += entry.uncompressedSize;
    if (total > limits.maxTotalBytes) {
      if (total > fileSize * limits.maxRatio) throw zipBomb('isinya memuai berlipat-lipat saat dibuka');
      throw tooLarge(total, limits.maxTotalBytes);
    }
    entries.set(entry.fileName, entry);
  }
  return entries;
}

/** Central directory checked before anything inflates; validateEntrySizes stops an entry outgrowing it. */
export async function openZip(path: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<OpenZip> {
  const options = { lazyEntries: true, autoClose: false, validateEntrySizes: true };
  const [zip, info] = await Promise.all([yauzl.openPromise(path, options), stat(path)]).catch((err) => {
    throw zipFailure(err);
  });
  try {
    return { zip, entries: await walk(zip, info.size, limits) };
  } catch (err) {
    zip.close();
    throw zipFailure(err);
  }
}

/** Rejects zip bombs and damaged archives (.xlsx, .ods) by their central directory, inflating nothing. */
export async function checkZip(path: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<void> {
  const { zip } = await openZip(path, limits);
  zip.close();
}

export async function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return zip.openReadStreamPromise(entry).catch((err) => {
    throw zipFailure(err);
  });
}

/** Parts read whole (workbook.xml, rels, mimetype) are kilobytes in real files; more is a crafted file. */
const SMALL_PART_MAX = 16 * 1024 ** 2;

export async function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  if (entry.uncompressedSize > SMALL_PART_MAX) throw corrupt(`bagian "${entry.fileName}" terlalu besar`);
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of await openEntry(zip, entry)) chunks.push(chunk);
  } catch (err) {
    throw zipFailure(err);
  }
  return Buffer.concat(chunks);
}
