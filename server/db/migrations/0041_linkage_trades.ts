import { type Kysely, sql } from 'kysely';

/**
 * A product list of nothing but a trade ("PRODUKSI MINUMAN", "kerajinan tangan", "WARUNG") keeps that
 * trade's word, "jasa" and "tangan" name no product, and "kerudung" and "hijab" are read as "jilbab": every
 * business entry of the linkage index is marked for the next refresh.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`insert into linkage_dirty (kind, record_id)
    select kind, record_id from linkage_entries where kind = 'b'`.execute(db);
}
