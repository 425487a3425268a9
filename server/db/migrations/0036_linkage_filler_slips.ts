import { type Kysely, sql } from 'kysely';

/**
 * "Griya" is filler in a business name like "Dapur", and a filler word with two neighbouring letters
 * swapped ("Daupr Anis") is read as that word: the prepared businesses the linkage index keeps are made
 * again, every business entry marked for the next refresh (as 0035 does).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`insert into linkage_dirty (kind, record_id)
    select kind, record_id from linkage_entries where kind = 'b'`.execute(db);
}
