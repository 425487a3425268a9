import { type Insertable, sql, type Updateable } from 'kysely';
import type { InterventionStatus } from '../../../shared/rules/mentoring.ts';
import type { InterventionsTable, RoadmapsTable } from '../../db/schema-roadmap.ts';
import type { Executor } from '../../db/transaction.ts';

export function findActiveRoadmap(db: Executor, businessId: number) {
  return db
    .selectFrom('roadmaps as r')
    .leftJoin('users as u', 'u.id', 'r.responsible_user_id')
    .selectAll('r')
    .select('u.name as responsible_name')
    .where('r.business_id', '=', businessId)
    .where('r.closed_at', 'is', null)
    .executeTakeFirst();
}

/** A roadmap with the kelurahan of its business (for the area check). */
export function findRoadmap(db: Executor, id: number) {
  return db
    .selectFrom('roadmaps as r')
    .innerJoin('businesses as b', 'b.id', 'r.business_id')
    .leftJoin('users as u', 'u.id', 'r.responsible_user_id')
    .selectAll('r')
    .select(['b.kelurahan_code', 'b.sector', 'u.name as responsible_name'])
    .where('r.id', '=', id)
    .executeTakeFirst();
}

export function lockRoadmap(db: Executor, id: number) {
  return db.selectFrom('roadmaps').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function insertRoadmap(db: Executor, row: Insertable<RoadmapsTable>) {
  return (await db.insertInto('roadmaps').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export function updateRoadmap(db: Executor, id: number, patch: Updateable<RoadmapsTable>) {
  return db
    .updateTable('roadmaps')
    .set({ ...patch, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

const interventionBase = (db: Executor) =>
  db
    .selectFrom('interventions as i')
    .leftJoin('users as u', 'u.id', 'i.responsible_user_id')
    .selectAll('i')
    .select('u.name as responsible_name')
    // The latest satisfaction answer, if any.
    .select((eb) => [
      eb
        .selectFrom('satisfaction_answers as s')
        .select(
          sql<{
            score: number;
            comment: string | null;
            channel: 'pendamping' | 'pemilik';
            at: string;
          } | null>`json_build_object('score', s.score, 'comment', s.comment, 'channel', s.channel, 'at', s.created_at)`.as(
            'x',
          ),
        )
        .whereRef('s.intervention_id', '=', 'i.id')
        .orderBy('s.created_at', 'desc')
        .orderBy('s.id', 'desc')
        .limit(1)
        .as('satisfaction'),
    ]);

export type InterventionRow = Awaited<ReturnType<typeof listInterventions>>[number];

export function listInterventions(db: Executor, roadmapId: number) {
  return interventionBase(db)
    .where('i.roadmap_id', '=', roadmapId)
    .orderBy(sql`i.due_date nulls last`)
    .orderBy('i.id')
    .execute();
}

export function findIntervention(db: Executor, id: number) {
  return interventionBase(db)
    .innerJoin('businesses as b', 'b.id', 'i.business_id')
    .select('b.kelurahan_code')
    .where('i.id', '=', id)
    .executeTakeFirst();
}

export function lockIntervention(db: Executor, id: number) {
  return db.selectFrom('interventions').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function insertInterventions(db: Executor, rows: Insertable<InterventionsTable>[]) {
  if (!rows.length) return [];
  return (await db.insertInto('interventions').values(rows).returning('id').execute()).map((r) => r.id);
}

export function updateIntervention(db: Executor, id: number, patch: Updateable<InterventionsTable>) {
  return db
    .updateTable('interventions')
    .set({ ...patch, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export function insertStatusLog(
  db: Executor,
  rows: {
    intervention_id: number;
    from_status: InterventionStatus | null;
    to_status: InterventionStatus;
    note: string | null;
    actor: string;
    actor_user_id: number | null;
  }[],
) {
  if (!rows.length) return Promise.resolve([]);
  return db.insertInto('intervention_status_log').values(rows).execute();
}

export function listStatusLog(db: Executor, interventionId: number) {
  return db
    .selectFrom('intervention_status_log')
    .select(['from_status', 'to_status', 'note', 'actor', 'at'])
    .where('intervention_id', '=', interventionId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

/** Active users who may carry a roadmap or an intervention (the roles that write roadmaps). */
export function findAssignableUser(db: Executor, id: number) {
  return db
    .selectFrom('users')
    .select(['id', 'name', 'scope_code'])
    .where('id', '=', id)
    .where('active', '=', true)
    .where('role', 'in', ['admin', 'operator', 'pendamping'])
    .executeTakeFirst();
}

export function listAssignableUsers(db: Executor) {
  return db
    .selectFrom('users')
    .select(['id', 'name', 'role', 'scope_code'])
    .where('active', '=', true)
    .where('role', 'in', ['admin', 'operator', 'pendamping'])
    .orderBy('name')
    .execute();
}

export async function listPartnerOffices(db: Executor): Promise<string[]> {
  const rows = await db
    .selectFrom('users')
    .select(sql<string>`min(btrim(partner_office))`.as('office'))
    .where('active', '=', true)
    .where('role', '=', 'mitra')
    .where('partner_office', 'is not', null)
    .groupBy(sql`lower(btrim(partner_office))`)
    .orderBy('office')
    .execute();
  return rows.map((r) => r.office).filter(Boolean);
}
