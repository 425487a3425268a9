import { createHash } from 'node:crypto';
import { readFile as readFs, rm } from 'node:fs/promises';
import { type Executor, withTransaction } from '../../db/transaction.ts';
import { insertJob } from '../../jobs/jobs.repository.ts';
import type { JobHandler } from '../../jobs/runner.ts';
import { writeRedactedWorkbook } from './files/index.ts';
import { readFile, saveFile } from './imports.repository.ts';
import { tempPath, withWorkFile } from './imports.workfile.ts';
import { erasedRowsOfFile } from './source-rows.repository.ts';

export const REDACT_FILE_JOB = 'import.redact-file';

/**
 * After an erasure (privacy.service.ts erasePerson), in its transaction: each uploaded file a row of hers
 * came from is stored again without her rows, by a job, since rewriting a large workbook takes a while.
 */
export async function queueFileRedaction(trx: Executor, personId: number, actor: string) {
  const files = await trx
    .selectFrom('source_row_links as l')
    .innerJoin('source_rows as r', 'r.id', 'l.id')
    .innerJoin('imports as i', 'i.id', 'r.import_id')
    .select('i.file_sha256')
    .distinct()
    .where('l.person_id', '=', personId)
    .execute();
  for (const f of files) await insertJob(trx, REDACT_FILE_JOB, { sha256: f.file_sha256 }, actor);
}

/**
 * The job: the file is written again as .xlsx (every sheet, each row in its place, the erased rows
 * empty), stored under its own hash, and its imports moved to it; the file as uploaded is deleted. In one
 * transaction: a crash leaves the file as it was, and the job runs again.
 */
export const redactFileJob: JobHandler = async (job, ctx) => {
  const { sha256 } = job.payload as { sha256: string };
  return withTransaction(ctx.db, async (trx) => {
    // Locked so that an upload of the same file (which reuses the stored one) waits for the move.
    const imports = await trx
      .selectFrom('imports')
      .select(['id', 'file_type'])
      .where('file_sha256', '=', sha256)
      .forUpdate()
      .execute();
    const bytes = imports.length ? await readFile(trx, sha256) : null;
    const type = imports[0]?.file_type;
    // Moved by an earlier run (a second erasure in the same file queues a second job).
    if (!bytes || !type) return { rows: 0 };
    const { bySheet: blank, rows } = await erasedRowsOfFile(trx, sha256);
    if (!rows) return { rows: 0 };
    const out = tempPath('redacted', 'xlsx');
    try {
      await withWorkFile(bytes, type, (file) => writeRedactedWorkbook({ path: file, type }, blank, out));
      const redacted = await readFs(out);
      const hash = createHash('sha256').update(redacted).digest('hex');
      await saveFile(trx, hash, redacted);
      await trx
        .updateTable('imports')
        .set({ file_sha256: hash, file_type: 'xlsx' })
        .where('file_sha256', '=', sha256)
        .execute();
      await trx.deleteFrom('import_files').where('sha256', '=', sha256).execute();
      return { rows, imports: imports.length };
    } finally {
      await rm(out, { force: true });
    }
  });
};
