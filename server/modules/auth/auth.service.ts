import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { LoginInput, Me, Role } from '../../../shared/contracts/auth.ts';
import { PERMISSIONS } from '../../../shared/contracts/auth.ts';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/connection.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { Caller } from '../../http/caller.ts';
import { AppError } from '../../http/errors.ts';
import { findArea } from '../areas/areas.repository.ts';
import { audit } from '../audit/audit.service.ts';
import * as repo from './auth.repository.ts';
import { assertStrong, hashPassword, verifyPassword } from './passwords.ts';

const LOCK_AFTER = 5;
const LOCK_MINUTES = 15;
const hashId = (id: string) => createHash('sha256').update(id).digest('hex');
const wrongCredentials = () => new AppError('INVALID_CREDENTIALS', 'Nama pengguna atau kata sandi salah.');
// A fixed hash to verify against when the user does not exist, so timing does not reveal usernames.
let dummyHash: Promise<string> | undefined;

export type Session = { idHash: string; csrf: string; expiresAt: Date };

function expiry(config: Config, createdAt: Date): Date {
  const idle = Date.now() + config.session.idleMinutes * 60_000;
  const absolute = createdAt.getTime() + config.session.maxHours * 3_600_000;
  return new Date(Math.min(idle, absolute));
}

function lockedMessage(until: Date): string {
  const time = until.toLocaleTimeString('id-ID', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Jakarta',
  });
  return `Akun terkunci sementara karena ${LOCK_AFTER} kali salah kata sandi. Coba lagi setelah pukul ${time} WIB, atau minta admin membukanya.`;
}

/** Checks the password (with lockout after repeated failures) and opens a session; returns the cookie value. */
export async function login(
  db: Database,
  input: LoginInput,
  config: Config,
  from: { ip: string | null; userAgent: string | null },
) {
  const user = await repo.findUserByUsername(db, input.username.toLowerCase());
  const who = {
    id: user?.id ?? 0,
    username: input.username,
    name: user?.name ?? input.username,
    role: 'mitra' as Role,
    scope: '',
    ip: from.ip,
  };
  if (!user?.active) {
    dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
    await verifyPassword(await dummyHash, input.password);
    await audit(db, null, 'login_failed', { details: { username: input.username, ip: from.ip } });
    throw wrongCredentials();
  }
  if (user.locked_until && user.locked_until > new Date())
    throw new AppError('ACCOUNT_LOCKED', lockedMessage(user.locked_until));
  if (!(await verifyPassword(user.password_hash, input.password))) {
    const r = await repo.recordFailure(db, user.id, LOCK_AFTER, LOCK_MINUTES);
    await audit(db, who, 'login_failed', { entity: 'user', entityId: user.id });
    if (r.locked_until && r.failed_attempts >= LOCK_AFTER)
      throw new AppError('ACCOUNT_LOCKED', lockedMessage(r.locked_until));
    throw wrongCredentials();
  }
  const id = randomBytes(32).toString('base64url');
  const session: Session = {
    idHash: hashId(id),
    csrf: randomBytes(24).toString('base64url'),
    expiresAt: expiry(config, new Date()),
  };
  await withTransaction(db, async (trx) => {
    await repo.recordLogin(trx, user.id);
    await repo.insertSession(trx, {
      ...session,
      userId: user.id,
      ip: from.ip,
      userAgent: from.userAgent?.slice(0, 300) ?? null,
    });
    await audit(trx, { ...who, role: user.role, scope: user.scope_code }, 'login', {
      entity: 'user',
      entityId: user.id,
    });
  });
  const caller: Caller = {
    id: user.id,
    username: user.username,
    name: user.name,
    role: user.role,
    scope: user.scope_code,
    ip: from.ip,
  };
  return { cookie: id, me: await me(db, caller, session) };
}

/** The caller behind a session cookie, sliding its idle expiry (written at most once a minute). */
export async function resolveSession(db: Database, cookie: string, config: Config, ip: string | null) {
  const idHash = hashId(cookie);
  const s = await repo.findSession(db, idHash);
  if (!s) return null;
  const expiresAt = expiry(config, new Date(s.created_at));
  if (Date.now() - new Date(s.last_seen_at).getTime() > 60_000)
    await repo.touchSession(db, idHash, expiresAt);
  const caller: Caller = {
    id: s.id,
    username: s.username,
    name: s.name,
    role: s.role,
    scope: s.scope_code,
    ip,
  };
  return { caller, session: { idHash, csrf: s.csrf_token, expiresAt } satisfies Session };
}

export function csrfMatches(session: Session, token: string | undefined): boolean {
  if (!token) return false;
  const [a, b] = [Buffer.from(session.csrf), Buffer.from(token)];
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function me(db: Database, caller: Caller, session: Session): Promise<Me> {
  const area = await findArea(db, caller.scope);
  return {
    id: caller.id,
    username: caller.username,
    name: caller.name,
    role: caller.role,
    scopeCode: caller.scope,
    scopeName: area?.name ?? caller.scope,
    permissions: Object.entries(PERMISSIONS)
      .filter(([, roles]) => (roles as readonly Role[]).includes(caller.role))
      .map(([p]) => p),
    csrfToken: session.csrf,
    sessionExpiresAt: session.expiresAt.toISOString(),
  };
}

export async function logout(db: Database, caller: Caller, session: Session, everywhere: boolean) {
  await withTransaction(db, async (trx) => {
    if (everywhere) await repo.revokeUserSessions(trx, caller.id);
    else await repo.revokeSession(trx, session.idHash);
    await audit(trx, caller, everywhere ? 'logout_all' : 'logout', { entity: 'user', entityId: caller.id });
  });
}

export async function changePassword(
  db: Database,
  caller: Caller,
  session: Session,
  current: string,
  next: string,
) {
  const user = await repo.findUserById(db, caller.id);
  if (!user || !(await verifyPassword(user.password_hash, current))) {
    throw new AppError('VALIDATION_FAILED', 'Kata sandi lama salah.', [
      { path: 'currentPassword', code: 'PASSWORD_WRONG', message: 'Kata sandi lama salah.' },
    ]);
  }
  assertStrong(next, [user.username, user.name], 'newPassword');
  const hashed = await hashPassword(next);
  await withTransaction(db, async (trx) => {
    await repo.setPassword(trx, caller.id, hashed);
    // Other devices must sign in again with the new password; this one stays signed in.
    await repo.revokeUserSessions(trx, caller.id, session.idHash);
    await audit(trx, caller, 'password_change', { entity: 'user', entityId: caller.id });
  });
}
