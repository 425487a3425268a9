import type { Insertable, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { UsersTable } from '../../db/schema.ts';
import type { Executor } from '../../db/transaction.ts';

const withScope = (db: Executor) =>
  db
    .selectFrom('users as u')
    .innerJoin('areas as a', 'a.code', 'u.scope_code')
    .selectAll('u')
    .select('a.name as scope_name');

export function findUser(db: Executor, id: number) {
  return withScope(db).where('u.id', '=', id).executeTakeFirst();
}

export function countUsers(db: Executor) {
  return db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
}

export async function insertUser(db: Executor, row: Insertable<UsersTable>): Promise<number> {
  const { id } = await db.insertInto('users').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export function updateUser(db: Executor, id: number, patch: Updateable<UsersTable>) {
  return db
    .updateTable('users')
    .set({ ...patch, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export function listUsers(db: Executor, f: { q?: string; role?: string; afterId?: number; limit: number }) {
  let q = withScope(db);
  if (f.q)
    q = q.where((eb) => eb.or([eb('u.username', 'ilike', `%${f.q}%`), eb('u.name', 'ilike', `%${f.q}%`)]));
  if (f.role) q = q.where('u.role', '=', f.role as UsersTable['role']);
  if (f.afterId) q = q.where('u.id', '>', f.afterId);
  return q
    .orderBy('u.id')
    .limit(f.limit + 1)
    .execute();
}
