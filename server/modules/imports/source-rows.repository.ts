import { sql } from 'kysely';
import { bulkInsert } from '../../db/bulk.ts';
import { inScope } from '../../db/scope.ts';
import type { Executor } from '../../db/transaction.ts';

export type NewSourceRow = {
  import_id: number;
  sheet_row: number;
  raw: unknown[];
  normalised: unknown;
  issues: unknown[];
  status: 'ok' | 'warning' | 'rejected';
  row_hash: string | null;
};

export async function deleteRowsOf(db: Executor, importId: number) {
  await db.deleteFrom('source_rows').where('import_id', '=', importId).execute();
}

const SOURCE_ROW_COLUMNS = [
  'import_id',
  'sheet_row',
  'raw',
  'normalised',
  'issues',
  'status',
  'row_hash',
] as const;

export async function insertRows(db: Executor, rows: NewSourceRow[]) {
  await bulkInsert(db, 'source_rows', SOURCE_ROW_COLUMNS, rows);
}

/** The accepted rows of an import in sheet order, a page after the given sheet row. */
export function acceptedRows(db: Executor, importId: number, afterRow: number, limit: number) {
  return db
    .selectFrom('source_rows')
    .select(['id', 'sheet_row', 'normalised', 'row_hash', 'status'])
    .where('import_id', '=', importId)
    .where('status', '<>', 'rejected')
    .where('sheet_row', '>', afterRow)
    .orderBy('sheet_row')
    .limit(limit)
    .execute();
}

/** Rows imported before with the same values: the same records, nothing new. */
export async function linkedByHash(db: Executor, hashes: string[]) {
  if (!hashes.length) return new Map<string, { personId: number; businessId: number }>();
  const rows = await db
    .selectFrom('source_rows')
    .select(['row_hash', 'person_id', 'business_id'])
    // One array parameter: a 100k-row import would pass the wire protocol's limit of parameters.
    .where(sql<boolean>`row_hash = any(${hashes}::text[])`)
    .where('person_id', 'is not', null)
    .where('business_id', 'is not', null)
    .execute();
  return new Map(
    rows.map((r) => [
      r.row_hash as string,
      { personId: r.person_id as number, businessId: r.business_id as number },
    ]),
  );
}

export type RowLink = {
  id: number;
  personId: number;
  businessId: number;
  personScore: number | null;
  businessScore: number | null;
};

export async function setLinks(db: Executor, links: RowLink[]) {
  if (!links.length) return;
  await sql`update source_rows s set person_id = v."personId", business_id = v."businessId",
      person_score = v."personScore", business_score = v."businessScore"
    from json_to_recordset(${JSON.stringify(links)}::json)
      as v (id bigint, "personId" bigint, "businessId" bigint, "personScore" real, "businessScore" real)
    where s.id = v.id`.execute(db);
}

export function listRows(
  db: Executor,
  importId: number,
  f: { status?: string; afterRow?: number; limit: number },
) {
  return db
    .selectFrom('source_rows')
    .select([
      'sheet_row',
      'status',
      'issues',
      'raw',
      'person_id',
      'business_id',
      'person_score',
      'business_score',
    ])
    .where('import_id', '=', importId)
    .$if(!!f.status, (q) => q.where('status', '=', f.status as 'ok'))
    .$if(f.afterRow !== undefined, (q) => q.where('sheet_row', '>', f.afterRow as number))
    .orderBy('sheet_row')
    .limit(f.limit)
    .execute();
}

export function rowVerdicts(db: Executor, importId: number) {
  return db
    .selectFrom('source_rows')
    .select(['sheet_row', 'status', 'issues'])
    .where('import_id', '=', importId)
    .orderBy('sheet_row')
    .execute();
}

/** Every source row of the committed imports (a re-import of the same file counted once), for export. */
export function exportRows(db: Executor, scope: string) {
  return db
    .selectFrom('source_rows as r')
    .innerJoin('imports as i', 'i.id', 'r.import_id')
    .select([
      'i.file_name',
      'r.sheet_row',
      'r.status',
      'r.issues',
      'r.person_id',
      'r.business_id',
      'i.id as import_id',
    ])
    .where('i.state', '=', 'committed')
    .where(sql<boolean>`not (i.counts ? 'duplicateOf')`)
    .where(inScope('i.scope', scope))
    .orderBy('i.id')
    .orderBy('r.sheet_row');
}

/** What each source said about a record: the provenance of its fields. */
export function rowsOfRecord(db: Executor, kind: 'person' | 'business', id: number) {
  return db
    .selectFrom('source_rows as r')
    .innerJoin('imports as i', 'i.id', 'r.import_id')
    .innerJoin('import_sources as s', 's.id', 'i.source_id')
    .select([
      'r.id',
      'r.sheet_row',
      'r.normalised',
      'i.id as import_id',
      'i.file_name',
      'i.committed_at',
      's.name as source_name',
    ])
    .where(kind === 'person' ? 'r.person_id' : 'r.business_id', '=', id)
    .where('i.state', '=', 'committed')
    .orderBy('i.committed_at')
    .orderBy('r.sheet_row')
    .limit(200)
    .execute();
}
