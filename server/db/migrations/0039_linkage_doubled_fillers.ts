import { type Kysely, sql } from 'kysely';

/**
 * A product list's filler words with a doubled letter ("food", "lainnya") are dropped as the other fillers
 * are, since product words are compared with doubled letters written once: every business entry of the
 * linkage index is marked for the next refresh.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`insert into linkage_dirty (kind, record_id)
    select kind, record_id from linkage_entries where kind = 'b'`.execute(db);
}
