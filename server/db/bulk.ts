import { sql } from 'kysely';
import type { Executor } from './transaction.ts';

const PARAMS_PER_STATEMENT = 30_000;

function literal(v: unknown) {
  return v !== null && typeof v === 'object' && !(v instanceof Date) ? JSON.stringify(v) : v;
}

/**
 * Multi-row INSERT in chunks that stay under PostgreSQL's parameter limit. With `overriding`, the rows
 * carry ids reserved with `reserveIds` (identity columns refuse explicit ids otherwise).
 */
export async function bulkInsert<T extends Record<string, unknown>>(
  db: Executor,
  table: string,
  columns: readonly (keyof T & string)[],
  rows: readonly T[],
  opts: { overriding?: boolean; onConflictDoNothing?: boolean } = {},
) {
  const per = Math.max(1, Math.floor(PARAMS_PER_STATEMENT / columns.length));
  const cols = sql.join(columns.map((c) => sql.ref(c)));
  for (let i = 0; i < rows.length; i += per) {
    const values = rows.slice(i, i + per).map((r) => sql`(${sql.join(columns.map((c) => literal(r[c])))})`);
    await sql`insert into ${sql.table(table)} (${cols})
      ${opts.overriding ? sql`overriding system value` : sql``}
      values ${sql.join(values)}
      ${opts.onConflictDoNothing ? sql`on conflict do nothing` : sql``}`.execute(db);
  }
}

/** Takes n values of a table's identity sequence, so rows can be linked to each other before insert. */
export async function reserveIds(db: Executor, table: string, n: number): Promise<number[]> {
  if (n <= 0) return [];
  const { rows } = await sql<{ id: string | number }>`
    select nextval(pg_get_serial_sequence(${table}, 'id')) as id from generate_series(1, ${n})`.execute(db);
  return rows.map((r) => Number(r.id));
}
