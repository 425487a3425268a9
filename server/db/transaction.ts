import type { Transaction } from 'kysely';
import type { Database } from './connection.ts';
import type { DB } from './schema.ts';

export type Executor = Database | Transaction<DB>;

/** Runs fn in one transaction: everything it wrote commits together or not at all. */
export function withTransaction<T>(db: Database, fn: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  return db.transaction().execute(fn);
}
