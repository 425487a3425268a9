import { sql } from 'kysely';
import { jakartaToday } from '../../../shared/rules/mentoring.ts';
import { bulkInsert, reserveIds } from '../../db/bulk.ts';
import type { Database } from '../../db/connection.ts';
import { inScope } from '../../db/scope.ts';
import { withTransaction } from '../../db/transaction.ts';
import { listTemplates } from '../roadmap/templates.ts';
import { type DemoRoadmapPlan, planDemoRoadmaps } from './roadmaps.gen.ts';

/** The demo pendamping's own kelurahan in her kecamatan: the Sanan tempe and Pandanwangi marning sentra. */
const HER_KELURAHAN = ['1006', '1007'];

/**
 * Roadmaps for the demo registry, dated around the day they are loaded (a newcomer sees work due this week
 * and some overdue); the same registry and day give the same rows. Runs after the demo accounts exist.
 */
export async function seedDemoRoadmaps(db: Database, region: string, today = jakartaToday()) {
  if (await db.selectFrom('roadmaps').select('id').limit(1).executeTakeFirst()) return 0;
  const businesses = await db
    .selectFrom('businesses')
    .select(['id', 'kecamatan_code as kecamatanCode', 'kelurahan_code as kelurahanCode', 'sector'])
    .where('home_industry', '=', true)
    .where('status', '=', 'active')
    .where(inScope('kelurahan_code', region))
    .orderBy('id')
    .execute();
  const templates = (await listTemplates(db, {})).items;
  const user = await db
    .selectFrom('users')
    .select(['id', 'name', 'scope_code'])
    .where('username', '=', 'pendamping')
    .where('role', '=', 'pendamping')
    .executeTakeFirst();
  const plan = planDemoRoadmaps(businesses, templates, {
    today,
    creator: 'Operator Demo',
    pendamping: user
      ? { id: user.id, name: user.name, kelurahan: HER_KELURAHAN.map((k) => `${user.scope_code}.${k}`) }
      : null,
  });
  await withTransaction(db, async (trx) => {
    const roadmapIds = await reserveIds(trx, 'roadmaps', plan.roadmaps.length);
    const interventionIds = await reserveIds(trx, 'interventions', plan.interventions.length);
    const r = (local: number) => roadmapIds[local - 1] as number;
    const i = (local: number) => interventionIds[local - 1] as number;
    await insertPlan(trx as unknown as Database, plan, r, i);
  });
  await sql`analyze roadmaps, interventions, intervention_status_log, satisfaction_answers`.execute(db);
  return plan.roadmaps.length;
}

async function insertPlan(
  db: Database,
  plan: DemoRoadmapPlan,
  r: (local: number) => number,
  i: (local: number) => number,
) {
  const roadmaps = plan.roadmaps.map((x) => ({ ...x, id: r(x.id) }));
  await bulkInsert(db, 'roadmaps', Object.keys(roadmaps[0] ?? {}) as never, roadmaps, { overriding: true });
  const interventions = plan.interventions.map((x) => ({ ...x, id: i(x.id), roadmap_id: r(x.roadmap_id) }));
  await bulkInsert(db, 'interventions', Object.keys(interventions[0] ?? {}) as never, interventions, {
    overriding: true,
  });
  const log = plan.log.map((x) => ({ ...x, intervention_id: i(x.intervention_id) }));
  await bulkInsert(db, 'intervention_status_log', Object.keys(log[0] ?? {}) as never, log);
  const answers = plan.answers.map((x) => ({ ...x, intervention_id: i(x.intervention_id) }));
  await bulkInsert(db, 'satisfaction_answers', Object.keys(answers[0] ?? {}) as never, answers);
}
