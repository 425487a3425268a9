import { type Kysely, sql } from 'kysely';

/**
 * Product lists are read anew: Sumatran names of products ("kue bangkit" is a cookie, "kerupuk jangek" is
 * kerupuk kulit) are read as their family's: every business entry of the linkage index is marked for the
 * next refresh.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`insert into linkage_dirty (kind, record_id)
    select kind, record_id from linkage_entries where kind = 'b'`.execute(db);
}
