import { createHash, type Hash } from 'node:crypto';
import { z } from 'zod';

/**
 * A Pilar backup is one gzip stream of:
 *   MAGIC · u32 manifest length · manifest JSON ·
 *   per table in manifest order: chunks of COPY text data (u32 length · bytes), ended by a zero length ·
 *   SHA-256 (32 bytes) of every byte before it.
 */
export const MAGIC = Buffer.from('PILAR-BACKUP\n', 'latin1');
export const FORMAT_VERSION = 1;
export const MAX_CHUNK = 1 << 20;
const MAX_MANIFEST = 16 << 20;

const Column = z.object({ name: z.string(), type: z.string() });
export const Manifest = z.object({
  format: z.number().int(),
  app: z.literal('pilar'),
  createdAt: z.string(),
  serverVersion: z.string(),
  migrations: z.array(z.string()),
  tables: z.array(z.object({ name: z.string(), columns: z.array(Column), rows: z.number().int() })),
  sequences: z.array(
    z.object({
      name: z.string(),
      table: z.string().nullable(),
      column: z.string().nullable(),
      lastValue: z.string().nullable(),
    }),
  ),
});
export type Manifest = z.infer<typeof Manifest>;
export type TableInfo = Manifest['tables'][number];

export type BackupErrorCode =
  | 'FILE_NOT_FOUND'
  | 'NOT_A_BACKUP'
  | 'DAMAGED'
  | 'NEWER_FORMAT'
  | 'SCHEMA_MISMATCH'
  | 'NOT_ALLOWED';

/** A problem with a backup file or its target, with a message in Bahasa Indonesia that says what to do. */
export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const notABackup = () =>
  new BackupError('NOT_A_BACKUP', 'Berkas ini bukan berkas cadangan Pilar (dibuat dengan "pilar backup").');
export const damaged = (why: string) =>
  new BackupError(
    'DAMAGED',
    `Berkas cadangan rusak atau terpotong (${why}); tidak ada data yang diubah. Gunakan salinan cadangan lain.`,
  );

export function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n, 0);
  return b;
}

/** The manifest as written after the magic: its length, then its JSON. */
export function manifestFrame(m: Manifest): Buffer[] {
  const json = Buffer.from(JSON.stringify(m), 'utf8');
  return [MAGIC, u32(json.length), json];
}

/** COPY data as frames no longer than MAX_CHUNK, so a reader never holds more than one chunk. */
export function* dataFrames(chunk: Buffer): Generator<Buffer> {
  for (let at = 0; at < chunk.length; at += MAX_CHUNK) {
    const piece = chunk.subarray(at, at + MAX_CHUNK);
    yield Buffer.concat([u32(piece.length), piece]);
  }
}

/** Reads exact byte counts from a gunzipped stream, hashing what it hands out. */
export class FrameReader {
  private buf: Buffer = Buffer.alloc(0);
  private readonly it: AsyncIterator<Buffer>;
  private readonly hash: Hash = createHash('sha256');
  private started = false;

  constructor(source: AsyncIterable<Buffer>) {
    this.it = source[Symbol.asyncIterator]();
  }

  private async fill(n: number): Promise<boolean> {
    while (this.buf.length < n) {
      const next = await this.it.next().catch((err: NodeJS.ErrnoException) => {
        if (!err.code?.startsWith('Z_')) throw err;
        // zlib: a file that is no gzip at all fails on its header; anything later is damage.
        if (!this.started && err.code === 'Z_DATA_ERROR') throw notABackup();
        throw damaged(
          err.code === 'Z_BUF_ERROR' ? 'berkas berakhir sebelum waktunya' : 'data terkompresi rusak',
        );
      });
      if (next.done) return false;
      this.started = true;
      this.buf = this.buf.length ? Buffer.concat([this.buf, next.value]) : next.value;
    }
    return true;
  }

  private async raw(n: number): Promise<Buffer> {
    if (!(await this.fill(n))) throw damaged('berkas berakhir sebelum waktunya');
    const out = this.buf.subarray(0, n);
    this.buf = this.buf.subarray(n);
    return out;
  }

  async take(n: number): Promise<Buffer> {
    const out = await this.raw(n);
    this.hash.update(out);
    return out;
  }

  async manifest(): Promise<{ manifest: Manifest; json: string }> {
    const whole = await this.fill(MAGIC.length);
    const head = this.buf.subarray(0, MAGIC.length);
    if (!head.equals(MAGIC.subarray(0, head.length))) throw notABackup();
    if (!whole) throw damaged('berkas berakhir sebelum waktunya');
    await this.take(MAGIC.length);
    const length = (await this.take(4)).readUInt32BE(0);
    if (length > MAX_MANIFEST) throw damaged('kepala berkas tidak masuk akal');
    const json = (await this.take(length)).toString('utf8');
    const parsed = Manifest.safeParse(safeJson(json));
    if (!parsed.success) throw damaged('kepala berkas tidak terbaca');
    if (parsed.data.format > FORMAT_VERSION) {
      throw new BackupError(
        'NEWER_FORMAT',
        `Cadangan dibuat oleh versi Pilar yang lebih baru (format ${parsed.data.format}); perbarui Pilar lebih dulu.`,
      );
    }
    return { manifest: parsed.data, json };
  }

  /** One table's COPY data, chunk by chunk. */
  async *table(): AsyncGenerator<Buffer> {
    for (;;) {
      const n = (await this.take(4)).readUInt32BE(0);
      if (n === 0) return;
      if (n > MAX_CHUNK) throw damaged('panjang potongan data tidak masuk akal');
      yield await this.take(n);
    }
  }

  /** Stops reading (and closes the file) when a caller gives up early. */
  async close(): Promise<void> {
    await this.it.return?.();
  }

  /** The trailing checksum must match what was read, and nothing may follow it. */
  async finish(): Promise<void> {
    const expected = this.hash.digest();
    const stored = await this.raw(32);
    if (!stored.equals(expected)) throw damaged('checksum SHA-256 tidak cocok');
    if (await this.fill(1)) throw damaged('ada data tambahan setelah checksum');
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
