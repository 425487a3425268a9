import { type Kysely, sql } from 'kysely';

/**
 * A person's name for linkage leaves out a nickname in brackets, "alias …" and a second person written
 * after it ("& Suami", "/ Budi"), and a last y after a consonant sounds as i (Rizky, Rizki), so the prepared
 * records and blocking keys the linkage index keeps are made again: every entry is marked for the next
 * refresh, as in 0026.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`insert into linkage_dirty (kind, record_id) select kind, record_id from linkage_entries`.execute(
    db,
  );
}
