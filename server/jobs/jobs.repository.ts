import { sql } from 'kysely';
import type { Database } from '../db/connection.ts';
import type { Executor } from '../db/transaction.ts';

export async function insertJob(
  db: Executor,
  kind: string,
  payload: Record<string, unknown>,
  createdBy: string,
) {
  const row = await db
    .insertInto('jobs')
    .values({ kind, payload: JSON.stringify(payload), created_by: createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function findJob(db: Executor, id: number) {
  return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Takes the oldest queued job of the given kinds (or one given id); a second worker skips it. */
export async function claimJob(db: Database, kinds: string[], id?: number) {
  const next = db
    .selectFrom('jobs')
    .select('id')
    .where('state', '=', 'queued')
    .where('kind', 'in', kinds)
    .$if(id !== undefined, (q) => q.where('id', '=', id as number))
    .orderBy('id')
    .limit(1)
    .forUpdate()
    .skipLocked();
  return db
    .updateTable('jobs')
    .set({ state: 'running', started_at: sql`now()`, heartbeat_at: sql`now()`, error: null })
    .where('id', '=', (eb) => eb.selectFrom(next.as('n')).select('n.id'))
    .returningAll()
    .executeTakeFirst();
}

export async function reportProgress(db: Database, id: number, done: number, total: number) {
  await db
    .updateTable('jobs')
    .set({ progress_done: done, progress_total: total, heartbeat_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export async function finishJob(
  db: Database,
  id: number,
  outcome: { state: 'done'; result: Record<string, unknown> } | { state: 'failed'; error: string },
) {
  await db
    .updateTable('jobs')
    .set({
      state: outcome.state,
      result: outcome.state === 'done' ? JSON.stringify(outcome.result) : null,
      error: outcome.state === 'failed' ? outcome.error : null,
      finished_at: sql`now()`,
    })
    .where('id', '=', id)
    .execute();
}

/** Jobs whose worker stopped beating (a killed server) go back to the queue; handlers are restartable. */
export async function requeueStale(db: Database, staleSeconds: number) {
  const rows = await db
    .updateTable('jobs')
    .set({ state: 'queued', started_at: null, heartbeat_at: null })
    .where('state', '=', 'running')
    .where(sql<boolean>`heartbeat_at < now() - make_interval(secs => ${staleSeconds})`)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}
