import { createReadStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { can } from '../../../shared/contracts/auth.ts';
import type { BusinessExportFilter, Export, ExportRequest } from '../../../shared/contracts/exports.ts';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/connection.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { Caller, Ctx } from '../../http/caller.ts';
import { actorOf } from '../../http/caller.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { insertJob } from '../../jobs/jobs.repository.ts';
import type { Job, JobContext } from '../../jobs/runner.ts';
import { audit } from '../audit/audit.service.ts';
import { toBusinessFilter } from '../businesses/businesses.service.ts';
import { columnsFor } from './exports.columns.ts';
import { exportPath, writeExportFile } from './exports.files.ts';
import * as repo from './exports.repository.ts';

type Filter = typeof BusinessExportFilter._zod.output;
const PAGE = 2000;
// Running at once per user: an export is heavy work, and a person needs only a few at a time.
const MAX_RUNNING = 3;

function toExport(r: repo.ExportWithJob): Export {
  const state = r.deleted_at ? 'expired' : (r.job_state ?? 'queued');
  return {
    id: r.id,
    kind: r.kind,
    format: r.format,
    filter: r.filter,
    personalData: r.personal_data,
    purpose: r.purpose,
    fileName: r.file_name,
    state,
    progress: { done: r.progress_done ?? 0, total: r.progress_total ?? 0 },
    rowCount: r.row_count,
    size: r.size === null ? null : Number(r.size),
    error: r.job_error,
    createdAt: r.created_at.toISOString(),
    finishedAt: r.finished_at ? new Date(r.finished_at).toISOString() : null,
    expiresAt: new Date(r.expires_at).toISOString(),
  };
}

/** Deletes the files of exports past their time (they may hold personal data) and marks them expired. */
export async function sweepExpired(db: Database, config: Config) {
  for (const e of await repo.expiredExports(db)) {
    await rm(exportPath(config.dataDir, e.id, e.format), { force: true });
    await rm(`${exportPath(config.dataDir, e.id, e.format)}.partial`, { force: true });
    await repo.updateExport(db, e.id, { deleted_at: new Date() });
  }
}

/** Queues an export of the businesses list as the caller's filter and area give it. */
export async function createExport(
  db: Database,
  input: ExportRequest & { format: 'xlsx' | 'csv' },
  ctx: Ctx,
) {
  const { caller, config } = ctx;
  const personalData = input.personalData ?? false;
  if (personalData && !can(caller.role, 'pii.reveal'))
    throw new AppError(
      'FORBIDDEN',
      'Peran Anda tidak boleh mengekspor data pribadi; ekspor tanpa data pribadi.',
    );
  if (!caller.id)
    throw new AppError('FORBIDDEN', 'Ekspor dibuat oleh pengguna yang masuk, bukan oleh token sistem mitra.');
  await sweepExpired(db, config);
  const running = (await repo.listOwnExports(db, caller.id, 50)).filter(
    (e) => !e.deleted_at && (e.job_state === 'queued' || e.job_state === 'running'),
  );
  if (running.length >= MAX_RUNNING)
    throw new AppError(
      'EXPORT_TOO_MANY',
      `Tunggu sampai salah satu dari ${MAX_RUNNING} ekspor Anda yang berjalan selesai.`,
    );
  const filter = input.filter ?? {};
  const date = new Date().toISOString().slice(0, 10);
  const id = await withTransaction(db, async (trx) => {
    const row = await repo.insertExport(trx, {
      kind: 'businesses',
      format: input.format,
      filter: JSON.stringify(filter),
      personal_data: personalData,
      purpose: personalData ? (input.purpose ?? null) : null,
      scope: caller.scope,
      created_by_id: caller.id,
      created_by: actorOf(caller),
      job_id: null,
      file_name: `usaha-${date}${personalData ? '-data-pribadi' : ''}.${input.format}`,
      expires_at: new Date(Date.now() + config.exportKeepHours * 3600_000),
    });
    const jobId = await insertJob(trx, 'export.write', { exportId: row.id }, actorOf(caller));
    await repo.updateExport(trx, row.id, { job_id: jobId });
    await audit(trx, caller, 'export.create', {
      entity: 'export',
      entityId: row.id,
      purpose: personalData ? input.purpose : undefined,
      details: { kind: 'businesses', format: input.format, filter, personalData },
    });
    return row.id;
  });
  return getExport(db, id, caller);
}

export async function getExport(db: Database, id: number, caller: Caller) {
  const row = await repo.findOwnExport(db, id, caller.id);
  if (!row) throw notFound('Ekspor');
  return toExport(row);
}

export async function listExports(db: Database, config: Config, caller: Caller) {
  await sweepExpired(db, config);
  return { items: (await repo.listOwnExports(db, caller.id)).map(toExport) };
}

/** The finished file, streamed; the download of personal data is audited with the export's purpose. */
export async function downloadExport(db: Database, id: number, ctx: Ctx) {
  const row = await repo.findOwnExport(db, id, ctx.caller.id);
  if (!row) throw notFound('Ekspor');
  const e = toExport(row);
  if (e.state === 'expired' || new Date(e.expiresAt) < new Date())
    throw new AppError(
      'EXPORT_EXPIRED',
      'Berkas ekspor ini sudah dihapus karena melewati masa simpan; buat ekspor baru.',
    );
  if (e.state !== 'done') throw new AppError('EXPORT_NOT_READY', 'Ekspor belum selesai; tunggu sampai 100%.');
  const file = exportPath(ctx.config.dataDir, id, e.format);
  const size = await stat(file).then(
    (s) => s.size,
    () => null,
  );
  if (size === null) throw new AppError('EXPORT_EXPIRED', 'Berkas ekspor tidak ada lagi; buat ekspor baru.');
  await audit(db, ctx.caller, 'export.download', {
    entity: 'export',
    entityId: id,
    purpose: e.purpose ?? undefined,
    details: { rows: e.rowCount, personalData: e.personalData },
  });
  return {
    fileName: e.fileName,
    size,
    type:
      e.format === 'xlsx'
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : 'text/csv; charset=utf-8',
    body: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>,
  };
}

/**
 * The job: every row of the filter within the area of the user who asked, page by page (memory stays flat),
 * written through a partial file and a rename. Rerun from the start after a crash.
 */
export async function writeExportJob(job: Job, ctx: JobContext) {
  const { exportId } = job.payload as { exportId: number };
  const e = await repo.findExport(ctx.db, exportId);
  if (!e || e.deleted_at) throw new AppError('NOT_FOUND', 'Ekspor tidak ditemukan.');
  const filter = toBusinessFilter(e.filter as Filter);
  const columns = columnsFor(e.personal_data);
  const target = exportPath(ctx.config.dataDir, e.id, e.format);
  let rows = 0;
  // One snapshot for the count and every page: what is saved meanwhile neither slips in nor shifts a page.
  const size = await ctx.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      const total = await repo.countExportRows(trx, e.scope, filter);
      return writeExportFile(target, e.format, columns, async (sink) => {
        for (let after = 0; ; ) {
          const page = await repo.exportPage(trx, e.scope, filter, after, PAGE);
          for (const r of page) await sink.write(columns.map((c) => c.value(r)));
          rows += page.length;
          await ctx.progress(rows, total);
          const last = page.at(-1);
          if (!last || page.length < PAGE) return;
          after = last.id;
        }
      });
    });
  await repo.updateExport(ctx.db, e.id, { row_count: rows, size, finished_at: new Date() });
  return { rows, size };
}

export const exportJobs = { 'export.write': writeExportJob };
