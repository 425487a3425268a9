import { AppError } from '../../http/errors.ts';
import type { Handlers, JobHandler } from '../../jobs/runner.ts';
import { REDACT_FILE_JOB, redactFileJob } from './file-redaction.ts';
import { commitImportJob } from './imports.commit.ts';
import { updateImport } from './imports.repository.ts';
import { validateImportJob } from './imports.validate.ts';
import { INDEX_JOB, indexJob } from './linkage-index.ts';

/** A failed job leaves the import where the user can act: a failed dry run can be rerun, a failed commit retried. */
function recovering(handler: JobHandler, stateAfterFailure: 'failed' | 'validated'): JobHandler {
  return async (job, ctx) => {
    try {
      return await handler(job, ctx);
    } catch (err) {
      const message =
        err instanceof AppError ? err.message : 'Impor gagal karena galat di server; coba lagi.';
      const { importId } = job.payload as { importId: number };
      await updateImport(ctx.db, importId, { state: stateAfterFailure, error: message });
      throw err;
    }
  };
}

export const importJobs: Handlers = {
  'import.validate': recovering(validateImportJob, 'failed'),
  'import.commit': recovering(commitImportJob, 'validated'),
  [INDEX_JOB]: indexJob,
  [REDACT_FILE_JOB]: redactFileJob,
};
