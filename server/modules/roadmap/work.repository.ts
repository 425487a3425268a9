import { type Expression, type SqlBool, sql } from 'kysely';
import type { InterventionStatus } from '../../../shared/rules/mentoring.ts';
import { inScope } from '../../db/scope.ts';
import type { Executor } from '../../db/transaction.ts';

const OPEN: InterventionStatus[] = ['planned', 'in_progress'];

/** UU PDP: an owner who withdrew consent or was erased is no longer processed (alias b = her business). */
const ownerProcessed = sql<SqlBool>`not exists (select 1 from people p0 where p0.id = b.owner_id
  and (p0.processing_restricted_at is not null or p0.erased_at is not null))`;

/** The columns of a work item: the intervention with its business's name and kelurahan. */
const itemBase = (db: Executor) =>
  db
    .selectFrom('interventions as i')
    .innerJoin('businesses as b', 'b.id', 'i.business_id')
    .innerJoin('areas as kel', 'kel.code', 'b.kelurahan_code')
    .select([
      'i.id',
      'i.business_id',
      'i.title',
      'i.type',
      'i.pillar',
      'i.status',
      'i.due_date',
      'i.partner_office',
      'b.name as business_name',
      'kel.name as kelurahan_name',
    ]);

export type WorkRow = Awaited<ReturnType<typeof openItemsOf>>[number];

/** Open interventions of a person (hers, or on roadmaps she carries) due up to the horizon, by due date. */
export function openItemsOf(db: Executor, userId: number, horizon: string) {
  return itemBase(db)
    .innerJoin('roadmaps as r', 'r.id', 'i.roadmap_id')
    .where('r.closed_at', 'is', null)
    .where(ownerProcessed)
    .where('i.status', 'in', OPEN)
    .where('i.due_date', '<=', horizon)
    .where((eb) =>
      eb.or([eb('i.responsible_user_id', '=', userId), eb('r.responsible_user_id', '=', userId)]),
    )
    .orderBy('i.due_date')
    .orderBy('i.id')
    .limit(500)
    .execute();
}

/** The businesses whose active roadmap a person carries, with open and overdue counts in one query. */
export function roadmapsOf(db: Executor, userId: number, today: string) {
  return db
    .selectFrom('roadmaps as r')
    .innerJoin('businesses as b', 'b.id', 'r.business_id')
    .innerJoin('areas as kel', 'kel.code', 'b.kelurahan_code')
    .leftJoin('interventions as i', (j) => j.onRef('i.roadmap_id', '=', 'r.id').on('i.status', 'in', OPEN))
    .select([
      'r.business_id',
      'b.name as business_name',
      'kel.name as kelurahan_name',
      'r.target_level',
      'r.target_date',
    ])
    .select((eb) => [
      eb.fn.count<number>('i.id').as('open'),
      sql<number>`count(*) filter (where i.due_date < ${today})`.as('overdue'),
      eb.fn.min('i.due_date').as('next_due'),
    ])
    .where('r.responsible_user_id', '=', userId)
    .where('r.closed_at', 'is', null)
    .where(ownerProcessed)
    .groupBy(['r.id', 'b.id', 'kel.name'])
    .orderBy(sql`min(i.due_date) nulls last`)
    .orderBy('b.name')
    .limit(500)
    .execute();
}

export type ReferralFilter = {
  scope: string;
  /** null: every referred intervention (the agency's staff); a name: that office's only. */
  office: string | null;
  status?: InterventionStatus;
  overdue?: boolean;
  today: string;
};

/** The referral filter as one condition over the aliases i (interventions) and b (businesses). */
function referred(f: ReferralFilter): Expression<SqlBool> {
  const parts = [
    inScope('b.kelurahan_code', f.scope),
    sql<SqlBool>`i.partner_office is not null`,
    ownerProcessed,
  ];
  if (f.office === '') parts.push(sql<SqlBool>`false`);
  else if (f.office !== null) parts.push(sql<SqlBool>`lower(i.partner_office) = ${f.office.toLowerCase()}`);
  if (f.status) parts.push(sql<SqlBool>`i.status = ${f.status}`);
  const overdue = sql<SqlBool>`(i.status in ('planned', 'in_progress') and i.due_date < ${f.today})`;
  if (f.overdue === true) parts.push(overdue);
  if (f.overdue === false) parts.push(sql<SqlBool>`not coalesce(${overdue}, false)`);
  return sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
}

/**
 * Open referrals first, the soonest due (so the overdue) on top: that is the office's work; closed ones
 * follow, the latest due first, as a record of what was handled.
 */
export function listReferrals(db: Executor, f: ReferralFilter, limit: number) {
  const open = sql`i.status in ('planned', 'in_progress')`;
  return itemBase(db)
    .where(referred(f))
    .orderBy(sql`${open} desc`)
    .orderBy(sql`case when ${open} then i.due_date end nulls last`)
    .orderBy(sql`i.due_date desc nulls last`)
    .orderBy('i.id')
    .limit(limit)
    .execute();
}

export async function countReferrals(db: Executor, f: ReferralFilter) {
  const row = await db
    .selectFrom('interventions as i')
    .innerJoin('businesses as b', 'b.id', 'i.business_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(referred(f))
    .executeTakeFirstOrThrow();
  return row.n;
}

/** One referral with what the office needs: business, products, area, the owner's first name and phone. */
export function findReferral(db: Executor, id: number, f: ReferralFilter) {
  return itemBase(db)
    .innerJoin('areas as kec', 'kec.code', 'b.kecamatan_code')
    .innerJoin('people as p', 'p.id', 'b.owner_id')
    .select([
      'i.description',
      'i.outcome',
      'i.version',
      'b.products',
      'kec.name as kecamatan_name',
      'p.name as owner_name',
      'p.phone as owner_phone',
    ])
    .where('i.id', '=', id)
    .where(referred({ ...f, status: undefined, overdue: undefined }))
    .executeTakeFirst();
}

/** Interventions by pillar × status in an area, with the overdue ones counted on their own. */
export function summary(db: Executor, scope: string, today: string) {
  return db
    .selectFrom('interventions as i')
    .innerJoin('businesses as b', 'b.id', 'i.business_id')
    .innerJoin('roadmaps as r', 'r.id', 'i.roadmap_id')
    .select(['i.pillar', 'i.status'])
    .select((eb) => [
      eb.fn.countAll<number>().as('count'),
      sql<number>`count(*) filter (where i.status in ('planned', 'in_progress') and i.due_date < ${today})`.as(
        'overdue',
      ),
    ])
    .where(inScope('b.kelurahan_code', scope))
    .where('r.closed_at', 'is', null)
    .groupBy(['i.pillar', 'i.status'])
    .orderBy('i.pillar')
    .orderBy('i.status')
    .execute();
}
