import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { Role } from '../../../shared/contracts/auth.ts';
import type { User, UserInput, UserPatch } from '../../../shared/contracts/users.ts';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/connection.ts';
import { codeInScope } from '../../db/scope.ts';
import { type Executor, withTransaction } from '../../db/transaction.ts';
import type { Caller, Ctx } from '../../http/caller.ts';
import { decodeCursor, toPage } from '../../http/cursor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { findArea } from '../areas/areas.repository.ts';
import { audit } from '../audit/audit.service.ts';
import { findUserByUsername, revokeUserSessions } from '../auth/auth.repository.ts';
import { assertStrong, hashPassword } from '../auth/passwords.ts';
import { versionConflict } from '../people/people.service.ts';
import * as repo from './users.repository.ts';

type UserRow = NonNullable<Awaited<ReturnType<typeof repo.findUser>>>;

function toUser(r: UserRow): User {
  return {
    id: r.id,
    username: r.username,
    name: r.name,
    role: r.role,
    scopeCode: r.scope_code,
    scopeName: r.scope_name,
    partnerOffice: r.partner_office,
    active: r.active,
    lockedUntil: r.locked_until && r.locked_until > new Date() ? r.locked_until.toISOString() : null,
    lastLoginAt: r.last_login_at ? new Date(r.last_login_at).toISOString() : null,
    version: r.version,
  };
}

async function assertScope(db: Executor, code: string, region: string) {
  const area = await findArea(db, code);
  if (!area || area.level < 2 || !codeInScope(code, region)) {
    throw new AppError('VALIDATION_FAILED', 'Wilayah kerja tidak valid.', [
      {
        path: 'scopeCode',
        code: 'SCOPE_OUTSIDE_REGION',
        message: `Pilih kota, kecamatan atau kelurahan di dalam wilayah layanan (${region}).`,
      },
    ]);
  }
}

export async function createUser(db: Database, input: z.infer<typeof UserInput>, ctx: Ctx) {
  await assertScope(db, input.scopeCode, ctx.config.region);
  assertStrong(input.password, [input.username, input.name], 'password');
  const hashed = await hashPassword(input.password);
  const id = await withTransaction(db, async (trx) => {
    const id = await insertOrDuplicate(trx, { ...input, password_hash: hashed });
    await audit(trx, ctx.caller, 'user.create', {
      entity: 'user',
      entityId: id,
      details: { role: input.role, scope: input.scopeCode },
    });
    return id;
  });
  return toUser((await repo.findUser(db, id)) as UserRow);
}

async function insertOrDuplicate(trx: Executor, u: z.infer<typeof UserInput> & { password_hash: string }) {
  const taken = await trx
    .selectFrom('users')
    .select('id')
    .where('username', '=', u.username)
    .executeTakeFirst();
  if (taken) {
    throw new AppError('DUPLICATE', 'Nama pengguna sudah dipakai.', [
      {
        path: 'username',
        code: 'USERNAME_TAKEN',
        message: `Nama pengguna "${u.username}" sudah dipakai; pilih yang lain.`,
      },
    ]);
  }
  return repo.insertUser(trx, {
    username: u.username,
    name: u.name,
    role: u.role,
    scope_code: u.scopeCode,
    partner_office: u.partnerOffice ?? null,
    password_hash: u.password_hash,
  });
}

export async function updateUser(db: Database, id: number, patch: z.infer<typeof UserPatch>, ctx: Ctx) {
  const before = await repo.findUser(db, id);
  if (!before) throw notFound('Pengguna');
  if (before.version !== patch.version) throw versionConflict();
  if (patch.scopeCode) await assertScope(db, patch.scopeCode, ctx.config.region);
  if (patch.password) assertStrong(patch.password, [before.username, patch.name ?? before.name], 'password');
  const hashed = patch.password ? await hashPassword(patch.password) : undefined;
  await withTransaction(db, async (trx) => {
    await repo.updateUser(trx, id, {
      name: patch.name,
      role: patch.role,
      scope_code: patch.scopeCode,
      partner_office: patch.partnerOffice,
      active: patch.active,
      ...(hashed ? { password_hash: hashed, failed_attempts: 0, locked_until: null } : {}),
    });
    // A deactivated account or a new password ends every open session at once.
    if (patch.active === false || hashed) await revokeUserSessions(trx, id);
    const changed = Object.keys(patch).filter((k) => k !== 'version' && k !== 'password');
    await audit(trx, ctx.caller, 'user.update', {
      entity: 'user',
      entityId: id,
      details: { fields: changed, passwordReset: !!hashed },
    });
  });
  return toUser((await repo.findUser(db, id)) as UserRow);
}

export async function revokeSessions(db: Database, id: number, caller: Caller) {
  if (!(await repo.findUser(db, id))) throw notFound('Pengguna');
  await withTransaction(db, async (trx) => {
    await revokeUserSessions(trx, id);
    await audit(trx, caller, 'user.revoke_sessions', { entity: 'user', entityId: id });
  });
}

export async function listUsers(
  db: Database,
  q: { q?: string; role?: string; limit: number; cursor?: string },
) {
  const rows = await repo.listUsers(db, { ...q, afterId: decodeCursor(q.cursor)?.id });
  return toPage(rows, q.limit, toUser);
}

const generated = () => `${randomBytes(4).toString('hex')}-${randomBytes(4).toString('hex')}-Pilar`;

/** The first admin, on the first start: the password from PILAR_ADMIN_PASSWORD, or generated and shown once. */
export async function ensureAdmin(db: Database, config: Config): Promise<string | null> {
  if ((await repo.countUsers(db)).n > 0) return null;
  const password = config.adminPassword ?? generated();
  if (config.adminPassword) assertStrong(password, ['admin'], 'PILAR_ADMIN_PASSWORD');
  await repo.insertUser(db, {
    username: 'admin',
    name: 'Admin Pilar',
    role: 'admin',
    scope_code: config.region,
    password_hash: await hashPassword(password),
  });
  return config.adminPassword ? null : password;
}

const DEMO: {
  username: string;
  name: string;
  role: Role;
  scope: (region: string) => string;
  office?: string;
}[] = [
  { username: 'operator', name: 'Operator Demo', role: 'operator', scope: (r) => r },
  { username: 'pendamping', name: 'Pendamping Demo (Blimbing)', role: 'pendamping', scope: (r) => `${r}.01` },
  {
    username: 'enumerator',
    name: 'Enumerator Demo (Purwantoro)',
    role: 'enumerator',
    scope: (r) => `${r}.01.1007`,
  },
  { username: 'pimpinan', name: 'Pimpinan Demo', role: 'pimpinan', scope: (r) => r },
  {
    username: 'mitra',
    name: 'Mitra Demo (Dinas Koperasi)',
    role: 'mitra',
    scope: (r) => r,
    office: 'Dinas Koperasi dan UMKM',
  },
];

/** One demo account per role, for the demo registry only; the generated passwords are returned to show. */
export async function createDemoAccounts(db: Database, region: string) {
  const made: { username: string; role: Role; scope: string; password: string }[] = [];
  for (const d of DEMO) {
    const scope = d.scope(region);
    if (!(await findArea(db, scope)) || (await findUserByUsername(db, d.username))) continue;
    const password = generated();
    await repo.insertUser(db, {
      username: d.username,
      name: d.name,
      role: d.role,
      scope_code: scope,
      partner_office: d.office ?? null,
      password_hash: await hashPassword(password),
    });
    made.push({ username: d.username, role: d.role, scope, password });
  }
  return made;
}
