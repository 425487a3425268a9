import { type Kysely, sql } from 'kysely';

/**
 * A street written "Kalirungkut XII/27" is read as its gang and house number (Gg. XII No. 27), so people's and
 * businesses' prepared addresses change: every entry of the linkage index is marked for the next refresh.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`insert into linkage_dirty (kind, record_id) select kind, record_id from linkage_entries`.execute(
    db,
  );
}
