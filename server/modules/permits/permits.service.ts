import type { z } from 'zod';
import type { PermitInput, PermitListQuery, PermitPatch } from '../../../shared/contracts/permits.ts';
import {
  normalizePermitNumber,
  type PermitType,
  permitValidityYears,
} from '../../../shared/rules/permits.ts';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/connection.ts';
import type { PermitRow } from '../../db/schema.ts';
import { type Executor, withTransaction } from '../../db/transaction.ts';
import type { Caller, Ctx } from '../../http/caller.ts';
import { decodeCursor, toPage } from '../../http/cursor.ts';
import { AppError, type FieldIssue, notFound } from '../../http/errors.ts';
import { lockBusiness } from '../businesses/businesses.repository.ts';
import { findInScope } from '../businesses/businesses.service.ts';
import { diff, recordChange } from '../history/history.service.ts';
import { versionConflict } from '../people/people.service.ts';
import { permitAuditView, toPermit } from './permits.mapper.ts';
import * as repo from './permits.repository.ts';

type Fields = { type: PermitType; number: string; issuedOn?: string | null; expiresOn?: string | null };

function addYears(iso: string, years: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}

/**
 * Canonical number, uniqueness per type (a NIB: one owner's, once per business, since all her businesses
 * are under her one NIB), and an expiry derived from the validity period when left empty.
 */
async function prepare(
  db: Executor,
  f: Fields,
  self: { id: number | null; businessId: number },
  config: Config,
) {
  const norm = normalizePermitNumber(f.type, f.number, { region: config.region });
  const number = norm.value ?? f.number.trim();
  const others = (await repo.findPermitsByNumber(db, f.type, number)).filter((p) => p.id !== self.id);
  const owner = f.type === 'NIB' ? await repo.ownerOfBusiness(db, self.businessId) : undefined;
  // Another owner's NIB, or the same number on this business already.
  const other = others.find(
    (p) => f.type !== 'NIB' || Number(p.owner_id) !== owner || p.business_id === self.businessId,
  );
  if (other) {
    const message =
      f.type === 'NIB' && other.business_id !== self.businessId
        ? `NIB ini sudah tercatat pada usaha ID ${other.business_id} milik pelaku usaha lain; satu NIB milik satu pelaku usaha.`
        : `Nomor izin ini sudah tercatat pada usaha ID ${other.business_id}.`;
    throw new AppError('DUPLICATE', 'Nomor izin sudah terdaftar.', [
      { path: 'number', code: 'PERMIT_DUPLICATE', message },
    ]);
  }
  const years = permitValidityYears(f.type);
  const expiresOn = f.expiresOn ?? (f.issuedOn && years ? addYears(f.issuedOn, years) : null);
  const warnings: FieldIssue[] = norm.warnings.map((w) => ({ path: 'number', ...w }));
  return { row: { type: f.type, number, issued_on: f.issuedOn ?? null, expires_on: expiresOn }, warnings };
}

export async function createPermit(
  db: Database,
  businessId: number,
  input: z.infer<typeof PermitInput>,
  ctx: Ctx,
) {
  return withTransaction(db, async (trx) => {
    await findInScope(trx, businessId, ctx.caller);
    if (!(await lockBusiness(trx, businessId))) throw notFound('Usaha');
    const { row, warnings } = await prepare(trx, input, { id: null, businessId }, ctx.config);
    const id = await repo.insertPermit(trx, { ...row, business_id: businessId });
    const created = (await repo.lockPermit(trx, id)) as PermitRow;
    const changes = diff(null, permitAuditView(created));
    await recordChange(trx, ctx.caller, {
      entity: 'permit',
      entityId: id,
      businessId,
      action: 'create',
      changes,
    });
    return { permit: toPermit(created), warnings };
  });
}

/** A permit of a business in the caller's area, locked for the change; else 404. */
async function lockInScope(trx: Executor, id: number, caller: Caller) {
  const permit = await repo.lockPermit(trx, id);
  if (!permit) throw notFound('Izin');
  await findInScope(trx, permit.business_id, caller).catch(() => {
    throw notFound('Izin');
  });
  return permit;
}

export async function updatePermit(db: Database, id: number, patch: z.infer<typeof PermitPatch>, ctx: Ctx) {
  return withTransaction(db, async (trx) => {
    const before = await lockInScope(trx, id, ctx.caller);
    if (before.version !== patch.version) throw versionConflict();
    const merged = {
      type: before.type as PermitType,
      number: before.number,
      issuedOn: before.issued_on,
      expiresOn: before.expires_on,
      ...patch,
    };
    const { row, warnings } = await prepare(trx, merged, { id, businessId: before.business_id }, ctx.config);
    await repo.updatePermit(trx, id, row);
    const after = (await repo.lockPermit(trx, id)) as PermitRow;
    const changes = diff(permitAuditView(before), permitAuditView(after));
    if (Object.keys(changes).length) {
      const entry = {
        entity: 'permit',
        entityId: id,
        businessId: before.business_id,
        action: 'update',
        changes,
      } as const;
      await recordChange(trx, ctx.caller, entry);
    }
    return { permit: toPermit(after), warnings };
  });
}

export async function deletePermit(db: Database, id: number, caller: Caller) {
  await withTransaction(db, async (trx) => {
    const before = await lockInScope(trx, id, caller);
    await repo.deletePermit(trx, id);
    const gone = Object.fromEntries(
      Object.entries(permitAuditView(before)).map(([k, v]) => [k, [v, null] as [unknown, unknown]]),
    );
    const entry = {
      entity: 'permit',
      entityId: id,
      businessId: before.business_id,
      action: 'delete',
      changes: gone,
    } as const;
    await recordChange(trx, caller, entry);
  });
}

export async function listPermits(db: Database, q: z.infer<typeof PermitListQuery>, caller: Caller) {
  const rows = await repo.listPermits(db, {
    scope: caller.scope,
    businessId: q.businessId,
    type: q.type,
    expiringBefore: q.expiringBefore,
    afterId: decodeCursor(q.cursor)?.id,
    limit: q.limit,
  });
  return toPage(rows, q.limit, toPermit);
}
