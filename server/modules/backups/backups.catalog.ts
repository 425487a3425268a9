import type pg from 'pg';
import { BackupError, type Manifest, type TableInfo } from './backups.format.ts';

type Q = pg.PoolClient;

/** Text output and input that mean the same on every server, whatever its locale and time zone settings. */
export async function portableSession(client: Q): Promise<void> {
  await client.query(
    `set local datestyle = 'ISO, YMD'; set local timezone = 'UTC'; set local intervalstyle = 'postgres';
     set local extra_float_digits = 3; set local bytea_output = 'hex'`,
  );
}

type TableRow = { name: string; columns: TableInfo['columns']; parents: string[] };

/**
 * Every ordinary table of the public schema (partitions included, extension tables not), with its
 * stored columns (generated ones are recomputed by the server) and the tables its foreign keys point to.
 */
const TABLES_SQL = `
  select c.relname::text as name,
    coalesce((select json_agg(json_build_object('name', a.attname, 'type', format_type(a.atttypid, a.atttypmod))
                order by a.attnum)
              from pg_attribute a
              where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''),
             '[]') as columns,
    array(select distinct p.relname::text from pg_constraint k join pg_class p on p.oid = k.confrelid
          where k.conrelid = c.oid and k.contype = 'f' and k.confrelid <> c.oid) as parents
  from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where n.nspname = 'public' and c.relkind = 'r'
    and not exists (select 1 from pg_depend d
                    where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
  order by c.relname`;

/** Tables in an order where every table comes after the tables it references (cycles: by name). */
export async function listTables(client: Q): Promise<TableRow[]> {
  const { rows } = await client.query<TableRow>(TABLES_SQL);
  const left = new Map(rows.map((r) => [r.name, r]));
  const ordered: TableRow[] = [];
  while (left.size) {
    const ready = [...left.values()].filter((r) => r.parents.every((p) => !left.has(p)));
    for (const r of ready.length ? ready : [...left.values()].slice(0, 1)) {
      ordered.push(r);
      left.delete(r.name);
    }
  }
  return ordered;
}

/** Each sequence of the public schema, the column it numbers (if any) and its last value (null: never used). */
export async function listSequences(client: Q): Promise<Manifest['sequences']> {
  const { rows } = await client.query<Manifest['sequences'][number]>(`
    select s.relname::text as name, t.relname::text as "table", a.attname::text as "column",
      ps.last_value::text as "lastValue"
    from pg_class s
    join pg_namespace n on n.oid = s.relnamespace
    join pg_sequences ps on ps.schemaname = n.nspname and ps.sequencename = s.relname
    left join pg_depend d on d.classid = 'pg_class'::regclass and d.objid = s.oid
      and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')
    left join pg_class t on t.oid = d.refobjid
    left join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
    where n.nspname = 'public' and s.relkind = 'S'
    order by 1`);
  return rows;
}

/** The applied migrations (Kysely's table), in order: the schema version of a Pilar database. */
export async function appliedMigrations(client: Q): Promise<string[]> {
  const found = await client.query(`select to_regclass('public.schema_migrations') is not null as ok`);
  if (!found.rows[0]?.ok) {
    throw new BackupError(
      'SCHEMA_MISMATCH',
      'Basis data ini belum berisi registri Pilar (tabel schema_migrations tidak ada); jalankan "pilar migrate" lebih dulu.',
    );
  }
  const { rows } = await client.query<{ name: string }>('select name from schema_migrations order by name');
  return rows.map((r) => r.name);
}

export async function countRows(client: Q, table: string): Promise<number> {
  const { rows } = await client.query<{ n: string }>(
    `select count(*)::text as n from ${client.escapeIdentifier(table)}`,
  );
  return Number(rows[0]?.n ?? 0);
}

export function columnList(client: Q, t: TableInfo): string {
  return `${client.escapeIdentifier(t.name)} (${t.columns.map((c) => client.escapeIdentifier(c.name)).join(', ')})`;
}
