import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sql } from 'kysely';
import { from as copyFrom } from 'pg-copy-streams';
import { type Database, poolOf } from '../../db/connection.ts';
import { inScope } from '../../db/scope.ts';
import type { Executor } from '../../db/transaction.ts';
import { type JudgedBatch, STAGED_COLUMNS } from './row-verdicts.ts';

export async function deleteRowsOf(db: Executor, importId: number) {
  // Links exist only once an import is committed, which is never checked again; removed first all the same.
  await db
    .deleteFrom('source_row_links')
    .where('id', 'in', (q) => q.selectFrom('source_rows').select('id').where('import_id', '=', importId))
    .execute();
  await db.deleteFrom('source_rows').where('import_id', '=', importId).execute();
}

/**
 * One batch of staged rows, sent as the text of one COPY (row-verdicts.ts): PostgreSQL reads each value
 * once, as its column's type. Sent as one JSON array per column and split by json_array_elements, each
 * value was parsed twice: the bench file's dry run took 5.4–5.7 CPU-s of PostgreSQL instead of 4.4–4.5.
 * A batch is stored whole or not at all; a connection whose COPY failed is closed, not reused.
 */
export async function insertStagedRows(db: Database, b: JudgedBatch) {
  if (!b.rows) return;
  const pool = poolOf(db);
  if (!pool) throw new Error('staged rows are copied on a connection of their own, not in a transaction');
  const client = await pool.connect();
  let failed: Error | undefined;
  try {
    const stream = client.query(copyFrom(`copy source_rows (${STAGED_COLUMNS.join(', ')}) from stdin`));
    await pipeline(Readable.from([b.copy]), stream);
  } catch (e) {
    failed = e instanceof Error ? e : new Error(String(e));
    throw e;
  } finally {
    client.release(failed);
  }
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
    .selectFrom('source_row_links')
    .select(['row_hash', 'person_id', 'business_id'])
    // One array parameter: a 100k-row import would pass the wire protocol's limit of parameters. Of the
    // column's own type (char(64)): compared as text, the column is cast and its index goes unused.
    .where(sql<boolean>`row_hash = any(${hashes}::bpchar[])`)
    .execute();
  return new Map(
    rows.map((r) => [
      r.row_hash as string,
      { personId: Number(r.person_id), businessId: Number(r.business_id) },
    ]),
  );
}

export type RowLink = {
  /** The source row. */
  id: number;
  rowHash: string | null;
  personId: number;
  businessId: number;
  personScore: number | null;
  businessScore: number | null;
};

/**
 * The records each committed row became, inserted into their own narrow table: the wide staged rows (raw
 * cells, normalised values) are not rewritten.
 */
export async function insertLinks(db: Executor, links: readonly RowLink[]) {
  if (!links.length) return;
  await sql`insert into source_row_links (id, row_hash, person_id, business_id, person_score, business_score)
    select * from unnest(${links.map((l) => l.id)}::bigint[], ${links.map((l) => l.rowHash)}::bpchar[],
      ${links.map((l) => l.personId)}::bigint[], ${links.map((l) => l.businessId)}::bigint[],
      ${links.map((l) => l.personScore)}::real[], ${links.map((l) => l.businessScore)}::real[])`.execute(db);
}

export function listRows(
  db: Executor,
  importId: number,
  f: { status?: string; afterRow?: number; limit: number },
) {
  return db
    .selectFrom('source_rows as r')
    .leftJoin('source_row_links as l', 'l.id', 'r.id')
    .select([
      'r.sheet_row',
      'r.status',
      'r.issues',
      'r.raw',
      'l.person_id',
      'l.business_id',
      'l.person_score',
      'l.business_score',
    ])
    .where('r.import_id', '=', importId)
    .$if(!!f.status, (q) => q.where('r.status', '=', f.status as 'ok'))
    .$if(f.afterRow !== undefined, (q) => q.where('r.sheet_row', '>', f.afterRow as number))
    .orderBy('r.sheet_row')
    .limit(f.limit)
    .execute();
}

/**
 * A row whose person's data was erased (privacy.repository.ts redactSourceRows): accepted, yet without
 * normalised values, which an accepted row has otherwise.
 */
const ERASED = sql<boolean>`normalised is null and status <> 'rejected'`;

/** Each row's verdict, and whether its person's data was erased. */
export function rowVerdicts(db: Executor, importId: number) {
  return db
    .selectFrom('source_rows')
    .select(['sheet_row', 'status', 'issues', ERASED.as('erased')])
    .where('import_id', '=', importId)
    .orderBy('sheet_row')
    .execute();
}

/** Of the given sheet rows of an import, those whose person's data was erased. */
export async function erasedRows(db: Executor, importId: number, sheetRows: number[]) {
  if (!sheetRows.length) return new Set<number>();
  const rows = await db
    .selectFrom('source_rows')
    .select('sheet_row')
    .where('import_id', '=', importId)
    .where(sql<boolean>`sheet_row = any(${sheetRows}::int[])`)
    .where(ERASED)
    .execute();
  return new Set(rows.map((r) => r.sheet_row));
}

/** The erased rows of every import of one uploaded file, by the imported sheet's index. */
export async function erasedRowsOfFile(db: Executor, sha256: string) {
  const rows = await db
    .selectFrom('source_rows as r')
    .innerJoin('imports as i', 'i.id', 'r.import_id')
    .select(['i.sheet_index', 'r.sheet_row'])
    .where('i.file_sha256', '=', sha256)
    .where(ERASED)
    .execute();
  const bySheet = new Map<number, Set<number>>();
  for (const r of rows) {
    const sheet = bySheet.get(r.sheet_index) ?? new Set<number>();
    sheet.add(r.sheet_row);
    bySheet.set(r.sheet_index, sheet);
  }
  return { bySheet, rows: rows.length };
}

/** Every source row of the committed imports (a re-import of the same file counted once), for export. */
export function exportRows(db: Executor, scope: string) {
  return db
    .selectFrom('source_rows as r')
    .innerJoin('imports as i', 'i.id', 'r.import_id')
    .leftJoin('source_row_links as l', 'l.id', 'r.id')
    .select([
      'i.file_name',
      'r.sheet_row',
      'r.status',
      'r.issues',
      'l.person_id',
      'l.business_id',
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
  return (
    db
      .selectFrom('source_row_links as l')
      .innerJoin('source_rows as r', 'r.id', 'l.id')
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
      .where(kind === 'person' ? 'l.person_id' : 'l.business_id', '=', id)
      .where('i.state', '=', 'committed')
      // A row redacted by an erasure (privacy.repository.ts) is no longer a source of any value.
      .where('r.normalised', 'is not', null)
      .orderBy('i.committed_at')
      .orderBy('r.sheet_row')
      .limit(200)
      .execute()
  );
}
