import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'csv-stringify';
import type { Import } from '../../../shared/contracts/imports.ts';
import { formatNumberId } from '../../../shared/rules/format.ts';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/connection.ts';
import type { Caller } from '../../http/caller.ts';
import { safeCell } from '../../http/csv.ts';
import { AppError } from '../../http/errors.ts';
import { JOB_HANDLERS } from '../../jobs/handlers.ts';
import { claimJob, findJob } from '../../jobs/jobs.repository.ts';
import { runClaimed } from '../../jobs/runner.ts';
import * as service from './imports.service.ts';
import type { ColumnMapping, DateOrder, RowIssue } from './imports.types.ts';
import { queuedIndexJob } from './linkage-index.ts';
import { exportRows } from './source-rows.repository.ts';

type Say = (msg: string) => void;
export type ImportOptions = { source: string; sheet?: number; dryRun?: boolean; mapping?: string };

export const cliCaller = (config: Config, name: string): Caller => ({
  id: 0,
  username: 'cli',
  name,
  role: 'admin',
  scope: config.region,
  ip: null,
});

function bar(done: number, total: number) {
  return total > 0
    ? `${formatNumberId(done)}/${formatNumberId(total)} (${Math.round((done / total) * 100)}%)`
    : formatNumberId(done);
}

/** Runs the job here; if a running server took it first, follows its progress until it ends. */
export async function runJob(db: Database, config: Config, jobId: number, label: string, say: Say) {
  let last = 0;
  const onProgress = (done: number, total: number) => {
    if (Date.now() - last < 1000) return;
    last = Date.now();
    say(`${label}: ${bar(done, total)} baris`);
  };
  const job = await claimJob(db, [String((await findJob(db, jobId))?.kind)], jobId);
  if (job) {
    const handler = JOB_HANDLERS[job.kind];
    if (!handler) throw new Error(`no handler for ${job.kind}`);
    const r = await runClaimed(job, handler, { db, config, onProgress });
    if (!r.ok) {
      // The operator at the console sees what broke (the message only: row values stay out of logs).
      if (!(r.cause instanceof AppError))
        say(`Galat: ${r.cause instanceof Error ? r.cause.message : String(r.cause)}`);
      throw new AppError('JOB_FAILED', r.error);
    }
    return;
  }
  for (;;) {
    const j = await findJob(db, jobId);
    if (!j || j.state === 'failed') throw new AppError('JOB_FAILED', j?.error ?? 'Pekerjaan hilang.');
    if (j.state === 'done') return;
    onProgress(j.progress_done, j.progress_total);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/**
 * --mapping: a JSON array of {column|header, field, dateOrder?} (dateOrder "mdy" for a date column written
 * month first), or an object {"Judul kolom": "field"}.
 */
async function readMapping(file: string, current: ColumnMapping[]) {
  const given = JSON.parse(await readFile(file, 'utf8')) as unknown;
  type Entry = { column?: number; header?: string; field: string | null; dateOrder?: DateOrder };
  const list: Entry[] = Array.isArray(given)
    ? (given as Entry[])
    : Object.entries(given as Record<string, string | null>).map(([header, field]) => ({ header, field }));
  const byHeader = (h: string) =>
    current.find((m) => m.header.trim().toLowerCase() === h.trim().toLowerCase());
  return list.map((m) => {
    const column = m.column ?? (m.header !== undefined ? byHeader(m.header)?.column : undefined);
    if (column === undefined)
      throw new AppError('VALIDATION_FAILED', `Kolom "${m.header}" tidak ada di berkas.`);
    return {
      column,
      field: m.field as ColumnMapping['field'],
      ...(m.dateOrder ? { dateOrder: m.dateOrder } : {}),
    };
  });
}

/** `pilar import <file> --source "<office>"`: upload, dry run, then (unless --dry-run) commit, with a summary. */
export async function runImport(db: Database, config: Config, file: string, opts: ImportOptions, say: Say) {
  const ctx = { config, caller: cliCaller(config, `CLI (${path.basename(file)})`) };
  const bytes = await readFile(file);
  let imp = await service.uploadImport(
    db,
    { fileName: path.basename(file), bytes, source: opts.source, sheet: opts.sheet },
    ctx,
  );
  if (opts.mapping)
    imp = await service.patchImport(
      db,
      imp.id,
      { mapping: await readMapping(opts.mapping, imp.mapping) },
      ctx,
    );
  say(
    `Impor #${imp.id}: lembar "${imp.sheets[imp.sheetIndex]?.name}", judul kolom di baris ${imp.headerRow}.`,
  );
  sayOtherSheets(imp, say);
  for (const m of imp.mapping)
    say(
      `  ${m.header || `(kolom ${m.column + 1})`} → ${m.field ?? '(tidak diimpor)'}${m.dateOrder === 'mdy' ? ' (bulan/hari/tahun)' : ''}`,
    );
  if (imp.previousImport)
    say(
      `Berkas yang sama sudah disimpan pada impor #${imp.previousImport.id}: tidak ada data baru yang dibuat.`,
    );
  imp = await service.startValidation(db, imp.id, ctx);
  await runJob(db, config, imp.jobId ?? 0, 'Memeriksa', say);
  imp = await service.getImport(db, imp.id, ctx.caller);
  if (!opts.dryRun) {
    imp = await service.startCommit(db, imp.id, 'valid_rows', ctx);
    await runJob(db, config, imp.jobId ?? 0, 'Menyimpan', say);
    imp = await service.getImport(db, imp.id, ctx.caller);
  }
  printSummary(imp.counts, !!opts.dryRun, say);
  return imp;
}

/** A workbook of several sheets: each with its number for --sheet, and the others holding a list too. */
function sayOtherSheets(imp: Import, say: Say) {
  if (imp.sheets.length < 2) return;
  const label = (s: Import['sheets'][number]) =>
    `${s.index + 1} "${s.name}"${s.index === imp.sheetIndex ? ' (diimpor)' : ''}${s.hidden ? ' (tersembunyi)' : ''}${s.hasData ? '' : ' (tanpa daftar pelaku)'}`;
  say(`Lembar di berkas ini: ${imp.sheets.map(label).join(', ')}.`);
  const others = imp.sheets.filter((s) => s.hasData && s.index !== imp.sheetIndex);
  if (others.length)
    say(
      `Lembar lain juga berisi daftar pelaku: ${others.map((s) => `"${s.name}"`).join(', ')}. Satu impor membaca satu lembar; impor lembar itu dengan --sheet ${others.map((s) => s.index + 1).join(' / ')}.`,
    );
}

/**
 * Runs the linkage-index refresh a large import left queued (a server's worker would otherwise), so the
 * next small import links against the index at once.
 */
export async function runIndexJobs(db: Database, config: Config, say: Say) {
  const id = await queuedIndexJob(db);
  if (id === null) return;
  say('Memperbarui indeks penautan untuk impor berikutnya…');
  await runJob(db, config, id, 'Indeks penautan', say);
}

function printSummary(c: Record<string, number>, dryRun: boolean, say: Say) {
  const n = (k: string) => formatNumberId(c[k] ?? 0);
  say(dryRun ? 'Uji coba selesai (tidak ada yang disimpan):' : 'Impor selesai:');
  say(`  baris dibaca      ${n('read')} (dilewati: ${n('skipped')} baris judul/kosong/jumlah/tanda tangan)`);
  say(
    `  diterima          ${formatNumberId((c.ok ?? 0) + (c.warning ?? 0))} (dengan peringatan: ${n('warning')})`,
  );
  say(`  ditolak           ${n('rejected')}`);
  if (dryRun) return;
  say(`  pelaku baru       ${n('peopleNew')}, tertaut ke yang ada ${n('peopleLinked')}`);
  say(`  usaha baru        ${n('businessesNew')}, tertaut ke yang ada ${n('businessesLinked')}`);
  const filled = (c.peopleFilled ?? 0) + (c.businessesFilled ?? 0);
  if (filled)
    say(`  dilengkapi        ${formatNumberId(filled)} data yang ada (isian kosong diisi dari baris ini)`);
  say(`  untuk ditinjau    ${formatNumberId((c.reviewPeople ?? 0) + (c.reviewBusinesses ?? 0))} pasangan`);
  if (c.reviewsWithdrawn)
    say(`  keluar dari antrean ${n('reviewsWithdrawn')} pasangan lama (ditimbang ulang dengan baris ini)`);
  if (c.unchanged) say(`  sudah ada (sama)  ${n('unchanged')}`);
}

/** `pilar export source-rows --format csv`: one line per imported source row, to stdout. */
export async function exportSourceRows(db: Database, scope: string, out: NodeJS.WritableStream) {
  const csv = stringify({
    header: true,
    columns: ['file', 'sheet_row', 'status', 'reason', 'person_id', 'business_id'],
  });
  csv.pipe(out);
  let n = 0;
  for (const r of await exportRows(db, scope).execute()) {
    const reason = (r.issues as RowIssue[]).map((i) => i.message).join(' ');
    const line = [r.file_name, r.sheet_row, r.status, reason, r.person_id ?? '', r.business_id ?? ''].map(
      safeCell,
    );
    if (!csv.write(line)) await new Promise((resolve) => csv.once('drain', resolve));
    n++;
  }
  await new Promise<void>((resolve, reject) => {
    csv.once('error', reject);
    csv.end(resolve);
  });
  return n;
}
