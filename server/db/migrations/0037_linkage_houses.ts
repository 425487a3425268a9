import { type Kysely, sql } from 'kysely';

/**
 * A prepared business keeps the kinds of place its name's filler words say ("Dapur", "Griya"): two names of
 * one owner that are nothing but her name after another kind of place are two names. Every business entry
 * of the linkage index is marked for the next refresh (as 0036 does); until then an entry without them
 * compares as before.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`insert into linkage_dirty (kind, record_id)
    select kind, record_id from linkage_entries where kind = 'business'`.execute(db);
}
