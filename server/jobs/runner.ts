import type { Selectable } from 'kysely';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { Database } from '../db/connection.ts';
import type { JobsTable } from '../db/schema-imports.ts';
import { AppError } from '../http/errors.ts';
import { claimJob, finishJob, reportProgress, requeueStale } from './jobs.repository.ts';

export type Job = Selectable<JobsTable>;
export type JobContext = {
  db: Database;
  config: Config;
  /** Throttled: writes at most every 500 ms, and doubles as the heartbeat that keeps the job claimed. */
  progress: (done: number, total: number) => Promise<void>;
};
export type JobHandler = (job: Job, ctx: JobContext) => Promise<Record<string, unknown>>;
export type Handlers = Record<string, JobHandler>;

const POLL_MS = 1000;

function progressReporter(db: Database, id: number, onProgress?: (done: number, total: number) => void) {
  let last = 0;
  return async (done: number, total: number) => {
    onProgress?.(done, total);
    const now = Date.now();
    if (now - last < 500 && done < total) return;
    last = now;
    await reportProgress(db, id, done, total);
  };
}

/** Runs one claimed job to its end state; a failure is recorded on the job, never thrown at the caller. */
export async function runClaimed(
  job: Job,
  handler: JobHandler,
  deps: { db: Database; config: Config; log?: Logger; onProgress?: (done: number, total: number) => void },
) {
  const ctx: JobContext = {
    db: deps.db,
    config: deps.config,
    progress: progressReporter(deps.db, job.id, deps.onProgress),
  };
  try {
    const result = await handler(job, ctx);
    await finishJob(deps.db, job.id, { state: 'done', result });
    return { ok: true as const, result };
  } catch (err) {
    const message = err instanceof AppError ? err.message : 'Pekerjaan gagal karena galat di server.';
    if (!(err instanceof AppError)) deps.log?.error({ err, job: job.id, kind: job.kind }, 'job failed');
    await finishJob(deps.db, job.id, { state: 'failed', error: message });
    return { ok: false as const, error: message, cause: err };
  }
}

/**
 * The in-process worker of `pilar serve`: one job at a time, woken by `kick()` or every second; jobs left
 * running by a killed process are taken up again once their heartbeat is stale.
 */
export function startJobRunner(deps: { db: Database; config: Config; log: Logger }, handlers: Handlers) {
  let stopped = false;
  let busy: Promise<void> | null = null;
  let timer: NodeJS.Timeout | undefined;
  const kinds = Object.keys(handlers);

  async function drain() {
    await requeueStale(deps.db, deps.config.jobStaleSeconds);
    for (let job = await claimJob(deps.db, kinds); job && !stopped; job = await claimJob(deps.db, kinds)) {
      const handler = handlers[job.kind];
      if (handler) await runClaimed(job, handler, deps);
    }
  }
  function kick() {
    if (stopped || busy) return;
    busy = drain()
      .catch((err) => deps.log.error({ err }, 'job runner failed'))
      .finally(() => {
        busy = null;
      });
  }
  timer = setInterval(kick, POLL_MS);
  timer.unref();
  kick();
  return {
    kick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await busy;
    },
  };
}

/** Runs queued jobs until none is left (tests and the CLI: no polling). */
export async function drainJobs(deps: { db: Database; config: Config; log?: Logger }, handlers: Handlers) {
  const results: Awaited<ReturnType<typeof runClaimed>>[] = [];
  for (
    let job = await claimJob(deps.db, Object.keys(handlers));
    job;
    job = await claimJob(deps.db, Object.keys(handlers))
  ) {
    const handler = handlers[job.kind];
    if (handler) results.push(await runClaimed(job, handler, deps));
  }
  return results;
}
