import { type Insertable, type SqlBool, sql } from 'kysely';
import type { VisitsTable } from '../../db/schema-visits.ts';
import type { Executor } from '../../db/transaction.ts';

export async function insertVisit(db: Executor, row: Insertable<VisitsTable>) {
  return (await db.insertInto('visits').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export function insertPhotos(
  db: Executor,
  rows: { visit_id: number; n: number; content_type: 'image/jpeg' | 'image/png'; bytes: Uint8Array }[],
) {
  if (!rows.length) return Promise.resolve([]);
  return db.insertInto('visit_photos').values(rows).execute();
}

export function insertFollowUps(db: Executor, visitId: number, interventionIds: number[]) {
  if (!interventionIds.length) return Promise.resolve([]);
  return db
    .insertInto('visit_follow_ups')
    .values(interventionIds.map((intervention_id) => ({ visit_id: visitId, intervention_id })))
    .execute();
}

/** A business's visits, newest first, with their photo numbers and follow-up interventions. */
export function listVisits(db: Executor, businessId: number) {
  return db
    .selectFrom('visits as v')
    .selectAll('v')
    .select((eb) => [
      eb
        .selectFrom('visit_photos as p')
        .select(sql<number[]>`coalesce(array_agg(p.n order by p.n), '{}')`.as('ns'))
        .whereRef('p.visit_id', '=', 'v.id')
        .as('photo_numbers'),
      eb
        .selectFrom('visit_follow_ups as f')
        .innerJoin('interventions as i', 'i.id', 'f.intervention_id')
        .select(
          sql<
            { interventionId: number; title: string; status: string }[]
          >`coalesce(json_agg(json_build_object(
            'interventionId', i.id, 'title', i.title, 'status', i.status) order by i.id), '[]')`.as('x'),
        )
        .whereRef('f.visit_id', '=', 'v.id')
        .as('follow_ups'),
    ])
    .where('v.business_id', '=', businessId)
    .orderBy('v.visit_date', 'desc')
    .orderBy('v.id', 'desc')
    .limit(200)
    .execute();
}

/** One photo with the kelurahan of its visit's business (for the area check). */
export function findPhoto(db: Executor, visitId: number, n: number) {
  return db
    .selectFrom('visit_photos as p')
    .innerJoin('visits as v', 'v.id', 'p.visit_id')
    .innerJoin('businesses as b', 'b.id', 'v.business_id')
    .select(['p.content_type', 'p.bytes', 'b.kelurahan_code'])
    .where('p.visit_id', '=', visitId)
    .where('p.n', '=', n)
    .executeTakeFirst();
}

/**
 * The businesses whose active roadmap a person carries and whose last visit is before the cut-off date (or
 * that were never visited): never visited first, then the oldest visit first.
 */
export function visitsDueOf(db: Executor, userId: number, cutoff: string) {
  return db
    .selectFrom('roadmaps as r')
    .innerJoin('businesses as b', 'b.id', 'r.business_id')
    .innerJoin('areas as kel', 'kel.code', 'b.kelurahan_code')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('visits')
          .select(['business_id', sql<string>`max(visit_date)`.as('last_visit')])
          .groupBy('business_id')
          .as('lv'),
      (j) => j.onRef('lv.business_id', '=', 'r.business_id'),
    )
    .select(['r.business_id', 'b.name as business_name', 'kel.name as kelurahan_name', 'lv.last_visit'])
    .where('r.responsible_user_id', '=', userId)
    .where('r.closed_at', 'is', null)
    .where(
      sql<SqlBool>`not exists (select 1 from people p0 where p0.id = b.owner_id
        and (p0.processing_restricted_at is not null or p0.erased_at is not null))`,
    )
    .where((eb) => eb.or([eb('lv.last_visit', 'is', null), eb('lv.last_visit', '<', cutoff)]))
    .orderBy(sql`lv.last_visit nulls first`)
    .orderBy('b.name')
    .limit(500)
    .execute();
}
