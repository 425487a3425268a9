import { type Kysely, sql } from 'kysely';

/**
 * A business known only by its industry code's trade (`PreparedBusiness.trade`) compares as that trade
 * beside what another record lists: every business entry of the linkage index is marked for the next
 * refresh, which prepares it again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`insert into linkage_dirty (kind, record_id)
    select kind, record_id from linkage_entries where kind = 'b'`.execute(db);
}
