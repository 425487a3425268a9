import { type Kysely, sql } from 'kysely';

/**
 * Business entries of the linkage index carry their owner's year of birth: two women of one household born
 * a generation apart keep their own businesses however alike their names (`housemates`). Every business
 * entry is marked for the next refresh.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`insert into linkage_dirty (kind, record_id)
    select kind, record_id from linkage_entries where kind = 'b'`.execute(db);
}
