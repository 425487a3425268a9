import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { formatNumberId } from '../../../shared/rules/format.ts';
import { appliedMigrations, columnList, listTables, portableSession } from './backups.catalog.ts';
import { BackupError, damaged, type FrameReader, type Manifest } from './backups.format.ts';
import {
  assertOwner,
  disableTriggers,
  setAsideIndexes,
  skipForeignKeyChecksIfAllowed,
} from './backups.switches.ts';

type Q = pg.PoolClient;
type Head = { manifest: Manifest; json: string };

const mismatch = (message: string) =>
  new BackupError('SCHEMA_MISMATCH', `${message} Tidak ada data yang diubah.`);

/** The target must be at the backup's schema version, with the same tables and columns. */
async function checkTarget(client: Q, m: Manifest): Promise<void> {
  const have = await appliedMigrations(client);
  const unknown = m.migrations.filter((name) => !have.includes(name));
  if (unknown.length) {
    throw mismatch(
      `Cadangan dibuat oleh versi Pilar yang lebih baru: migrasi ${unknown.join(', ')} belum dikenal di sini. Perbarui Pilar lebih dulu, lalu ulangi.`,
    );
  }
  const missing = have.filter((name) => !m.migrations.includes(name));
  if (missing.length) {
    throw mismatch(
      `Cadangan dibuat dengan skema lama (belum ada migrasi ${missing.join(', ')}), sedangkan basis data ini sudah lebih baru. Pulihkan dengan versi Pilar yang membuat cadangan itu, lalu jalankan versi ini untuk memperbarui skemanya.`,
    );
  }
  const shape = (t: { name: string; columns: { name: string; type: string }[] }) =>
    `${t.name}(${t.columns.map((c) => `${c.name} ${c.type}`).join(', ')})`;
  const want = new Set(m.tables.map(shape));
  const got = new Set((await listTables(client)).map(shape));
  const differ = [...want, ...got].filter((s) => !(want.has(s) && got.has(s)));
  if (differ.length) {
    const names = [...new Set(differ.map((s) => s.slice(0, s.indexOf('('))))].join(', ');
    throw mismatch(`Susunan tabel basis data ini berbeda dari cadangan (tabel ${names}).`);
  }
}

/** Streams each table's rows from the file into its table, in the file's (foreign-key) order. */
async function loadTables(client: Q, reader: FrameReader, head: Head, log: (m: string) => void) {
  const again = await reader.manifest();
  if (again.json !== head.json) throw damaged('berkas berubah selama pemulihan');
  for (const t of head.manifest.tables) {
    const copy = client.query(copyFrom(`copy ${columnList(client, t)} from stdin`));
    await pipeline(Readable.from(reader.table()), copy);
    if (copy.rowCount !== t.rows)
      throw damaged(`tabel ${t.name} berisi ${copy.rowCount} baris, bukan ${t.rows}`);
    log(`Dipulihkan ${t.name}: ${formatNumberId(t.rows)} baris`);
  }
  await reader.finish();
}

/**
 * Each sequence continues after both its saved position and the highest restored value, so ids of
 * rows deleted before the backup are never handed out again (their history still names them).
 * ALTER SEQUENCE … RESTART is transactional, unlike setval.
 */
async function restoreSequences(client: Q, m: Manifest): Promise<void> {
  for (const s of m.sequences) {
    let last = s.lastValue === null ? null : BigInt(s.lastValue);
    if (s.table && s.column) {
      const { rows } = await client.query<{ max: string | null }>(
        `select max(${client.escapeIdentifier(s.column)})::text as max from ${client.escapeIdentifier(s.table)}`,
      );
      const max = rows[0]?.max;
      if (max != null && (last === null || BigInt(max) > last)) last = BigInt(max);
    }
    const seq = client.escapeIdentifier(s.name);
    await client.query(
      last === null ? `alter sequence ${seq} restart` : `alter sequence ${seq} restart with ${last + 1n}`,
    );
  }
}

/** Checks the target, then empties every table and loads the backup, all in one transaction. */
export async function restoreInTransaction(
  pool: pg.Pool,
  head: Head,
  open: () => FrameReader,
  log: (m: string) => void,
): Promise<{ name: string; rows: number }[]> {
  const client = await pool.connect();
  const reader = open();
  let broken: Error | undefined;
  try {
    await client.query('begin');
    await portableSession(client);
    const names = head.manifest.tables.map((t) => t.name);
    await assertOwner(client, names);
    await checkTarget(client, head.manifest);
    const enableTriggers = await disableTriggers(client, names);
    const rebuildIndexes = await setAsideIndexes(client, names);
    await skipForeignKeyChecksIfAllowed(client);
    const all = names.map((name) => client.escapeIdentifier(name)).join(', ');
    await client.query(`truncate ${all} restart identity cascade`);
    await loadTables(client, reader, head, log);
    log('Membangun ulang indeks…');
    await rebuildIndexes();
    await restoreSequences(client, head.manifest);
    await enableTriggers();
    await client.query('commit');
    // Fresh planner statistics for the new rows; the restore itself is already safe, so a failure is ignored.
    await client.query(`analyze ${all}`).catch(() => {});
    return head.manifest.tables.map((t) => ({ name: t.name, rows: t.rows }));
  } catch (err) {
    broken = err instanceof Error ? err : new Error(String(err));
    await client.query('rollback').catch(() => {});
    throw err;
  } finally {
    client.release(broken);
    await reader.close();
  }
}
