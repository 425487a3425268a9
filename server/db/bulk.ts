import { sql } from 'kysely';
import type { Executor } from './transaction.ts';

const ROWS_PER_STATEMENT = 20_000;

/**
 * Inserts rows sent as one JSON parameter per chunk and read with the table's own row type
 * (json_populate_recordset): no parameter limit, and PostgreSQL parses the JSON faster than it binds
 * thousands of parameters. With `overriding`, the rows carry ids reserved with `reserveIds`.
 */
export async function bulkInsert<T extends Record<string, unknown>>(
  db: Executor,
  table: string,
  columns: readonly (keyof T & string)[],
  rows: readonly T[],
  opts: { overriding?: boolean; onConflictDoNothing?: boolean } = {},
) {
  const cols = sql.join(columns.map((c) => sql.ref(c)));
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const json = JSON.stringify(rows.slice(i, i + ROWS_PER_STATEMENT));
    await sql`insert into ${sql.table(table)} (${cols})
      ${opts.overriding ? sql`overriding system value` : sql``}
      select ${cols} from json_populate_recordset(null::${sql.table(table)}, ${json}::json)
      ${opts.onConflictDoNothing ? sql`on conflict do nothing` : sql``}`.execute(db);
  }
}

/** Takes n values of a table's identity sequence, so rows can be linked to each other before insert. */
export async function reserveIds(db: Executor, table: string, n: number): Promise<number[]> {
  if (n <= 0) return [];
  // The sequence is looked up once: called per row, pg_get_serial_sequence made the statement 8 times slower.
  const { rows } = await sql<{ id: string | number }>`
    with s as materialized (select pg_get_serial_sequence(${table}, 'id')::regclass as seq)
    select nextval(s.seq) as id from s, generate_series(1, ${n})`.execute(db);
  return rows.map((r) => Number(r.id));
}

/**
 * Fresh planner statistics are worth taking when a statement changed a table as much as autovacuum waits
 * for (50 rows and a tenth of the table): the first big import of an empty registry must not leave plans
 * made for empty tables. A small change to a large table leaves it to autovacuum.
 */
export function needsAnalyze(before: number, changed: number): boolean {
  return changed >= 50 + before / 10;
}

/**
 * For the rest of the transaction, skips PostgreSQL's row-by-row foreign-key checks (and the triggers not
 * enabled ALWAYS), when the user is a superuser: `session_replication_role = replica`, which only a
 * superuser may set. Gives one row when it did, none otherwise.
 */
export const SKIP_ROW_CHECKS_IF_SUPERUSER =
  "select set_config('session_replication_role', 'replica', true) as role where current_setting('is_superuser') = 'on'";
