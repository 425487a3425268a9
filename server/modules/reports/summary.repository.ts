import { sql } from 'kysely';
import { inScope } from '../../db/scope.ts';
import type { Executor } from '../../db/transaction.ts';

/**
 * Active micro home industries of the area seated in at least one programme session: ever, and in a session
 * that started in the last twelve months.
 */
export async function programmeParticipation(db: Executor, scope: string) {
  const { rows } = await sql<{ ever: number; lastYear: number }>`
    select count(distinct sp.business_id)::int as "ever",
      count(distinct sp.business_id) filter (where s.starts_at >= now() - interval '12 months'
        and s.starts_at <= now())::int as "lastYear"
    from session_participants sp
    join programme_sessions s on s.id = sp.session_id
    join businesses b on b.id = sp.business_id
    where sp.status = 'enrolled' and ${inScope('b.kelurahan_code', scope)} and b.status = 'active'
      and b.home_industry and (b.size_class is null or b.size_class = 'mikro')`.execute(db);
  return rows[0] ?? { ever: 0, lastYear: 0 };
}
