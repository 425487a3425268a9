import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Database } from '../../db/connection.ts';
import { AppError } from '../../http/errors.ts';
import type { Job, JobContext } from '../../jobs/runner.ts';
import { readRows } from './files/index.ts';
import { areaMatcherFor } from './imports.areas.ts';
import { findImportRow, readFile, saveSourceMapping, updateImport } from './imports.repository.ts';
import type { ColumnMapping, NormalisedRow, SheetRow } from './imports.types.ts';
import { withWorkFile } from './imports.workfile.ts';
import { classifyRow, normaliseRow, type RowKind } from './normalise/index.ts';
import { deleteRowsOf, insertRows, type NewSourceRow } from './source-rows.repository.ts';

const BATCH = 5000;

/** Same values, same hash: a row re-sent in another file (or the same one) links to what it made before. */
export function rowHash(n: NormalisedRow): string {
  return createHash('sha256')
    .update(JSON.stringify([n.person, n.business]))
    .digest('hex');
}

function verdict(row: SheetRow, n: NormalisedRow, importId: number): NewSourceRow {
  const rejected = n.issues.some((i) => i.severity === 'error');
  return {
    import_id: importId,
    sheet_row: row.rowNumber,
    raw: row.cells,
    normalised: rejected ? null : n,
    issues: n.issues,
    status: rejected ? 'rejected' : n.issues.length ? 'warning' : 'ok',
    row_hash: rejected ? null : rowHash(n),
  };
}

type Counts = { read: number; ok: number; warning: number; rejected: number; skipped: number };

/**
 * The dry run: every data row normalised and judged, stored with its raw cells. Restartable: a rerun
 * starts by removing what an interrupted run stored.
 */
export async function validateImportJob(job: Job, ctx: JobContext) {
  const { importId } = job.payload as { importId: number };
  const imp = await findImportRow(ctx.db, importId);
  if (
    !imp ||
    !['validating', 'uploaded', 'validated'].includes(imp.state) ||
    !imp.mapping ||
    !imp.first_data_row
  ) {
    throw new AppError('IMPORT_STATE', 'Impor ini tidak dapat diperiksa dalam keadaannya sekarang.');
  }
  await deleteRowsOf(ctx.db, importId);
  const bytes = await readFile(ctx.db, imp.file_sha256);
  if (!bytes) throw new AppError('NOT_FOUND', 'Berkas impor tidak ditemukan.');
  const areas = await areaMatcherFor(ctx.db, ctx.config.region, imp.scope);
  const mapping = imp.mapping as ColumnMapping[];
  const counts: Counts = { read: 0, ok: 0, warning: 0, rejected: 0, skipped: 0 };
  const today = new Date();
  await withWorkFile(bytes, imp.file_type, async (file) => {
    let batch: NewSourceRow[] = [];
    // One batch is written while the next is read and judged; a failed write still fails the job below.
    let writing: Promise<void> = Promise.resolve();
    // A name alone under "Kepala Dinas" is a signature, not data: the kind of the row before tells.
    let previous: RowKind | undefined;
    for await (const row of readRows(file, imp.file_type, imp.sheet_index)) {
      if (row.rowNumber < (imp.first_data_row ?? 0)) continue;
      counts.read++;
      const kind = classifyRow(row, mapping, previous);
      if (kind !== 'blank') previous = kind;
      if (kind !== 'data') {
        counts.skipped++;
        continue;
      }
      const v = verdict(
        row,
        normaliseRow(row, mapping, { areas, region: ctx.config.region, today }),
        importId,
      );
      counts[v.status]++;
      batch.push(v);
      if (batch.length === BATCH) {
        await writing;
        writing = insertRows(ctx.db, batch);
        writing.catch(() => {});
        batch = [];
        await ctx.progress(counts.read, 0);
      }
    }
    await writing;
    await insertRows(ctx.db, batch);
  });
  await finishValidation(ctx.db, imp, counts);
  return counts;
}

async function finishValidation(
  db: Database,
  imp: { id: number; source_id: number; mapping: unknown },
  counts: Counts,
) {
  await updateImport(db, imp.id, {
    state: 'validated',
    counts: JSON.stringify(counts),
    validated_at: sql`now()`,
    error: null,
  });
  const mapping = imp.mapping as ColumnMapping[];
  await saveSourceMapping(
    db,
    imp.source_id,
    mapping.map((m) => ({ header: m.header, field: m.field })),
  );
}
