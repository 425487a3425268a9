import { type Kysely, sql } from 'kysely';

/**
 * Product lists are read anew: English and other words offices write for one product or trade ("chips",
 * "tembikar", "jasa boga", "herbal") are read as the product's own word, and "usaha", "industri", "dagang",
 * "tukang" and "kemasan" name no product, "kue tradisional" is a kind of jajan pasar, and bakso beside
 * pentol or cilok, a badminton racket beside shuttlecocks, are one family: every business entry of the linkage
 * index is marked for the next refresh.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`insert into linkage_dirty (kind, record_id)
    select kind, record_id from linkage_entries where kind = 'b'`.execute(db);
}
