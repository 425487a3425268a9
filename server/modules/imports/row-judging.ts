import { Worker } from 'node:worker_threads';
import type { SheetRow } from './imports.types.ts';
import { createRowJudge, type JudgedBatch, type JudgeSetup } from './row-verdicts.ts';

/** Judges batches of data rows (normalise, verdict, hash, staging JSON), here or on a second thread. */
export type Judging = {
  judge(rows: SheetRow[]): Promise<JudgedBatch>;
  /** Whether the worker thread has started and takes the batches (for tests and measurements). */
  onWorker(): boolean;
  close(): Promise<void>;
};

type Waiting = { resolve: (b: JudgedBatch) => void; reject: (e: Error) => void; rows: SheetRow[] };

/**
 * With `worker`, a second thread normalises while this one reads the file and writes to PostgreSQL: the
 * dry run then uses both cores. Batches sent while the thread starts (it loads its own TypeScript loader,
 * half a second or more) wait in its queue while this thread reads on. If the thread fails, its batches
 * and all later ones are judged here with the same code, so a missing thread costs time, not rows.
 */
export function startJudging(setup: JudgeSetup, opts: { worker: boolean }): Judging {
  let local: ReturnType<typeof createRowJudge> | undefined;
  const here = (rows: SheetRow[]) => {
    local ??= createRowJudge(setup);
    return local(rows);
  };
  let worker: Worker | undefined;
  let ready = false;
  let next = 0;
  const waiting = new Map<number, Waiting>();
  // A thread that fails or ends leaves its batches to this thread.
  const giveUp = () => {
    ready = false;
    const left = [...waiting.values()];
    waiting.clear();
    worker?.removeAllListeners();
    void worker?.terminate();
    worker = undefined;
    for (const w of left) {
      try {
        w.resolve(here(w.rows));
      } catch (e) {
        w.reject(e instanceof Error ? e : new Error(String(e)));
      }
    }
  };
  if (opts.worker) {
    try {
      worker = new Worker(new URL('./row-verdicts.worker.mjs', import.meta.url), { workerData: setup });
      worker.on('message', (m: { ready?: true; id: number; batch?: JudgedBatch; error?: string }) => {
        if (m.ready) {
          ready = true;
          return;
        }
        const w = waiting.get(m.id);
        waiting.delete(m.id);
        if (!w) return;
        if (m.batch) w.resolve(m.batch);
        else w.reject(new Error(m.error ?? 'normalising thread failed'));
      });
      worker.on('error', giveUp);
      worker.on('exit', giveUp);
    } catch {
      worker = undefined;
    }
  }
  return {
    judge(rows) {
      if (!worker) {
        try {
          return Promise.resolve(here(rows));
        } catch (e) {
          return Promise.reject(e);
        }
      }
      const id = next++;
      const sent = worker;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject, rows });
        sent.postMessage({ id, rows });
      });
    },
    onWorker: () => !!worker && ready,
    async close() {
      const w = worker;
      worker = undefined;
      w?.removeAllListeners();
      await w?.terminate();
    },
  };
}
