import { type Kysely, sql } from 'kysely';

/**
 * Business product words read "knitting" as rajut, as "crochet" already was, and "rattan" as rotan (its
 * variant was looked up under a spelling words never reach): every business entry of the linkage index is
 * marked for the next refresh, which prepares it again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`insert into linkage_dirty (kind, record_id)
    select kind, record_id from linkage_entries where kind = 'b'`.execute(db);
}
