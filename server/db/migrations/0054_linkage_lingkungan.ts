import { type Kysely, sql } from 'kysely';

/**
 * A lingkungan written in a street's line ("Jl. Krakatau 12 Lingkungan VII") is no part of the street's name
 * or number, so prepared addresses change: every entry of the linkage index is marked for the next refresh.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`insert into linkage_dirty (kind, record_id) select kind, record_id from linkage_entries`.execute(
    db,
  );
}
