import { sql } from 'kysely';
import type { Executor } from '../../db/transaction.ts';

export function findUserByUsername(db: Executor, username: string) {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export function findUserById(db: Executor, id: number) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export function recordFailure(db: Executor, id: number, lockAfter: number, lockMinutes: number) {
  return db
    .updateTable('users')
    .set({
      failed_attempts: sql`failed_attempts + 1`,
      locked_until: sql`case when failed_attempts + 1 >= ${lockAfter} then now() + make_interval(mins => ${lockMinutes}) else locked_until end`,
    })
    .where('id', '=', id)
    .returning(['failed_attempts', 'locked_until'])
    .executeTakeFirstOrThrow();
}

export function recordLogin(db: Executor, id: number) {
  return db
    .updateTable('users')
    .set({ failed_attempts: 0, locked_until: null, last_login_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export function insertSession(
  db: Executor,
  s: {
    idHash: string;
    userId: number;
    csrf: string;
    ip: string | null;
    userAgent: string | null;
    expiresAt: Date;
  },
) {
  return db
    .insertInto('sessions')
    .values({
      id_hash: s.idHash,
      user_id: s.userId,
      csrf_token: s.csrf,
      ip: s.ip,
      user_agent: s.userAgent,
      expires_at: s.expiresAt,
    })
    .execute();
}

/** A live session with its active user. */
export function findSession(db: Executor, idHash: string) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.id_hash',
      's.csrf_token',
      's.expires_at',
      's.last_seen_at',
      's.created_at',
      'u.id',
      'u.username',
      'u.name',
      'u.role',
      'u.scope_code',
    ])
    .where('s.id_hash', '=', idHash)
    .where('s.revoked_at', 'is', null)
    .where('s.expires_at', '>', sql<Date>`now()`)
    .where('u.active', '=', true)
    .executeTakeFirst();
}

export function touchSession(db: Executor, idHash: string, expiresAt: Date) {
  return db
    .updateTable('sessions')
    .set({ last_seen_at: sql`now()`, expires_at: expiresAt })
    .where('id_hash', '=', idHash)
    .execute();
}

export function revokeSession(db: Executor, idHash: string) {
  return db
    .updateTable('sessions')
    .set({ revoked_at: sql`now()` })
    .where('id_hash', '=', idHash)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Ends every session of a user, except the one named (the device that asked). */
export function revokeUserSessions(db: Executor, userId: number, exceptIdHash?: string) {
  let q = db
    .updateTable('sessions')
    .set({ revoked_at: sql`now()` })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null);
  if (exceptIdHash) q = q.where('id_hash', '<>', exceptIdHash);
  return q.execute();
}

export function setPassword(db: Executor, userId: number, hash: string) {
  return db
    .updateTable('users')
    .set({
      password_hash: hash,
      password_changed_at: sql`now()`,
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', userId)
    .execute();
}
