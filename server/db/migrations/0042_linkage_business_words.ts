import { type Kysely, sql } from 'kysely';

/**
 * Business names and product lists are read anew: "makan", "pembuatan", "pengolahan" and "bikin" name no
 * product ("WARUNG MAKAN" is the warung trade), a short name after a form of address is the owner's ("Usaha
 * Bu Yani" of Mulyani), and a name may carry its products ("Omah Sejati (roti manis)", "opak merk Melati
 * Abadi"): every business entry of the linkage index is marked for the next refresh.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`insert into linkage_dirty (kind, record_id)
    select kind, record_id from linkage_entries where kind = 'b'`.execute(db);
}
