import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { Import, ImportPatch, SourceRowQuery } from '../../../shared/contracts/imports.ts';
import type { Database } from '../../db/connection.ts';
import { withTransaction } from '../../db/transaction.ts';
import { actorOf, type Ctx } from '../../http/caller.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { insertJob } from '../../jobs/jobs.repository.ts';
import { audit } from '../audit/audit.service.ts';
import { checkZip, sniffFileType } from './files/index.ts';
import { analyseFile, cellText, previewRows, type Template } from './imports.analyse.ts';
import * as repo from './imports.repository.ts';
import type { ColumnMapping, DateOrder, RowIssue } from './imports.types.ts';
import { withWorkFile } from './imports.workfile.ts';
import { erasedRows, listRows } from './source-rows.repository.ts';

export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
type Caller = Ctx['caller'];

function toImport(
  r: repo.ImportWithSource,
  twin: { id: number; committed_at: Date | null } | undefined,
): Import {
  const running = r.job_state === 'running' || r.job_state === 'queued';
  return {
    id: r.id,
    source: r.source_name,
    fileName: r.file_name,
    fileType: r.file_type,
    // Imports analysed before sheets were marked hidden or holding a list count as shown, with no list.
    sheets: r.sheets.map((sheet) => ({ hidden: false, hasData: false, ...sheet })),
    sheetIndex: r.sheet_index,
    headerRow: r.header_row,
    firstDataRow: r.first_data_row,
    mapping: (r.mapping ?? []) as Import['mapping'],
    state: r.state,
    mode: r.mode,
    counts: r.counts,
    jobId: r.job_id,
    progress: running ? { done: r.progress_done ?? 0, total: r.progress_total ?? 0 } : null,
    error: r.error,
    previousImport: twin?.committed_at ? { id: twin.id, at: twin.committed_at.toISOString() } : null,
    createdBy: r.created_by,
    createdAt: r.created_at.toISOString(),
    validatedAt: r.validated_at?.toISOString() ?? null,
    committedAt: r.committed_at?.toISOString() ?? null,
  };
}

export async function getImport(db: Database, id: number, caller: Caller): Promise<Import> {
  const row = await repo.findImport(db, id, caller.scope);
  if (!row) throw notFound('Impor');
  return toImport(
    row,
    await repo.committedTwin(
      db,
      row.file_sha256,
      row.sheet_index,
      row.state === 'committed' ? row.id : Number.MAX_SAFE_INTEGER,
    ),
  );
}

export async function listImports(db: Database, caller: Caller) {
  const rows = await repo.listImports(db, caller.scope, 100);
  return { items: rows.map((r) => toImport(r, undefined)) };
}

/** Upload: the file is checked, its sheet, header row and a first column mapping found, and kept. */
export async function uploadImport(
  db: Database,
  input: { fileName: string; bytes: Buffer; source: string; sheet?: number },
  ctx: Ctx,
) {
  if (!input.bytes.length)
    throw new AppError('FILE_EMPTY', 'Berkas kosong; pilih berkas spreadsheet yang berisi data.');
  if (input.bytes.length > MAX_UPLOAD_BYTES) {
    throw new AppError(
      'PAYLOAD_TOO_LARGE',
      'Berkas terlalu besar (maks. 50 MB); bagi menjadi beberapa berkas.',
    );
  }
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const source = await repo.upsertSource(db, input.source);
  const found = await withWorkFile(input.bytes, 'upload', async (file) => {
    const type = await sniffFileType(file, input.fileName);
    if (type !== 'csv') await checkZip(file);
    return {
      type,
      ...(await analyseFile(file, type, input.sheet, source.mapping as Template, input.fileName)),
    };
  });
  const id = await withTransaction(db, async (trx) => {
    await repo.saveFile(trx, sha256, input.bytes);
    const id = await repo.insertImport(trx, {
      source_id: source.id,
      file_sha256: sha256,
      file_name: input.fileName.slice(0, 255),
      file_type: found.type,
      sheets: JSON.stringify(found.sheets),
      sheet_index: found.sheetIndex,
      header_row: found.header.headerRowNumber,
      first_data_row: found.header.firstDataRow,
      mapping: JSON.stringify(found.mapping),
      counts: '{}',
      scope: ctx.caller.scope,
      created_by_id: ctx.caller.id || null,
      created_by: actorOf(ctx.caller),
    });
    await audit(trx, ctx.caller, 'import.upload', {
      entity: 'import',
      entityId: id,
      details: { file: input.fileName, source: source.name },
    });
    return id;
  });
  return getImport(db, id, ctx.caller);
}

async function editable(db: Database, id: number, caller: Caller) {
  const row = await repo.findImport(db, id, caller.scope);
  if (!row) throw notFound('Impor');
  if (!['uploaded', 'validated', 'failed'].includes(row.state)) {
    throw new AppError(
      'IMPORT_STATE',
      'Impor ini sedang diproses atau sudah disimpan; pengaturannya tidak dapat diubah.',
    );
  }
  return row;
}

/** Another sheet (found anew) or a corrected mapping; either makes the dry run start over. */
export async function patchImport(db: Database, id: number, patch: z.infer<typeof ImportPatch>, ctx: Ctx) {
  const row = await editable(db, id, ctx.caller);
  if (patch.sheetIndex !== undefined && patch.sheetIndex !== row.sheet_index) {
    const bytes = await repo.readFile(db, row.file_sha256);
    const found = await withWorkFile(bytes as Buffer, row.file_type, (file) =>
      analyseFile(file, row.file_type, patch.sheetIndex, null, row.file_name),
    );
    await repo.updateImport(db, id, {
      sheet_index: found.sheetIndex,
      header_row: found.header.headerRowNumber,
      first_data_row: found.header.firstDataRow,
      mapping: JSON.stringify(found.mapping),
      state: 'uploaded',
      counts: '{}',
    });
  }
  if (patch.mapping) {
    const current = (await repo.findImportRow(db, id))?.mapping as ColumnMapping[];
    await repo.updateImport(db, id, {
      mapping: JSON.stringify(remap(current, patch.mapping)),
      state: 'uploaded',
      counts: '{}',
    });
  }
  return getImport(db, id, ctx.caller);
}

function remap(
  current: ColumnMapping[],
  changes: { column: number; field: ColumnMapping['field']; dateOrder?: DateOrder }[],
) {
  const byColumn = new Map(changes.map((c) => [c.column, c]));
  const dup = changes.map((c) => c.field).filter((f, i, all) => f && all.indexOf(f) !== i);
  if (dup.length)
    throw new AppError(
      'VALIDATION_FAILED',
      `Isian "${dup[0]}" dipilih untuk lebih dari satu kolom; pilih satu kolom saja.`,
    );
  return current.map((m): ColumnMapping => {
    const change = byColumn.get(m.column);
    if (!change) return m;
    // A date order given sets the column's; none given keeps it (day first is kept as no order at all).
    const { dateOrder: before, ...rest } = m;
    const order = change.dateOrder ?? before;
    return { ...rest, field: change.field ?? null, ...(order === 'mdy' ? { dateOrder: order } : {}) };
  });
}

/** Starts the dry run as a background job. */
export async function startValidation(db: Database, id: number, ctx: Ctx) {
  const row = await editable(db, id, ctx.caller);
  const fields = new Set((row.mapping as ColumnMapping[]).map((m) => m.field));
  // The place may also come from section rows, a title or the sheet's name; a row none gives is rejected.
  if (!fields.has('ownerName'))
    throw new AppError('MAPPING_INCOMPLETE', 'Pilih kolom yang berisi nama pemilik usaha.');
  const jobId = await insertJob(db, 'import.validate', { importId: id }, actorOf(ctx.caller));
  await repo.updateImport(db, id, { state: 'validating', job_id: jobId, error: null });
  return getImport(db, id, ctx.caller);
}

/** Starts saving the checked rows as a background job. */
export async function startCommit(db: Database, id: number, mode: 'valid_rows' | 'all_or_nothing', ctx: Ctx) {
  const row = await repo.findImport(db, id, ctx.caller.scope);
  if (!row) throw notFound('Impor');
  if (row.state !== 'validated')
    throw new AppError('IMPORT_STATE', 'Periksa berkas dahulu (uji coba) sebelum menyimpan.');
  const rejected = (row.counts as Record<string, number>).rejected ?? 0;
  if (mode === 'all_or_nothing' && rejected > 0) {
    throw new AppError(
      'IMPORT_HAS_REJECTED',
      `${rejected} baris ditolak. Perbaiki baris itu lalu unggah ulang, atau pilih "Simpan baris yang valid".`,
    );
  }
  const jobId = await insertJob(db, 'import.commit', { importId: id, mode }, actorOf(ctx.caller));
  await repo.updateImport(db, id, { state: 'committing', mode, job_id: jobId, error: null });
  return getImport(db, id, ctx.caller);
}

export async function cancelImport(db: Database, id: number, ctx: Ctx) {
  await editable(db, id, ctx.caller);
  await repo.updateImport(db, id, { state: 'cancelled' });
  return getImport(db, id, ctx.caller);
}

export async function listSourceRows(
  db: Database,
  id: number,
  q: z.infer<typeof SourceRowQuery>,
  caller: Caller,
) {
  const row = await repo.findImport(db, id, caller.scope);
  if (!row) throw notFound('Impor');
  const rows = await listRows(db, id, { status: q.status, afterRow: q.after, limit: q.limit + 1 });
  const page = rows.slice(0, q.limit);
  return {
    items: page.map((r) => ({
      sheetRow: r.sheet_row,
      status: r.status,
      issues: r.issues as RowIssue[],
      cells: (r.raw as unknown[]).map(cellText),
      personId: r.person_id,
      businessId: r.business_id,
    })),
    nextAfter: rows.length > q.limit ? (page.at(-1)?.sheet_row ?? null) : null,
  };
}

export async function previewImport(db: Database, id: number, caller: Caller) {
  const row = await repo.findImport(db, id, caller.scope);
  if (!row) throw notFound('Impor');
  const bytes = (await repo.readFile(db, row.file_sha256)) as Buffer;
  const rows = await withWorkFile(bytes, row.file_type, (file) =>
    previewRows(file, row.file_type, row.sheet_index, row.first_data_row ?? 1),
  );
  // The rows of a person whose data was erased show no cells, as in the annotated workbook.
  const erased = await erasedRows(
    db,
    id,
    rows.map((r) => r.sheetRow),
  );
  return {
    headers: (row.mapping as ColumnMapping[]).map((m) => m.header),
    rows: rows.map((r) => (erased.has(r.sheetRow) ? { ...r, cells: r.cells.map(() => '') } : r)),
  };
}

export async function listSources(db: Database) {
  const rows = await repo.listSources(db);
  return { items: rows.map((r) => ({ id: r.id, name: r.name, hasTemplate: !!r.mapping?.length })) };
}
