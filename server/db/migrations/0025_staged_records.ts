import { type Kysely, sql } from 'kysely';

/**
 * A staged row keeps what committing it writes besides ids (imports/commit-records.ts): the columns of
 * the person and business it would create and the changes of their history entries, built by the dry run
 * beside the normalising. The commit then sends PostgreSQL the ids it decided and reads the rest here,
 * instead of building and sending every record from Node. Rows staged before this (null) get theirs from
 * the commit itself.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table source_rows add column records jsonb`.execute(db);
}
