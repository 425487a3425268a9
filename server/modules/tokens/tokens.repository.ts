import type { Insertable } from 'kysely';
import { sql } from 'kysely';
import type { ApiTokensTable } from '../../db/schema.ts';
import type { Executor } from '../../db/transaction.ts';

const withScope = (db: Executor) =>
  db
    .selectFrom('api_tokens as t')
    .innerJoin('areas as a', 'a.code', 't.scope_code')
    .selectAll('t')
    .select('a.name as scope_name');

export async function insertToken(db: Executor, row: Insertable<ApiTokensTable>): Promise<number> {
  const { id } = await db.insertInto('api_tokens').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export function findToken(db: Executor, id: number) {
  return withScope(db).where('t.id', '=', id).executeTakeFirst();
}

export function listTokens(db: Executor) {
  return withScope(db).orderBy('t.id', 'desc').limit(500).execute();
}

/** A live token by the hash of its secret. */
export function findLiveToken(db: Executor, hash: string) {
  return db
    .selectFrom('api_tokens')
    .selectAll()
    .where('token_hash', '=', hash)
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', sql<Date>`now()`)]))
    .executeTakeFirst();
}

export function markUsed(db: Executor, id: number) {
  return db.updateTable('api_tokens').set({ last_used_at: sql`now()` }).where('id', '=', id).execute();
}

export function revokeToken(db: Executor, id: number) {
  return db
    .updateTable('api_tokens')
    .set({ revoked_at: sql`now()` })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
}
