import { type Kysely, sql } from 'kysely';

/**
 * A prepared business keeps the kinds of place its name's filler words say ("Dapur", "Griya"): two names of
 * one owner that are nothing but her name after another kind of place are two names. Every business entry
 * of the linkage index is marked for the next refresh; until then an entry without them compares as before.
 * The entries' kind is 'b': 0028, 0033, 0035 and 0036 asked for 'business' and so marked nothing (they are
 * corrected, for a registry that has not run them yet); this one re-prepares what they meant to.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`insert into linkage_dirty (kind, record_id)
    select kind, record_id from linkage_entries where kind = 'b'`.execute(db);
}
