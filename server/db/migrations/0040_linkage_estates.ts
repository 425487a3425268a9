import { type Kysely, sql } from 'kysely';

/**
 * A street line writes a housing estate one way ("Perumahan", "Perum.", "Prm" are one word) and leaves out
 * "Blok" before a block's code, so people's and businesses' prepared addresses and keys change: every entry
 * of the linkage index is marked for the next refresh.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`insert into linkage_dirty (kind, record_id) select kind, record_id from linkage_entries`.execute(
    db,
  );
}
