import { type Kysely, sql } from 'kysely';

/**
 * "Makan" names no product ("WARUNG MAKAN", "Rumah Makan": a bank's trade, read as the warung it is):
 * every business entry of the linkage index is marked for the next refresh.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`insert into linkage_dirty (kind, record_id)
    select kind, record_id from linkage_entries where kind = 'b'`.execute(db);
}
