import { type Kysely, sql } from 'kysely';

/**
 * A business name with a form of address typed onto the owner's name ("Madu Mongso BuTini") is read as
 * "Bu Tini", and IRT (industri rumah tangga) before a name is a legal form like UD: the prepared businesses
 * the linkage index keeps are made again, every business entry marked for the next refresh (as 0028 does).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`insert into linkage_dirty (kind, record_id)
    select kind, record_id from linkage_entries where kind = 'b'`.execute(db);
}
