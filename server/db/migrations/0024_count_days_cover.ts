import { type Kysely, sql } from 'kysely';

/**
 * The stock as of a past day reads the previous month's stock and that month's daily deltas up to the day
 * (dashboard.figures.ts `stockAt`). Delta rows of one day lie on as many heap pages as rows (they are
 * written as changes happen, and upserted again), so reading half a month of them cost most of an as-of
 * request at 10 million businesses. This index holds every column the stock reads, so the deltas of a day
 * range are read from the index alone (an index-only scan once autovacuum has marked the pages visible).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index business_count_days_stock on business_count_days (day)
    include (kelurahan_code, kecamatan_code, sector, size_class, home_industry, owner_krtp, status, ir_level, n)`.execute(
    db,
  );
}
