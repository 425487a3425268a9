import { type Kysely, sql } from 'kysely';

/**
 * A prepared business keeps the owner's names its name carries ("Sambal Bu Rina": rina), which weigh two
 * businesses each named after its own owner apart: the prepared businesses the linkage index keeps are made
 * again, every business entry marked for the next refresh (as 0027 marks them all).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`insert into linkage_dirty (kind, record_id)
    select kind, record_id from linkage_entries where kind = 'b'`.execute(db);
}
