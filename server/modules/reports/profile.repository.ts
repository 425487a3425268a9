import { sql } from 'kysely';
import type { Executor } from '../../db/transaction.ts';

/** The programme sessions a business was seated in (latest first), with its attendance. */
export function programmesTaken(db: Executor, businessId: number, limit: number) {
  return db
    .selectFrom('session_participants as sp')
    .innerJoin('programme_sessions as s', 's.id', 'sp.session_id')
    .innerJoin('programmes as pr', 'pr.id', 's.programme_id')
    .select([
      'pr.name as programme_name',
      's.title',
      sql<string>`to_char(s.starts_at at time zone 'Asia/Jakarta', 'YYYY-MM-DD')`.as('start_day'),
      'sp.attended',
    ])
    .where('sp.business_id', '=', businessId)
    .where('sp.status', '=', 'enrolled')
    .orderBy('s.starts_at', 'desc')
    .orderBy('s.id', 'desc')
    .limit(limit)
    .execute();
}

/** The latest visits of a business (no photos, no coordinates). */
export function lastVisits(db: Executor, businessId: number, limit: number) {
  return db
    .selectFrom('visits')
    .select(['visit_date', 'officer_name', 'topics', 'findings'])
    .where('business_id', '=', businessId)
    .orderBy('visit_date', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}
