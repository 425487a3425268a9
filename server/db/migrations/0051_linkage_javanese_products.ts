import { type Kysely, sql } from 'kysely';

/**
 * Product lists are read anew: Javanese names of one product ("kripik gedang" is keripik pisang, jenang is
 * dodol) are read as the product's own word: every business entry of the linkage index is marked for the
 * next refresh.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`insert into linkage_dirty (kind, record_id)
    select kind, record_id from linkage_entries where kind = 'b'`.execute(db);
}
