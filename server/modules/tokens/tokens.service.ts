import { createHash, randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { Token, TokenInput } from '../../../shared/contracts/tokens.ts';
import type { Database } from '../../db/connection.ts';
import { codeInScope } from '../../db/scope.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { Caller, Ctx } from '../../http/caller.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { findArea } from '../areas/areas.repository.ts';
import { audit } from '../audit/audit.service.ts';
import * as repo from './tokens.repository.ts';

export const TOKEN_PREFIX = 'pilar_';
const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

type TokenRow = NonNullable<Awaited<ReturnType<typeof repo.findToken>>>;
const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

function toToken(r: TokenRow): Token {
  return {
    id: r.id,
    name: r.name,
    role: r.role,
    scopeCode: r.scope_code,
    scopeName: r.scope_name,
    partnerOffice: r.partner_office,
    createdAt: new Date(r.created_at).toISOString(),
    expiresAt: iso(r.expires_at),
    lastUsedAt: iso(r.last_used_at),
    revokedAt: iso(r.revoked_at),
  };
}

/** A new token; its secret is returned once and only its SHA-256 is kept. */
export async function createToken(db: Database, input: z.infer<typeof TokenInput>, ctx: Ctx) {
  const area = await findArea(db, input.scopeCode);
  if (!area || area.level < 2 || !codeInScope(input.scopeCode, ctx.config.region)) {
    throw new AppError('VALIDATION_FAILED', 'Wilayah token tidak valid.', [
      {
        path: 'scopeCode',
        code: 'SCOPE_OUTSIDE_REGION',
        message: `Pilih kota, kecamatan atau kelurahan di dalam wilayah layanan (${ctx.config.region}).`,
      },
    ]);
  }
  const secret = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const id = await withTransaction(db, async (trx) => {
    const id = await repo.insertToken(trx, {
      name: input.name,
      role: input.role,
      scope_code: input.scopeCode,
      partner_office: input.partnerOffice ?? null,
      token_hash: hashOf(secret),
      created_by: ctx.caller.id,
      expires_at: input.expiresOn ? new Date(`${input.expiresOn}T00:00:00+07:00`) : null,
    });
    await audit(trx, ctx.caller, 'token.create', {
      entity: 'token',
      entityId: id,
      details: { role: input.role, scope: input.scopeCode },
    });
    return id;
  });
  return { token: toToken((await repo.findToken(db, id)) as TokenRow), secret };
}

export async function listTokens(db: Database) {
  return { items: (await repo.listTokens(db)).map(toToken) };
}

export async function revokeToken(db: Database, id: number, caller: Caller) {
  if (!(await repo.findToken(db, id))) throw notFound('Token');
  await withTransaction(db, async (trx) => {
    await repo.revokeToken(trx, id);
    await audit(trx, caller, 'token.revoke', { entity: 'token', entityId: id });
  });
}

/** The caller a bearer token stands for, or null when it is unknown, revoked or expired. */
export async function resolveToken(db: Database, secret: string, ip: string | null): Promise<Caller | null> {
  if (!secret.startsWith(TOKEN_PREFIX)) return null;
  const t = await repo.findLiveToken(db, hashOf(secret));
  if (!t) return null;
  if (!t.last_used_at || Date.now() - new Date(t.last_used_at).getTime() > 60_000)
    await repo.markUsed(db, t.id);
  return {
    id: 0,
    tokenId: t.id,
    username: `token-${t.id}`,
    name: `Token: ${t.name}`,
    role: t.role,
    scope: t.scope_code,
    ip,
  };
}
