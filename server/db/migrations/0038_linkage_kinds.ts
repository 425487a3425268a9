import { type Kysely, sql } from 'kysely';

/**
 * A product list's words that name no product ("Kerajinan", "Pembuat", "Makanan"), filler words and the
 * owner's name ("Rumah Bunda Rohmah" read from a products column) are no longer product words, and a name
 * made of products and such words only names the products; a list of products also splits at "&" and "+",
 * and a record without one keeps the items its name lists: every business entry of the linkage index is
 * marked for the next refresh.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`insert into linkage_dirty (kind, record_id)
    select kind, record_id from linkage_entries where kind = 'b'`.execute(db);
}
