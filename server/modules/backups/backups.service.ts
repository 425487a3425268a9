import { createHash, type Hash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline as chain, Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { formatNumberId } from '../../../shared/rules/format.ts';
import { retryOnDeadlock } from '../../db/transaction.ts';
import {
  appliedMigrations,
  columnList,
  countRows,
  listSequences,
  listTables,
  portableSession,
} from './backups.catalog.ts';
import {
  BackupError,
  dataFrames,
  FORMAT_VERSION,
  FrameReader,
  type Manifest,
  manifestFrame,
  u32,
} from './backups.format.ts';
import { restoreInTransaction } from './backups.restore.ts';

/**
 * Sign-ins are not part of the registry: their rows stay out of the file (no session tokens in backups),
 * so a restore ends every session instead of bringing back ones revoked since the backup.
 */
export const WITHOUT_ROWS = new Set(['sessions']);

export type BackupOptions = { log?: (message: string) => void };
export type TableCount = { name: string; rows: number };
export type BackupResult = { tables: TableCount[]; bytes: number; sha256: string };

/** The schema version, tables with row counts and sequences, all read in the backup's snapshot. */
async function snapshotManifest(client: pg.PoolClient): Promise<Manifest> {
  const migrations = await appliedMigrations(client);
  const tables: Manifest['tables'] = [];
  for (const t of await listTables(client)) {
    const rows = WITHOUT_ROWS.has(t.name) ? 0 : await countRows(client, t.name);
    tables.push({ name: t.name, columns: t.columns, rows });
  }
  const version = await client.query<{ server_version: string }>('show server_version');
  return {
    format: FORMAT_VERSION,
    app: 'pilar',
    createdAt: new Date().toISOString(),
    serverVersion: version.rows[0]?.server_version ?? '',
    migrations,
    tables,
    sequences: await listSequences(client),
  };
}

/** One table's COPY text data as frames, checked against the count taken in the same snapshot. */
async function* copyOut(client: pg.PoolClient, t: Manifest['tables'][number]) {
  const copy = client.query(copyTo(`copy ${columnList(client, t)} to stdout`));
  for await (const chunk of copy) yield* dataFrames(chunk);
  if (copy.rowCount !== t.rows)
    throw new Error(`Tabel ${t.name}: ${copy.rowCount} baris, seharusnya ${t.rows}.`);
}

/** The uncompressed backup: manifest, each table's COPY data in frames, and the SHA-256 of it all. */
async function* framed(client: pg.PoolClient, manifest: Manifest, log: (m: string) => void) {
  const hash = createHash('sha256');
  const emit = (b: Buffer) => {
    hash.update(b);
    return b;
  };
  for (const b of manifestFrame(manifest)) yield emit(b);
  for (const t of manifest.tables) {
    if (!WITHOUT_ROWS.has(t.name)) for await (const b of copyOut(client, t)) yield emit(b);
    yield emit(u32(0));
    log(`Dicadangkan ${t.name}: ${formatNumberId(t.rows)} baris`);
  }
  yield hash.digest();
}

function hashing(hash: Hash): Transform {
  return new Transform({ transform: (chunk: Buffer, _enc, done) => done(null, hash.update(chunk) && chunk) });
}

/** Makes a rename survive a power cut: the directory entry is on disk before we report success. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes every table of the public schema, from one consistent snapshot, to a gzip'd Pilar backup.
 * The data goes to `file.partial` first and is renamed at the end: a crash never leaves a file that
 * looks complete. The file holds personal data, so only its owner may read it.
 */
export async function backupDatabase(
  pool: pg.Pool,
  file: string,
  opts: BackupOptions = {},
): Promise<BackupResult> {
  const target = path.resolve(file);
  const partial = `${target}.partial`;
  const folder = await stat(path.dirname(target)).catch(() => null);
  if (!folder?.isDirectory())
    throw new BackupError('FILE_NOT_FOUND', `Folder ${path.dirname(target)} tidak ada.`);
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('begin isolation level repeatable read read only');
    await portableSession(client);
    const manifest = await snapshotManifest(client);
    const fileHash = createHash('sha256');
    await pipeline(
      Readable.from(framed(client, manifest, opts.log ?? (() => {}))),
      createGzip(),
      hashing(fileHash),
      createWriteStream(partial, { mode: 0o600, flush: true }),
    );
    await client.query('commit');
    await rename(partial, target);
    await syncDirectory(path.dirname(target));
    const tables = manifest.tables.map((t) => ({ name: t.name, rows: t.rows }));
    return { tables, bytes: (await stat(target)).size, sha256: fileHash.digest('hex') };
  } catch (err) {
    broken = err instanceof Error ? err : new Error(String(err));
    await rm(partial, { force: true });
    throw err;
  } finally {
    // A connection left in the middle of a COPY is closed rather than handed back to the pool.
    client.release(broken);
  }
}

export function openBackup(file: string): FrameReader {
  // Errors of the file (or an early stop) end the whole chain; the reader sees them as they come.
  return new FrameReader(chain(createReadStream(file), createGunzip(), () => {}));
}

/** Reads the whole file once: magic, manifest, framing and checksum. Changes nothing. */
export async function verifyBackup(file: string): Promise<{ manifest: Manifest; json: string }> {
  const found = await stat(file).catch(() => null);
  if (!found?.isFile()) throw new BackupError('FILE_NOT_FOUND', `Berkas ${file} tidak ditemukan.`);
  const reader = openBackup(file);
  try {
    const head = await reader.manifest();
    for (const _ of head.manifest.tables) for await (const _chunk of reader.table());
    await reader.finish();
    return head;
  } finally {
    await reader.close();
  }
}

/**
 * Replaces every table's rows with those of a verified backup, in one transaction: on any failure the
 * previous data stays as it was. The target must be at exactly the backup's schema version.
 */
export async function restoreDatabase(
  pool: pg.Pool,
  file: string,
  opts: BackupOptions = {},
): Promise<{ tables: TableCount[] }> {
  const log = opts.log ?? (() => {});
  log('Memeriksa berkas cadangan…');
  const head = await verifyBackup(file);
  const rows = head.manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  log(
    `Berkas utuh: dibuat ${head.manifest.createdAt}, ${formatNumberId(rows)} baris dalam ${head.manifest.tables.length} tabel.`,
  );
  // The restore locks every table; a job of the running server may hold one and want another. PostgreSQL
  // then ends one side, and the restore, rolled back whole, runs again.
  const tables = await retryOnDeadlock(
    () => restoreInTransaction(pool, head, () => openBackup(file), log),
    () => log('Pemulihan bertabrakan dengan pekerjaan lain di basis data dan dibatalkan utuh; diulang…'),
  );
  return { tables };
}
