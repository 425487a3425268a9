import { sql } from 'kysely';
import type { Database } from '../../db/connection.ts';
import { AppError } from '../../http/errors.ts';
import type { Job, JobContext } from '../../jobs/runner.ts';
import { readRows } from './files/index.ts';
import { areaListsFor, hamletsKnown } from './imports.areas.ts';
import { findImportRow, readFile, saveSourceMapping, updateImport } from './imports.repository.ts';
import type { ColumnMapping, SectionPlace, SheetRow } from './imports.types.ts';
import { withWorkFile } from './imports.workfile.ts';
import {
  addPlace,
  classifyRow,
  namesRegion,
  type RowKind,
  sectionBelow,
  sectionPlace,
  textValue,
} from './normalise/index.ts';
import { startJudging } from './row-judging.ts';
import type { JudgedBatch } from './row-verdicts.ts';
import { deleteRowsOf, insertStagedRows } from './source-rows.repository.ts';

// Small enough that the last batch, judged after the file is read, adds little; large enough that a
// 100k-row file is 50 inserts.
const BATCH = 2000;
/** Batches read but not yet written, at most: enough to keep reading while the worker thread starts. */
const IN_FLIGHT = 4;
/**
 * From this file size (about 6,000 rows of an office workbook, 170 bytes a row) the rows are normalised on
 * a worker thread; a smaller file is read before the thread would have started (half a second or more).
 */
const WORKER_FROM_BYTES = 1024 * 1024;

type Counts = { read: number; ok: number; warning: number; rejected: number; skipped: number };

/**
 * The dry run: every data row normalised and judged, stored with its raw cells. Restartable: a rerun
 * starts by removing what an interrupted run stored. This thread reads and classifies the rows and writes
 * the batches; normalising, hashing and the staging JSON run on a worker thread for a large file.
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
  const bytes = await readFile(ctx.db, imp.file_sha256);
  if (!bytes) throw new AppError('NOT_FOUND', 'Berkas impor tidak ditemukan.');
  const mapping = imp.mapping as ColumnMapping[];
  const counts: Counts = { read: 0, ok: 0, warning: 0, rejected: 0, skipped: 0 };
  const areas = await areaListsFor(ctx.db, ctx.config.region, imp.scope);
  const hamlets = await hamletsKnown(ctx.db, areas.served);
  // Started first, so the worker thread loads while the previous attempt's rows are removed.
  const judging = startJudging(
    {
      importId,
      mapping,
      ...areas,
      ...(hamlets ? { hamlets } : {}),
      region: ctx.config.region,
      today: new Date().toISOString(),
      thresholds: ctx.config.sizeThresholds,
      sheetName: imp.sheets.find((x) => x.index === imp.sheet_index)?.name ?? null,
    },
    { worker: bytes.length >= WORKER_FROM_BYTES },
  );
  try {
    await deleteRowsOf(ctx.db, importId);
    await withWorkFile(bytes, imp.file_type, async (file) => {
      // Batches are judged while the next ones are read (a few at a time, so the rows read while the
      // worker starts wait in its queue) and written in order; a failed write still fails the job below.
      let written: Promise<void> = Promise.resolve();
      const inFlight: Promise<void>[] = [];
      const write = (b: JudgedBatch) => {
        counts.ok += b.ok;
        counts.warning += b.warning;
        counts.rejected += b.rejected;
        return insertStagedRows(ctx.db, b);
      };
      const flush = async (rows: SheetRow[]) => {
        const judged = judging.judge(rows);
        judged.catch(() => {});
        written = written.then(() => judged).then(write);
        written.catch(() => {});
        inFlight.push(written);
        if (inFlight.length > IN_FLIGHT) await inFlight.shift();
      };
      let batch: SheetRow[] = [];
      // A name alone under "Kepala Dinas" is a signature, not data: the kind of the row before tells.
      let previous: RowKind | undefined;
      // The place the last section row naming one gave ("KELURAHAN TLOGOMAS"): the rows below are there.
      let section: SectionPlace | undefined;
      // A title naming the served region ("DATA IR KOTA MALANG"): the file's places are in it.
      let region = false;
      for await (const row of readRows(file, imp.file_type, imp.sheet_index)) {
        if (row.rowNumber < (imp.first_data_row ?? 0)) {
          // A title naming the file's place ("DATA IR KELURAHAN MOJOLANGU") places the rows as a section row.
          if (row.rowNumber < (imp.header_row ?? 0)) {
            const title = titleOf(row);
            section = addPlace(section, sectionPlace(title));
            region ||= namesRegion(title, areas.regionNames[0]);
          }
          continue;
        }
        counts.read++;
        const kind = classifyRow(row, mapping, previous);
        if (kind !== 'blank') previous = kind;
        if (kind === 'section') section = sectionBelow(section, sectionPlace(titleOf(row)));
        if (region && !section?.region) section = { kelurahan: null, kecamatan: null, ...section, region };
        if (kind !== 'data') {
          counts.skipped++;
          continue;
        }
        if (section) row.section = section;
        batch.push(row);
        if (batch.length === BATCH) {
          await flush(batch);
          batch = [];
          await ctx.progress(counts.read, 0);
        }
      }
      if (batch.length) await flush(batch);
      await written;
    });
  } finally {
    await judging.close();
  }
  await finishValidation(ctx.db, imp, counts);
  return counts;
}

const titleOf = (row: SheetRow) =>
  row.cells
    .map(textValue)
    .filter((t) => t !== null)
    .join(' ');

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
    mapping.map((m) => ({
      header: m.header,
      field: m.field,
      ...(m.dateOrder ? { dateOrder: m.dateOrder } : {}),
    })),
  );
}
