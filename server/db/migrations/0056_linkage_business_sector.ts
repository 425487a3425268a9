import { type Kysely, sql } from 'kysely';

/**
 * A business entry of the linkage index carries its sector (a list may give a business only its sector,
 * "MAKANAN OLAHAN", beside the owner's one other business): every business entry is marked for the next
 * refresh.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`insert into linkage_dirty (kind, record_id)
    select kind, record_id from linkage_entries where kind = 'b'`.execute(db);
}
