import { type ExpressionBuilder, type Insertable, sql, type Updateable } from 'kysely';
import type {
  BreachesTable,
  DB,
  HistoryChange,
  LegalBasesTable,
  SubjectRequestsTable,
} from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import type { Executor } from '../../db/transaction.ts';

// ---- legal bases -------------------------------------------------------------------------------

export function listLegalBases(db: Executor, personId: number) {
  return db
    .selectFrom('legal_bases')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('id', 'desc')
    .execute();
}

export async function insertLegalBasis(db: Executor, row: Insertable<LegalBasesTable>) {
  const { id } = await db.insertInto('legal_bases').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** The current basis (latest row), locked for a withdrawal. */
export function lockLatestLegalBasis(db: Executor, personId: number) {
  return db
    .selectFrom('legal_bases')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('id', 'desc')
    .limit(1)
    .forUpdate()
    .executeTakeFirst();
}

export function updateLegalBasis(db: Executor, id: number, patch: Updateable<LegalBasesTable>) {
  return db.updateTable('legal_bases').set(patch).where('id', '=', id).execute();
}

/** Restriction on (a time) or off (null): the people and business lists filter on it. */
export function setProcessingRestricted(db: Executor, personId: number, on: boolean) {
  return db
    .updateTable('people')
    .set({
      processing_restricted_at: on ? sql`coalesce(processing_restricted_at, now())` : null,
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', personId)
    .execute();
}

// ---- subject requests --------------------------------------------------------------------------

/** The people rule of area scope: she lives in the scope or runs a business there. */
function personInScope(eb: ExpressionBuilder<DB & { p: DB['people'] }, 'p'>, scope: string) {
  return eb.or([
    inScope('p.kelurahan_code', scope),
    eb.exists(
      eb
        .selectFrom('businesses as b')
        .select('b.id')
        .whereRef('b.owner_id', '=', 'p.id')
        .where(inScope('b.kelurahan_code', scope)),
    ),
  ]);
}

const requestsWithPerson = (db: Executor) =>
  db
    .selectFrom('subject_requests as r')
    .innerJoin('people as p', 'p.id', 'r.person_id')
    .selectAll('r')
    .select(['p.name as person_name', sql<boolean>`r.status = 'open' and r.due_at < now()`.as('overdue')]);

export type SubjectRequestWithPerson = Awaited<
  ReturnType<ReturnType<typeof requestsWithPerson>['executeTakeFirstOrThrow']>
>;

export type RequestFilter = {
  scope: string;
  status?: string;
  kind?: string;
  overdue?: boolean;
  personId?: number;
  beforeId?: number;
  limit: number;
};

export function listSubjectRequests(db: Executor, f: RequestFilter) {
  let q = requestsWithPerson(db).where((eb) => personInScope(eb, f.scope));
  if (f.status) q = q.where('r.status', '=', f.status as 'open');
  if (f.kind) q = q.where('r.kind', '=', f.kind as 'access');
  if (f.personId) q = q.where('r.person_id', '=', f.personId);
  if (f.overdue !== undefined) {
    const late = sql<boolean>`(r.status = 'open' and r.due_at < now())`;
    q = q.where(f.overdue ? late : sql<boolean>`not ${late}`);
  }
  if (f.beforeId) q = q.where('r.id', '<', f.beforeId);
  return q
    .orderBy('r.id', 'desc')
    .limit(f.limit + 1)
    .execute();
}

export function findSubjectRequest(db: Executor, id: number) {
  return requestsWithPerson(db).where('r.id', '=', id).executeTakeFirst();
}

export function lockSubjectRequest(db: Executor, id: number) {
  return db.selectFrom('subject_requests').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function insertSubjectRequest(db: Executor, row: Insertable<SubjectRequestsTable>) {
  const { id } = await db
    .insertInto('subject_requests')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export function updateSubjectRequest(db: Executor, id: number, patch: Updateable<SubjectRequestsTable>) {
  return db.updateTable('subject_requests').set(patch).where('id', '=', id).execute();
}

// ---- breaches ----------------------------------------------------------------------------------

export function listBreaches(db: Executor) {
  return db
    .selectFrom('breaches')
    .selectAll()
    .orderBy('discovered_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export function lockBreach(db: Executor, id: number) {
  return db.selectFrom('breaches').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function insertBreach(db: Executor, row: Insertable<BreachesTable>) {
  const { id } = await db.insertInto('breaches').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export function updateBreach(db: Executor, id: number, patch: Updateable<BreachesTable>) {
  return db
    .updateTable('breaches')
    .set({ ...patch, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

// ---- everything held about one person ----------------------------------------------------------

/** Every business she runs, wherever it lies: the subject's copy is complete. */
export function businessesOfOwner(db: Executor, ownerId: number) {
  return db
    .selectFrom('businesses as b')
    .innerJoin('areas as kel', 'kel.code', 'b.kelurahan_code')
    .innerJoin('areas as kec', 'kec.code', 'b.kecamatan_code')
    .selectAll('b')
    .select(['kel.name as kelurahan_name', 'kec.name as kecamatan_name'])
    .where('b.owner_id', '=', ownerId)
    .orderBy('b.id')
    .execute();
}

export function permitsOfBusinesses(db: Executor, businessIds: number[]) {
  if (!businessIds.length) return Promise.resolve([]);
  return db
    .selectFrom('permits')
    .selectAll()
    .where('business_id', 'in', businessIds)
    .orderBy('business_id')
    .orderBy('id')
    .execute();
}

/** Her own history entries and those of her businesses and their permits, oldest first. */
export function historyOfPerson(db: Executor, personId: number, businessIds: number[]) {
  return db
    .selectFrom('history')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb.and([eb('entity', '=', 'person'), eb('entity_id', '=', personId)]),
        ...(businessIds.length ? [eb('business_id', 'in', businessIds)] : []),
      ]),
    )
    .orderBy('at')
    .orderBy('id')
    .execute();
}

export function listRequestsOfPerson(db: Executor, personId: number) {
  return requestsWithPerson(db).where('r.person_id', '=', personId).orderBy('r.id').execute();
}

// ---- erasure -----------------------------------------------------------------------------------

export function erasePersonRow(db: Executor, personId: number, name: string) {
  return db
    .updateTable('people')
    .set({
      name,
      nik: null,
      phone: null,
      birth_date: null,
      street: null,
      rt: null,
      rw: null,
      education: null,
      household_size: null,
      search_text: '',
      erased_at: sql`now()`,
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', personId)
    .returning('erased_at')
    .executeTakeFirstOrThrow();
}

/**
 * Her businesses stay as anonymous statistics: area, sector, KBLI, size class, workers and status are
 * kept (the counted dimensions do not change); name, address, position, products and money are cleared.
 */
export function anonymiseBusinesses(db: Executor, ownerId: number) {
  return db
    .updateTable('businesses')
    .set({
      name: sql`'Usaha tanpa nama (ID ' || id || ')'`,
      street: null,
      rt: null,
      rw: null,
      latitude: null,
      longitude: null,
      products: null,
      monthly_turnover: null,
      capital: null,
      search_text: '',
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('owner_id', '=', ownerId)
    .returning('id')
    .execute();
}

/**
 * The imported rows her records came from keep their place (import, sheet row, status) and their links,
 * but none of her values: the cells become empty (as many as there were), and the normalised values, the
 * staged records and the issues (whose messages quote cells) are removed. The uploaded file itself is
 * kept as the office sent it, for its other rows: the annotated workbook and the preview made from it leave
 * the cells of the rows redacted here out (source-rows.repository.ts: accepted rows without normalised values).
 */
export async function redactSourceRows(db: Executor, personId: number) {
  const { numAffectedRows } = await sql`
    update source_rows s
    set raw = (select coalesce(json_agg(null::int), '[]'::json) from json_array_elements(s.raw)),
      normalised = null, records = null, issues = '[]'::json
    from source_row_links l where l.id = s.id and l.person_id = ${personId}`.execute(db);
  return Number(numAffectedRows ?? 0);
}

/** Permit numbers lead back to the person (NIB, P-IRT): replaced; type and dates stay for the counts. */
export function anonymisePermits(db: Executor, businessIds: number[]) {
  if (!businessIds.length) return Promise.resolve();
  return db
    .updateTable('permits')
    .set({ number: sql`'DIHAPUS-' || id`, version: sql`version + 1`, updated_at: sql`now()` })
    .where('business_id', 'in', businessIds)
    .execute();
}

export function setHistoryChanges(db: Executor, id: number, changes: HistoryChange) {
  return db
    .updateTable('history')
    .set({ changes: JSON.stringify(changes) })
    .where('id', '=', id)
    .execute();
}
