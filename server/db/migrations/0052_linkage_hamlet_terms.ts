import { type Kysely, sql } from 'kysely';

/**
 * A hamlet (dusun) beside a street is counted among the kelurahan's streets, as the street is, so the
 * frequency terms of people and of businesses change; "Dukuh" after a street's mark ("Jl. Dukuh Kupang") is
 * the street's name, not a hamlet: every entry of the linkage index is marked for the next refresh.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`insert into linkage_dirty (kind, record_id) select kind, record_id from linkage_entries`.execute(
    db,
  );
}
