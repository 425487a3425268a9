import { type Kysely, sql } from 'kysely';

/**
 * An import's commit writes with `session_replication_role = replica` when the database user may, to skip
 * PostgreSQL's row-by-row foreign-key checks (imports/commit-references.ts checks them per chunk). In that
 * role only triggers enabled ALWAYS fire: those of the tables the commit writes (linkage marks, dated
 * counts, dashboard figures) are so enabled, and fire in every role as before.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ table: string; name: string }>`
    select c.relname::text as "table", t.tgname::text as name
    from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema() and not t.tgisinternal and t.tgenabled = 'O'
      and c.relname in ('people', 'businesses', 'permits', 'history', 'legal_bases', 'source_row_links', 'link_reviews')
    order by 1, 2`.execute(db);
  for (const t of rows)
    await sql`alter table ${sql.table(t.table)} enable always trigger ${sql.id(t.name)}`.execute(db);
}
