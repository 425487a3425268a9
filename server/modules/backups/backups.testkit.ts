import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { type Connection, connect } from '../../db/connection.ts';
import { withDatabase } from '../../test/global-setup.ts';

/** Test helpers: databases cloned from the run's migrated template, and a per-table fingerprint. */

export async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('adminUrl') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export type TestDb = Connection & { name: string; drop: () => Promise<void> };

/** A fresh database (migrated, with the area list) for one test; `drop` removes it. */
export async function cloneTemplate(): Promise<TestDb> {
  const name = `pilar_t_bk_${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`create database ${name} template ${inject('templateDb')}`));
  const conn = connect(withDatabase(inject('adminUrl'), name), 4);
  const drop = async () => {
    await conn.close();
    await admin((c) => c.query(`drop database if exists ${name} with (force)`));
  };
  return { ...conn, name, drop };
}

/**
 * Every table of the public schema (found independently of the backup code) → row count and an md5 of
 * all its rows in a fixed order; equal fingerprints mean equal contents.
 */
export async function fingerprint(pool: pg.Pool): Promise<Record<string, string>> {
  const { rows: tables } = await pool.query<{ name: string }>(
    `select tablename::text as name from pg_tables where schemaname = 'public' order by 1`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const { rows } = await pool.query<{ n: string; md5: string | null }>(
      `select count(*)::text as n, md5(string_agg(t::text, '|' order by t::text)) as md5 from "${name}" t`,
    );
    out[name] = `${rows[0]?.n} ${rows[0]?.md5 ?? '-'}`;
  }
  return out;
}

/** Indexes and triggers (with their enabled state): a restore must leave them as they were. */
export async function schemaShape(pool: pg.Pool): Promise<string[]> {
  const { rows } = await pool.query<{ item: string }>(`
    select indexdef as item from pg_indexes where schemaname = 'public'
    union all
    select format('%s.%s %s', c.relname, t.tgname, t.tgenabled) from pg_trigger t
      join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and not t.tgisinternal
    order by 1`);
  return rows.map((r) => r.item);
}

/** Invariants of a registry: owners exist, permits' businesses exist, counts match the rows, one create each. */
export async function registryProblems(pool: pg.Pool): Promise<Record<string, number>> {
  const { rows } = await pool.query<Record<string, number>>(`
    select
      (select count(*)::int from businesses b where not exists (select 1 from people p where p.id = b.owner_id))
        as business_without_owner,
      (select count(*)::int from permits x where not exists (select 1 from businesses b where b.id = x.business_id))
        as permit_without_business,
      (select count(*)::int from (
         select kelurahan_code, sector, coalesce(size_class, '') as size_class, home_industry, owner_krtp, status,
           count(*)::int as n from businesses group by 1, 2, 3, 4, 5, 6
         except select kelurahan_code, sector, size_class, home_industry, owner_krtp, status, n
           from (select kelurahan_code, sector, size_class, home_industry, owner_krtp, status, sum(n)::int as n
             from business_counts group by 1, 2, 3, 4, 5, 6) bc where n <> 0) d) as counts_missing,
      (select count(*)::int from (
         select kelurahan_code, sector, size_class, home_industry, owner_krtp, status, n
           from (select kelurahan_code, sector, size_class, home_industry, owner_krtp, status, sum(n)::int as n
             from business_counts group by 1, 2, 3, 4, 5, 6) bc where n <> 0
         except select kelurahan_code, sector, coalesce(size_class, ''), home_industry, owner_krtp, status,
           count(*)::int from businesses group by 1, 2, 3, 4, 5, 6) d) as counts_extra,
      (select count(*)::int from businesses b where (select count(*) from history h
         where h.entity = 'business' and h.entity_id = b.id and h.action = 'create') <> 1) as business_creates_not_one,
      (select count(*)::int from history h where h.entity = 'business' and h.action = 'create'
         and not exists (select 1 from businesses b where b.id = h.entity_id)
         and not exists (select 1 from history d where d.entity = 'business' and d.entity_id = h.entity_id
                         and d.action = 'delete')) as create_without_business`);
  return rows[0] ?? {};
}

export const NO_PROBLEMS = {
  business_without_owner: 0,
  permit_without_business: 0,
  counts_missing: 0,
  counts_extra: 0,
  business_creates_not_one: 0,
  create_without_business: 0,
};
