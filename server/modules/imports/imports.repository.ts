import { sql } from 'kysely';
import type { ImportState } from '../../db/schema-imports.ts';
import { inScope } from '../../db/scope.ts';
import type { Executor } from '../../db/transaction.ts';

export async function upsertSource(db: Executor, name: string) {
  const found = await db
    .selectFrom('import_sources')
    .selectAll()
    .where(sql<string>`lower(btrim(name))`, '=', name.trim().toLowerCase())
    .executeTakeFirst();
  if (found) return found;
  return db
    .insertInto('import_sources')
    .values({ name: name.trim(), updated_at: sql`now()` as never })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function listSources(db: Executor) {
  return db.selectFrom('import_sources').selectAll().orderBy('name').execute();
}

export async function saveSourceMapping(
  db: Executor,
  id: number,
  mapping: { header: string; field: string | null }[],
) {
  await db
    .updateTable('import_sources')
    .set({ mapping: JSON.stringify(mapping), updated_at: sql`now()` as never })
    .where('id', '=', id)
    .execute();
}

export async function saveFile(db: Executor, sha256: string, bytes: Buffer) {
  await db
    .insertInto('import_files')
    .values({ sha256, bytes, size: bytes.length })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
}

export async function readFile(db: Executor, sha256: string) {
  const row = await db
    .selectFrom('import_files')
    .select('bytes')
    .where('sha256', '=', sha256)
    .executeTakeFirst();
  return row?.bytes ?? null;
}

type NewImport = {
  source_id: number;
  file_sha256: string;
  file_name: string;
  file_type: 'xlsx' | 'ods' | 'csv';
  sheets: string;
  sheet_index: number;
  header_row: number | null;
  first_data_row: number | null;
  mapping: string;
  counts: string;
  scope: string;
  created_by_id: number | null;
  created_by: string;
};

export async function insertImport(db: Executor, row: NewImport) {
  const r = await db.insertInto('imports').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

const withSource = (db: Executor) =>
  db
    .selectFrom('imports as i')
    .innerJoin('import_sources as s', 's.id', 'i.source_id')
    .leftJoin('jobs as j', 'j.id', 'i.job_id')
    .selectAll('i')
    .select(['s.name as source_name', 'j.progress_done', 'j.progress_total', 'j.state as job_state']);

export function findImport(db: Executor, id: number, scope: string) {
  return withSource(db).where('i.id', '=', id).where(inScope('i.scope', scope)).executeTakeFirst();
}
export type ImportWithSource = NonNullable<Awaited<ReturnType<typeof findImport>>>;

export function listImports(db: Executor, scope: string, limit: number) {
  return withSource(db).where(inScope('i.scope', scope)).orderBy('i.id', 'desc').limit(limit).execute();
}

export function lockImport(db: Executor, id: number) {
  return db.selectFrom('imports').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function updateImport(
  db: Executor,
  id: number,
  patch: Partial<{
    state: ImportState;
    sheet_index: number;
    header_row: number | null;
    first_data_row: number | null;
    mapping: string | null;
    mode: 'valid_rows' | 'all_or_nothing';
    counts: string;
    job_id: number;
    error: string | null;
    validated_at: unknown;
    committed_at: unknown;
  }>,
) {
  await db
    .updateTable('imports')
    .set(patch as never)
    .where('id', '=', id)
    .execute();
}

/** An earlier committed import of the very same file (any source): re-importing it creates nothing. */
/** An earlier committed import of the same sheet of the same file. */
export function committedTwin(db: Executor, sha256: string, sheetIndex: number, beforeId: number) {
  return db
    .selectFrom('imports')
    .select(['id', 'committed_at'])
    .where('file_sha256', '=', sha256)
    .where('sheet_index', '=', sheetIndex)
    .where('state', '=', 'committed')
    .where('id', '<', beforeId)
    .orderBy('id')
    .executeTakeFirst();
}

export function findImportRow(db: Executor, id: number) {
  return db.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirst();
}
