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
  // A staged row with its records is about 2.5 kB: above the default target (2 kB) PostgreSQL compresses
  // its JSON columns one by one on insert and decompresses them on every read, which cost the dry run more
  // CPU than everything else it stores. Rows stay whole and uncompressed up to a page.
  await sql`alter table source_rows set (toast_tuple_target = 8160)`.execute(db);
}
