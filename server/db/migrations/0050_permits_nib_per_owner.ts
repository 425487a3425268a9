import { type Kysely, sql } from 'kysely';

/**
 * One NIB is one business actor's (OSS-RBA: all her businesses under it, one KBLI each), so each of her
 * businesses may carry it: a NIB is unique per business, every other permit number stays unique per type.
 * That a NIB is one owner's is checked where permits are written (permits.service.ts, the import's commit).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table permits drop constraint permits_type_number_key`.execute(db);
  await sql`create unique index permits_type_number_key on permits (type, number) where type <> 'NIB'`.execute(
    db,
  );
  await sql`create unique index permits_nib_business on permits (number, business_id) where type = 'NIB'`.execute(
    db,
  );
}
