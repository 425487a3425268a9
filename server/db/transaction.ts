import type { Transaction } from 'kysely';
import type { Database } from './connection.ts';
import type { DB } from './schema.ts';

export type Executor = Database | Transaction<DB>;

/** Runs fn in one transaction: everything it wrote commits together or not at all. */
export function withTransaction<T>(db: Database, fn: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  return db.transaction().execute(fn);
}

const DEADLOCK = '40P01';

/**
 * Runs `run` again when PostgreSQL ended it as one side of a deadlock: the transaction was rolled back
 * whole, so a second run starts from where the first did. `run` must open its own transaction.
 */
export async function retryOnDeadlock<T>(
  run: () => Promise<T>,
  onRetry: () => void,
  attempts = 3,
): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await run();
    } catch (err) {
      if (i >= attempts || (err as { code?: unknown } | null)?.code !== DEADLOCK) throw err;
      onRetry();
    }
  }
}
