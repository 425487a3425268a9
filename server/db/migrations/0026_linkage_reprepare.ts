import { type Kysely, sql } from 'kysely';

/**
 * The records the linkage index keeps prepared change shape: a business keeps its product words apart from
 * its name's (a brand word only the names share is no shared product), and titles such as Rr. leave a
 * person's name. Every entry is marked, so the next refresh prepares it again; until then a small import
 * refreshes the marked entries it reads first, or loads the whole registry.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`insert into linkage_dirty (kind, record_id) select kind, record_id from linkage_entries`.execute(
    db,
  );
}
