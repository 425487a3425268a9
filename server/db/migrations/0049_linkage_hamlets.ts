import { type Kysely, sql } from 'kysely';

/**
 * A street line leaves out the mark of a regency's hamlet ("Dsn. Krajan", "Dusun Krajan" and "Krajan" are
 * one place) and keeps the hamlet apart from a street written beside it, so people's and businesses'
 * prepared addresses change: every entry of the linkage index is marked for the next refresh.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`insert into linkage_dirty (kind, record_id) select kind, record_id from linkage_entries`.execute(
    db,
  );
}
