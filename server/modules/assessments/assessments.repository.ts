import { type Insertable, sql } from 'kysely';
import type { AssessmentsTable, NeedsTable } from '../../db/schema-assessments.ts';
import { inScope } from '../../db/scope.ts';
import type { Executor } from '../../db/transaction.ts';

export function listRubrics(db: Executor) {
  return db
    .selectFrom('rubrics as r')
    .selectAll('r')
    .select(
      sql<number>`(select count(*)::int from assessments a where a.rubric_version = r.version)`.as(
        'assessments',
      ),
    )
    .orderBy('r.version', 'desc')
    .execute();
}

export function findRubric(db: Executor, version: number) {
  return db.selectFrom('rubrics').selectAll().where('version', '=', version).executeTakeFirst();
}

export function currentRubric(db: Executor) {
  return db.selectFrom('rubrics').selectAll().orderBy('version', 'desc').limit(1).executeTakeFirstOrThrow();
}

/** The next version under a lock of the table, so two admins saving at once get 2 and 3, not 2 twice. */
export async function insertRubric(
  db: Executor,
  r: { dimensions: unknown; cutPoints: [number, number]; note: string | null; createdBy: string },
) {
  await sql`lock table rubrics in share row exclusive mode`.execute(db);
  const { rows } = await sql<{ version: number }>`
    insert into rubrics (version, dimensions, cut_points, note, created_by)
    select coalesce(max(version), 0) + 1, ${JSON.stringify(r.dimensions)}::jsonb, ${r.cutPoints}::integer[],
      ${r.note}, ${r.createdBy}
    from rubrics returning version`.execute(db);
  return (rows[0] as { version: number }).version;
}

export function lockBusinessLevel(db: Executor, id: number) {
  return db
    .selectFrom('businesses')
    .select(['id', 'ir_level', 'ir_level_since', 'kelurahan_code', 'kecamatan_code'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function setBusinessLevel(db: Executor, id: number, level: number, since: string) {
  return db
    .updateTable('businesses')
    .set({ ir_level: level, ir_level_since: since })
    .where('id', '=', id)
    .execute();
}

export function lastAssessedOn(db: Executor, businessId: number) {
  return latestAssessment(db, businessId).then((r) => r?.assessed_on ?? null);
}

export function latestAssessment(db: Executor, businessId: number) {
  return db
    .selectFrom('assessments')
    .select(['rubric_version', 'answers', 'assessed_on'])
    .where('business_id', '=', businessId)
    .orderBy('assessed_on', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertAssessment(db: Executor, row: Insertable<AssessmentsTable>) {
  return db.insertInto('assessments').values(row).returningAll().executeTakeFirstOrThrow();
}

export function insertLevelEvent(
  db: Executor,
  e: {
    business_id: number;
    assessment_id: number;
    from_level: number | null;
    to_level: number;
    occurred_on: string;
    kelurahan_code: string;
    kecamatan_code: string;
  },
) {
  return db.insertInto('level_events').values(e).returningAll().executeTakeFirstOrThrow();
}

export function listAssessments(db: Executor, businessId: number) {
  return db
    .selectFrom('assessments as a')
    .innerJoin('rubrics as r', 'r.version', 'a.rubric_version')
    .selectAll('a')
    .select('r.dimensions')
    .where('a.business_id', '=', businessId)
    .orderBy('a.assessed_on', 'desc')
    .orderBy('a.id', 'desc')
    .limit(100)
    .execute();
}

export function listLevelEvents(db: Executor, businessId: number) {
  return db
    .selectFrom('level_events')
    .selectAll()
    .where('business_id', '=', businessId)
    .orderBy('occurred_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export function listNeeds(db: Executor, businessId: number) {
  return db
    .selectFrom('needs')
    .selectAll()
    .where('business_id', '=', businessId)
    .orderBy(sql`case status when 'open' then 0 else 1 end`)
    .orderBy(sql`case priority when 'tinggi' then 0 when 'sedang' then 1 else 2 end`)
    .orderBy('id')
    .execute();
}

export function insertNeeds(db: Executor, rows: Insertable<NeedsTable>[]) {
  if (!rows.length) return Promise.resolve([]);
  return db.insertInto('needs').values(rows).returningAll().execute();
}

export function lockNeed(db: Executor, id: number) {
  return db.selectFrom('needs').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function updateNeed(
  db: Executor,
  id: number,
  patch: Partial<Pick<NeedsTable, 'pillar' | 'title' | 'priority' | 'note'>> & {
    status?: string;
    updated_by: string;
  },
) {
  return db
    .updateTable('needs')
    .set({ ...patch, version: sql`version + 1`, updated_at: sql`now()` as never })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Naik / turun kelas per period and kecamatan (events that start from a level, within the scope). */
export async function levelSteps(
  db: Executor,
  scope: string,
  f: { period: 'month' | 'year'; from: string; to: string },
) {
  const key =
    f.period === 'month' ? sql`to_char(e.occurred_on, 'YYYY-MM')` : sql`to_char(e.occurred_on, 'YYYY')`;
  const { rows } = await sql<{
    period: string;
    kecamatan_code: string;
    kecamatan_name: string;
    naik: number;
    turun: number;
  }>`
    select ${key} as period, e.kecamatan_code, k.name as kecamatan_name,
      count(*) filter (where e.to_level > e.from_level)::int as naik,
      count(*) filter (where e.to_level < e.from_level)::int as turun
    from level_events e join areas k on k.code = e.kecamatan_code
    where e.from_level is not null and ${inScope('e.kelurahan_code', scope)}
      and e.occurred_on between ${f.from}::date and ${f.to}::date
    group by 1, 2, 3 order by 1, 2`.execute(db);
  return rows;
}

/** Active micro home industries per kecamatan and current level (null: not assessed). */
export async function levelCounts(db: Executor, scope: string) {
  const { rows } = await sql<{ kecamatan_code: string; level: number | null; n: number }>`
    select b.kecamatan_code, b.ir_level as level, count(*)::int as n
    from businesses b
    where ${inScope('b.kelurahan_code', scope)} and b.status = 'active' and b.home_industry
      and (b.size_class is null or b.size_class = 'mikro')
    group by 1, 2`.execute(db);
  return rows;
}

/** UU PDP erasure: free-text notes about the erased owner's businesses go; scores and levels stay as figures. */
export async function clearNotes(db: Executor, businessIds: number[]) {
  if (!businessIds.length) return;
  await db
    .updateTable('assessments')
    .set({
      notes: null,
      override_reason: sql`case when override_reason is null then null else '(dihapus atas permintaan)' end`,
    })
    .where('business_id', 'in', businessIds)
    .execute();
  await db.updateTable('needs').set({ note: null }).where('business_id', 'in', businessIds).execute();
}
