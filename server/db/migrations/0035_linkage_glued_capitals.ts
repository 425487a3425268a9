import { type Kysely, sql } from 'kysely';

/**
 * A form of address typed in capitals onto the owner's name ("KRIPIK PISANG BUWAHYUNI" of Ika Wahyuni) is
 * her name: the prepared businesses the linkage index keeps are made again, every business entry marked
 * for the next refresh (as 0033 does).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`insert into linkage_dirty (kind, record_id)
    select kind, record_id from linkage_entries where kind = 'b'`.execute(db);
}
