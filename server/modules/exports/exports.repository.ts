import { type Selectable, sql } from 'kysely';
import type { Database } from '../../db/connection.ts';
import type { ExportsTable } from '../../db/schema-imports.ts';
import type { Executor } from '../../db/transaction.ts';
import { type BusinessFilter, businessMatches } from '../businesses/businesses.repository.ts';

export type ExportFilter = Omit<BusinessFilter, 'after' | 'limit'>;
export type ExportRecord = Selectable<ExportsTable>;

const VALID_PERMIT = sql`(pm.expires_on is null or pm.expires_on >= current_date)`;

function base(db: Executor, scope: string, f: ExportFilter) {
  return db
    .selectFrom('businesses as b')
    .innerJoin('people as p', 'p.id', 'b.owner_id')
    .innerJoin('areas as kel', 'kel.code', 'b.kelurahan_code')
    .innerJoin('areas as kec', 'kec.code', 'b.kecamatan_code')
    .where(businessMatches(scope, f));
}

/** One keyset page of the rows an export writes, in id order. */
export function exportPage(db: Executor, scope: string, f: ExportFilter, afterId: number, limit: number) {
  return base(db, scope, f)
    .select([
      'b.id',
      'b.name',
      'b.products',
      'b.home_industry',
      'b.sector',
      'b.kbli_code',
      'b.size_class',
      'b.status',
      'b.street',
      'b.rt',
      'b.rw',
      'b.year_started',
      'b.workers_total',
      'b.workers_women',
      'b.monthly_turnover',
      'b.capital',
      'p.name as owner_name',
      'p.nik',
      'p.gender',
      'p.birth_date',
      'p.krtp',
      'p.phone',
      'kel.name as kelurahan_name',
      'kec.name as kecamatan_name',
      sql<string[]>`array(select pm.type || ':' || pm.number from permits pm
        where pm.business_id = b.id and ${VALID_PERMIT} order by pm.type, pm.number)`.as('permits'),
    ])
    .where('b.id', '>', afterId)
    .orderBy('b.id')
    .limit(limit)
    .execute();
}
export type ExportRow = Awaited<ReturnType<typeof exportPage>>[number];

export async function countExportRows(db: Executor, scope: string, f: ExportFilter) {
  const r = await base(db, scope, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

const withJob = (db: Executor) =>
  db
    .selectFrom('exports as e')
    .leftJoin('jobs as j', 'j.id', 'e.job_id')
    .selectAll('e')
    .select(['j.state as job_state', 'j.progress_done', 'j.progress_total', 'j.error as job_error']);
export type ExportWithJob = Awaited<ReturnType<ReturnType<typeof withJob>['execute']>>[number];

/** One export of one user (exports are personal: nobody else sees or downloads them). */
export function findOwnExport(db: Executor, id: number, userId: number) {
  return withJob(db).where('e.id', '=', id).where('e.created_by_id', '=', userId).executeTakeFirst();
}

export function listOwnExports(db: Executor, userId: number, limit = 20) {
  return withJob(db).where('e.created_by_id', '=', userId).orderBy('e.id', 'desc').limit(limit).execute();
}

export function findExport(db: Executor, id: number) {
  return db.selectFrom('exports').selectAll().where('id', '=', id).executeTakeFirst();
}

export function insertExport(
  db: Executor,
  row: Omit<
    ExportRecord,
    'id' | 'created_at' | 'row_count' | 'size' | 'finished_at' | 'deleted_at' | 'filter'
  > & {
    filter: string;
  },
) {
  return db.insertInto('exports').values(row).returning('id').executeTakeFirstOrThrow();
}

export function updateExport(
  db: Executor,
  id: number,
  patch: Partial<Pick<ExportRecord, 'job_id' | 'row_count' | 'size' | 'finished_at' | 'deleted_at'>>,
) {
  return db.updateTable('exports').set(patch).where('id', '=', id).execute();
}

/** Exports past their time whose file is still to be deleted. */
export function expiredExports(db: Database) {
  return db
    .selectFrom('exports')
    .select(['id', 'format'])
    .where('deleted_at', 'is', null)
    .where('expires_at', '<', sql<Date>`now()`)
    .execute();
}
