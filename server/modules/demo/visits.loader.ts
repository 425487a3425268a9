import { sql } from 'kysely';
import { jakartaToday } from '../../../shared/rules/mentoring.ts';
import type { Database } from '../../db/connection.ts';
import { withTransaction } from '../../db/transaction.ts';
import { planDemoVisits } from './visits.gen.ts';

/**
 * Mentoring visits for part of the demo roadmaps (after seedDemoRoadmaps), by the person who carries each
 * roadmap; none when visits already exist.
 */
export async function seedDemoVisits(db: Database, today = jakartaToday()) {
  if (await db.selectFrom('visits').select('id').limit(1).executeTakeFirst()) return 0;
  const roadmaps = await db
    .selectFrom('roadmaps as r')
    .leftJoin('users as u', 'u.id', 'r.responsible_user_id')
    .select(['r.business_id as businessId', 'u.id as officerId', 'u.name as officerName'])
    .where('r.closed_at', 'is', null)
    .orderBy('r.id')
    .execute();
  const visits = planDemoVisits(
    roadmaps.map((r) => ({
      businessId: r.businessId,
      officerId: r.officerId ?? null,
      officerName: r.officerName ?? 'Pendamping Demo',
    })),
    today,
  );
  if (!visits.length) return 0;
  await withTransaction(db, async (trx) => {
    for (let i = 0; i < visits.length; i += 500) {
      await trx
        .insertInto('visits')
        .values(visits.slice(i, i + 500))
        .execute();
    }
  });
  await sql`analyze visits`.execute(db);
  return visits.length;
}
