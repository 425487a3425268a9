import type pg from 'pg';
import { SKIP_ROW_CHECKS_IF_SUPERUSER } from '../../db/bulk.ts';
import { BackupError } from './backups.format.ts';

type Q = pg.PoolClient;
type Undo = () => Promise<void>;

/** Restoring disables triggers, truncates and rebuilds indexes: only the tables' owner (or a superuser) may. */
export async function assertOwner(client: Q, tables: string[]): Promise<void> {
  const { rows } = await client.query<{ name: string }>(
    `select c.relname::text as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relname = any($1) and not pg_has_role(c.relowner, 'USAGE')`,
    [tables],
  );
  if (rows.length) {
    throw new BackupError(
      'NOT_ALLOWED',
      `Pengguna basis data ini bukan pemilik tabel ${rows.map((r) => r.name).join(', ')}. Pulihkan sebagai pemilik tabel (pengguna yang menjalankan migrasi) atau sebagai superuser. Tidak ada data yang diubah.`,
    );
  }
}

const ENABLE: Record<string, string> = {
  O: 'enable trigger',
  A: 'enable always trigger',
  R: 'enable replica trigger',
};
type Trigger = { table: string; name: string; mode: string };

/**
 * Switches off the user triggers of the restored tables (business_counts maintenance, the audit log's
 * chain and append-only guards) so rows arrive exactly as they were saved. Returns how to switch them
 * back on, each in its former mode.
 */
export async function disableTriggers(client: Q, tables: string[]): Promise<Undo> {
  const { rows } = await client.query<Trigger>(
    `select c.relname::text as "table", t.tgname::text as name, t.tgenabled::text as mode
     from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relname = any($1) and not t.tgisinternal and t.tgenabled <> 'D'`,
    [tables],
  );
  const alter = (t: Trigger, action: string) =>
    client.query(
      `alter table ${client.escapeIdentifier(t.table)} ${action} ${client.escapeIdentifier(t.name)}`,
    );
  for (const t of rows) await alter(t, 'disable trigger');
  return async () => {
    for (const t of rows) await alter(t, ENABLE[t.mode] ?? 'enable trigger');
  };
}

/**
 * A superuser skips the foreign-key checks while loading (the rows come from one consistent snapshot);
 * about a third of the restore time on the demo registry. Table owners load with the checks on.
 */
export async function skipForeignKeyChecksIfAllowed(client: Q): Promise<void> {
  await client.query(SKIP_ROW_CHECKS_IF_SUPERUSER);
}

/**
 * Drops the plain (non-unique, constraint-free) indexes of the restored tables and returns how to build
 * them again: one build after the load is about three times faster than updating the trigram indexes
 * row by row. Inside the transaction, so a failed restore keeps them.
 */
export async function setAsideIndexes(client: Q, tables: string[]): Promise<Undo> {
  // Building an index needs CREATE on the schema, which a table owner may lack (PostgreSQL 15).
  const may = await client.query<{ ok: boolean }>(`select has_schema_privilege('public', 'CREATE') as ok`);
  if (!may.rows[0]?.ok) return async () => {};
  const { rows } = await client.query<{ name: string; def: string }>(
    `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def
     from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relname = any($1) and not i.indisunique
       and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)`,
    [tables],
  );
  for (const r of rows) await client.query(`drop index ${r.name}`);
  return async () => {
    await client.query(`set local maintenance_work_mem = '128MB'`);
    for (const r of rows) await client.query(r.def);
  };
}
