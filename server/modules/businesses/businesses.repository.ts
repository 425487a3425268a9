import { type Expression, type SqlBool, sql } from 'kysely';
import type { BusinessPatch, NewBusiness } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import type { Executor } from '../../db/transaction.ts';

const VALID_PERMIT = sql`(pm.expires_on is null or pm.expires_on >= current_date)`;

const listBase = (db: Executor) =>
  db
    .selectFrom('businesses as b')
    .innerJoin('people as p', 'p.id', 'b.owner_id')
    .innerJoin('areas as kel', 'kel.code', 'b.kelurahan_code')
    .innerJoin('areas as kec', 'kec.code', 'b.kecamatan_code')
    .select([
      'b.id',
      'b.name',
      'b.home_industry',
      'b.sector',
      'b.kbli_code',
      'b.size_class',
      'b.status',
      'p.name as owner_name',
      'p.nik as owner_nik',
      'p.krtp',
      'kel.name as kelurahan_name',
      'kec.name as kecamatan_name',
      sql<
        string[]
      >`array(select distinct pm.type from permits pm where pm.business_id = b.id and ${VALID_PERMIT} order by 1)`.as(
        'permits',
      ),
    ]);

export type BusinessListRow = Awaited<ReturnType<ReturnType<typeof listBase>['execute']>>[number] & {
  rank?: number;
};

/** Filters of the businesses list, after the query strings are parsed. */
export type BusinessFilter = {
  q?: string;
  kecamatan?: string;
  kelurahan?: string;
  sector?: string;
  kbli?: string;
  krtp?: boolean;
  homeIndustry?: boolean;
  permit?: string;
  permitMissing?: string;
  level?: '1' | '2' | '3' | 'none';
  sizeClass?: string;
  status?: string;
  ownerId?: number;
  micro?: boolean;
  flow?: 'registered' | 'naik' | 'permit' | 'programme';
  from?: string;
  to?: string;
  after?: { rank: number | null; id: number };
  limit: number;
};

/**
 * The list's filter as one condition over `businesses b` joined with its owner `people p`, within the scope;
 * owners whose processing is restricted or whose data was erased are left out unless `withRestricted`.
 */
export function businessMatches(
  scope: string,
  f: Omit<BusinessFilter, 'after' | 'limit'>,
  withRestricted = false,
): Expression<SqlBool> {
  const c: Expression<SqlBool>[] = [inScope('b.kelurahan_code', scope)];
  if (!withRestricted) c.push(sql<SqlBool>`p.processing_restricted_at is null and p.erased_at is null`);
  if (f.q) c.push(sql<SqlBool>`${f.q} <% b.search_text`);
  if (f.kelurahan) c.push(sql<SqlBool>`b.kelurahan_code = ${f.kelurahan}`);
  if (f.kecamatan) c.push(sql<SqlBool>`b.kecamatan_code = ${f.kecamatan}`);
  if (f.sector) c.push(sql<SqlBool>`b.sector = ${f.sector}`);
  if (f.kbli) c.push(sql<SqlBool>`b.kbli_code like ${`${f.kbli}%`}`);
  if (f.krtp !== undefined) c.push(sql<SqlBool>`b.owner_krtp = ${f.krtp}`);
  if (f.homeIndustry !== undefined) c.push(sql<SqlBool>`b.home_industry = ${f.homeIndustry}`);
  if (f.sizeClass) c.push(sql<SqlBool>`b.size_class = ${f.sizeClass}`);
  if (f.status) c.push(sql<SqlBool>`b.status = ${f.status}`);
  if (f.ownerId) c.push(sql<SqlBool>`b.owner_id = ${f.ownerId}`);
  if (f.permit === 'NONE') {
    c.push(
      sql<SqlBool>`not exists (select 1 from permits pm where pm.business_id = b.id and ${VALID_PERMIT})`,
    );
  } else if (f.permit) {
    c.push(
      sql<SqlBool>`exists (select 1 from permits pm where pm.business_id = b.id and pm.type = ${f.permit} and ${VALID_PERMIT})`,
    );
  }
  if (f.level === 'none') c.push(sql<SqlBool>`b.ir_level is null`);
  else if (f.level) c.push(sql<SqlBool>`b.ir_level = ${Number(f.level)}`);
  if (f.permitMissing) {
    c.push(
      sql<SqlBool>`not exists (select 1 from permits pm where pm.business_id = b.id and pm.type = ${f.permitMissing} and ${VALID_PERMIT})`,
    );
  }
  if (f.micro !== undefined) {
    const micro = sql<SqlBool>`(b.size_class is null or b.size_class = 'mikro')`;
    c.push(f.micro ? micro : sql<SqlBool>`not ${micro}`);
  }
  if (f.flow) c.push(flowMatches(f.flow, f.from ?? '1900-01-01', f.to ?? '9999-12-31'));
  return sql<SqlBool>`(${sql.join(c, sql` and `)})`;
}

/** Businesses with an event of the flow within the period (Jakarta dates), as the dashboard counts them. */
function flowMatches(
  flow: NonNullable<BusinessFilter['flow']>,
  from: string,
  to: string,
): Expression<SqlBool> {
  const between = (col: string) => sql`${sql.raw(col)} between ${from}::date and ${to}::date`;
  switch (flow) {
    case 'registered':
      return sql<SqlBool>`${between("(b.created_at at time zone 'Asia/Jakarta')::date")}`;
    case 'naik':
      return sql<SqlBool>`exists (select 1 from level_events e where e.business_id = b.id
        and e.to_level > e.from_level and ${between('e.occurred_on')})`;
    case 'permit':
      return sql<SqlBool>`exists (select 1 from permits pm where pm.business_id = b.id and ${between('pm.issued_on')})`;
    case 'programme':
      return sql<SqlBool>`exists (select 1 from session_participants sp
        join programme_sessions s on s.id = sp.session_id where sp.business_id = b.id and sp.status = 'enrolled'
        and ${between("(s.starts_at at time zone 'Asia/Jakarta')::date")})`;
  }
}

/**
 * How many businesses the list's filter matches (the list's total), and how many more it matches that the
 * list hides because their owner withdrew consent or was erased (the dashboard's aggregates count them).
 */
export async function countBusinesses(
  db: Executor,
  scope: string,
  f: BusinessFilter,
): Promise<{ total: number; hidden: number }> {
  const hidden = sql<SqlBool>`(p.processing_restricted_at is not null or p.erased_at is not null)`;
  const { rows } = await sql<{ total: number; hidden: number }>`
    select count(*) filter (where not ${hidden})::int as total, count(*) filter (where ${hidden})::int as hidden
    from businesses b join people p on p.id = b.owner_id
    where ${businessMatches(scope, f, true)}`.execute(db);
  return rows[0] ?? { total: 0, hidden: 0 };
}

/** Keyset page; with q, ranked by trigram word similarity on the normalised name and products. */
export function listBusinesses(db: Executor, scope: string, f: BusinessFilter): Promise<BusinessListRow[]> {
  const rank = f.q ? sql<number>`word_similarity(${f.q}, b.search_text)` : null;
  let q = listBase(db).where(businessMatches(scope, f));
  if (rank) q = q.select(rank.as('rank'));
  if (f.after && rank) q = q.where(sql<boolean>`(${rank}, b.id) < (${f.after.rank}::real, ${f.after.id})`);
  else if (f.after) q = q.where('b.id', '<', f.after.id);
  if (rank) q = q.orderBy(rank, 'desc');
  return q
    .orderBy('b.id', 'desc')
    .limit(f.limit + 1)
    .execute();
}

export function listBusinessesOfOwner(db: Executor, ownerId: number, scope: string) {
  return listBase(db)
    .where('b.owner_id', '=', ownerId)
    .where(inScope('b.kelurahan_code', scope))
    .orderBy('b.id')
    .execute();
}

export function findBusiness(db: Executor, id: number) {
  return db
    .selectFrom('businesses as b')
    .innerJoin('areas as kel', 'kel.code', 'b.kelurahan_code')
    .innerJoin('areas as kec', 'kec.code', 'b.kecamatan_code')
    .selectAll('b')
    .select(['kel.name as kelurahan_name', 'kec.name as kecamatan_name'])
    .where('b.id', '=', id)
    .executeTakeFirst();
}

export function lockBusiness(db: Executor, id: number) {
  return db.selectFrom('businesses').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function insertBusiness(db: Executor, row: NewBusiness): Promise<number> {
  const { id } = await db.insertInto('businesses').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** Keeps the businesses' copy of the owner's KRTP flag in step with the owner. */
export function setOwnerKrtp(db: Executor, ownerId: number, krtp: boolean) {
  return db.updateTable('businesses').set({ owner_krtp: krtp }).where('owner_id', '=', ownerId).execute();
}

export function updateBusiness(db: Executor, id: number, patch: BusinessPatch) {
  return db
    .updateTable('businesses')
    .set({ ...patch, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

/** A business picked from the list's filter, flagged when its owner may not be processed or it is already in. */
export type Candidate = {
  id: number;
  name: string;
  kelurahan_name: string;
  restricted: boolean;
  already_in: boolean;
};

/**
 * The businesses a filter matches (a session's enrolment, an exhibition's invitations), in a stable order
 * (by id); `alreadyIn` is the caller's condition on `b` for those already enrolled or invited.
 */
export function pickCandidates(
  db: Executor,
  match: Expression<SqlBool>,
  alreadyIn: Expression<SqlBool>,
  limit: number,
) {
  return db
    .selectFrom('businesses as b')
    .innerJoin('people as p', 'p.id', 'b.owner_id')
    .innerJoin('areas as kel', 'kel.code', 'b.kelurahan_code')
    .select([
      'b.id',
      'b.name',
      'kel.name as kelurahan_name',
      sql<boolean>`(p.processing_restricted_at is not null or p.erased_at is not null)`.as('restricted'),
      sql<boolean>`${alreadyIn}`.as('already_in'),
    ])
    .where(match)
    .orderBy('b.id')
    .limit(limit)
    .execute() as Promise<Candidate[]>;
}

/** How many businesses a filter matches that are not yet in, and how many already are. */
export async function countCandidates(
  db: Executor,
  match: Expression<SqlBool>,
  alreadyIn: Expression<SqlBool>,
) {
  const row = await db
    .selectFrom('businesses as b')
    .innerJoin('people as p', 'p.id', 'b.owner_id')
    .select([
      sql<number>`count(*) filter (where not ${alreadyIn})::int`.as('fresh'),
      sql<number>`count(*)::int`.as('total'),
    ])
    .where(match)
    .executeTakeFirstOrThrow();
  return { fresh: row.fresh, alreadyIn: row.total - row.fresh };
}

/** What a filter would add: how many are new, how many already in, and the first 20 new ones by name. */
export async function previewCandidates(
  db: Executor,
  match: Expression<SqlBool>,
  alreadyIn: Expression<SqlBool>,
) {
  const [counts, rows] = await Promise.all([
    countCandidates(db, match, alreadyIn),
    pickCandidates(db, match, alreadyIn, 200),
  ]);
  return {
    count: counts.fresh,
    alreadyIn: counts.alreadyIn,
    preview: rows
      .filter((r) => !r.already_in)
      .slice(0, 20)
      .map((r) => ({ id: r.id, name: r.name, kelurahanName: r.kelurahan_name })),
  };
}
