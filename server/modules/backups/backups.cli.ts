import path from 'node:path';
import { formatNumberId } from '../../../shared/rules/format.ts';
import type { Config } from '../../config.ts';
import { openDatabase } from '../../db/connection.ts';
import { migrate } from '../../db/migrate.ts';
import { audit } from '../audit/audit.service.ts';
import { backupDatabase, restoreDatabase, type TableCount } from './backups.service.ts';

type Say = (message: string) => void;
const stderr: Say = (message) => console.error(message);

const totalRows = (tables: TableCount[]) => formatNumberId(tables.reduce((sum, t) => sum + t.rows, 0));
const seconds = (since: number) => `${formatNumberId((performance.now() - since) / 1000)} detik`;

/**
 * `pilar backup <file>`. The database is backed up as it is, without migrating first: a backup taken
 * just before an upgrade must hold the old schema, so the old version can restore it.
 */
export async function runBackup(config: Config, file: string, say: Say = stderr): Promise<void> {
  const started = performance.now();
  const conn = await openDatabase(config);
  try {
    const r = await backupDatabase(conn.pool, file, { log: say });
    const mb = formatNumberId(r.bytes / 1024 / 1024);
    say(
      `Cadangan tersimpan: ${path.resolve(file)} (${totalRows(r.tables)} baris dari ${r.tables.length} tabel, ${mb} MB, ${seconds(started)}).`,
    );
    say(`SHA-256 berkas: ${r.sha256}`);
    // The file holds every person's data: that it was made, and where, belongs in the audit log.
    await audit(conn.db, null, 'backup.create', {
      details: { file: path.resolve(file), sha256: r.sha256, bytes: r.bytes },
    });
  } finally {
    await conn.close();
  }
}

/**
 * `pilar restore <file>`: migrates first, so the schema is this version's, then replaces every row.
 * Areas and the first admin account are not prepared: the backup brings its own.
 */
export async function runRestore(config: Config, file: string, say: Say = stderr): Promise<void> {
  const started = performance.now();
  const conn = await openDatabase(config);
  try {
    const applied = await migrate(conn.db);
    if (applied.length) say(`Migrasi diterapkan: ${applied.join(', ')}`);
    const r = await restoreDatabase(conn.pool, file, { log: say });
    await audit(conn.db, null, 'backup.restore', { details: { file: path.resolve(file) } });
    say(
      `Pemulihan selesai: ${totalRows(r.tables)} baris dalam ${r.tables.length} tabel (${seconds(started)}).`,
    );
  } finally {
    await conn.close();
  }
}
