import type { z } from 'zod';
import type {
  BusinessInput,
  BusinessListQuery,
  BusinessPatch,
} from '../../../shared/contracts/businesses.ts';
import { sectorOfKbli } from '../../../shared/rules/kbli.ts';
import { normalizeSearchText } from '../../../shared/rules/search.ts';
import { sizeClass } from '../../../shared/rules/size-class.ts';
import type { Database } from '../../db/connection.ts';
import type { BusinessRow, NewBusiness } from '../../db/schema.ts';
import { codeInScope } from '../../db/scope.ts';
import { type Executor, withTransaction } from '../../db/transaction.ts';
import { actorOf, type Caller, type Ctx } from '../../http/caller.ts';
import { decodeCursor, toPage } from '../../http/cursor.ts';
import { AppError, type FieldIssue, notFound } from '../../http/errors.ts';
import { resolveKelurahan } from '../areas/areas.service.ts';
import { auditView } from '../audit/audit.service.ts';
import { listBusinessHistory } from '../history/history.repository.ts';
import { diff, recordChange, toHistoryEntry } from '../history/history.service.ts';
import { toPerson } from '../people/people.mapper.ts';
import { findPerson } from '../people/people.repository.ts';
import { insertPersonTx, versionConflict } from '../people/people.service.ts';
import { toPermit } from '../permits/permits.mapper.ts';
import { listPermitsOfBusiness } from '../permits/permits.repository.ts';
import { idsOf, reweighOpenPairs } from '../reviews/reweigh.ts';
import { businessAuditView, toBusiness, toBusinessListItem } from './businesses.mapper.ts';
import * as repo from './businesses.repository.ts';

type Fields = Partial<Omit<z.infer<typeof BusinessPatch>, 'version'>>;

const COLUMNS: Record<string, keyof NewBusiness> = {
  name: 'name',
  homeIndustry: 'home_industry',
  street: 'street',
  rt: 'rt',
  rw: 'rw',
  latitude: 'latitude',
  longitude: 'longitude',
  products: 'products',
  kbliCode: 'kbli_code',
  kbliVersion: 'kbli_version',
  yearStarted: 'year_started',
  workersTotal: 'workers_total',
  workersWomen: 'workers_women',
  workersFamilyUnpaid: 'workers_family_unpaid',
  monthlyTurnover: 'monthly_turnover',
  capital: 'capital',
  sentra: 'sentra',
  status: 'status',
  ownerId: 'owner_id',
};

/** Input → columns, with the derived ones (kecamatan, sector, size class, search text) recomputed. */
async function prepare(db: Executor, input: Fields, before: BusinessRow | null, { config, caller }: Ctx) {
  const row: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(COLUMNS)) {
    const value = input[field as keyof Fields];
    if (value !== undefined) row[column] = value;
  }
  if (input.kelurahanCode) {
    const area = await resolveKelurahan(db, input.kelurahanCode, caller.scope, 'kelurahanCode');
    row.kelurahan_code = area.kelurahanCode;
    row.kecamatan_code = area.kecamatanCode;
  }
  if (input.ownerId !== undefined) {
    const owner = await findPerson(db, input.ownerId);
    if (!owner) throw notFound('Pemilik usaha');
    // UU PDP: after a withdrawal of consent or an erasure her data is not processed for anything new.
    if (input.ownerId !== before?.owner_id && (owner.processing_restricted_at || owner.erased_at)) {
      throw new AppError(
        'PROCESSING_RESTRICTED',
        'Pemilik ini telah menarik persetujuan atau datanya dihapus, jadi tidak dapat dipilih sebagai pemilik usaha. Pilih atau daftarkan pemilik lain.',
        [
          {
            path: 'ownerId',
            code: 'PROCESSING_RESTRICTED',
            message: 'Pemilik ini tidak dapat dipilih (persetujuan ditarik).',
          },
        ],
      );
    }
    row.owner_krtp = owner.krtp;
  }
  const merged = { ...before, ...row } as BusinessRow;
  if (merged.kbli_code && !merged.kbli_version) row.kbli_version = 2020;
  row.sector = merged.kbli_code ? sectorOfKbli(merged.kbli_code) : 'lainnya';
  row.size_class = sizeClass(
    { capital: merged.capital, monthlyTurnover: merged.monthly_turnover },
    config.sizeThresholds,
  );
  row.search_text = normalizeSearchText(`${merged.name} ${merged.products ?? ''}`);
  return row;
}

/** A business the caller may see: outside her area scope it does not exist for her (404). */
export async function findInScope(db: Executor, id: number, caller: Caller) {
  const row = await repo.findBusiness(db, id);
  if (!row || !codeInScope(row.kelurahan_code, caller.scope)) throw notFound('Usaha');
  return row;
}

export async function getBusiness(db: Database, id: number, caller: Caller) {
  const row = await findInScope(db, id, caller);
  const [owner, permits] = await Promise.all([findPerson(db, row.owner_id), listPermitsOfBusiness(db, id)]);
  if (!owner) throw notFound('Pemilik usaha');
  auditView(db, caller, 'business.view', { entity: 'business', entityId: id });
  return { ...toBusiness(row), owner: toPerson(owner), permits: permits.map(toPermit) };
}

export async function createBusiness(db: Database, input: z.infer<typeof BusinessInput>, ctx: Ctx) {
  const { id, warnings } = await withTransaction(db, async (trx) => {
    const warnings: FieldIssue[] = [];
    let ownerId = input.ownerId;
    if (!ownerId && input.owner) {
      const created = await insertPersonTx(trx, input.owner, ctx, 'owner');
      ownerId = created.id;
      warnings.push(...created.warnings);
    }
    if (!ownerId) throw notFound('Pemilik usaha');
    const row = await prepare(trx, { ...input, ownerId }, null, ctx);
    const id = await repo.insertBusiness(trx, row as NewBusiness);
    const after = await repo.lockBusiness(trx, id);
    if (!after) throw notFound('Usaha');
    const changes = diff(null, businessAuditView(after));
    await recordChange(trx, ctx.caller, {
      entity: 'business',
      entityId: id,
      businessId: id,
      action: 'create',
      changes,
    });
    return { id, warnings };
  });
  return { business: await getBusiness(db, id, ctx.caller), warnings };
}

export async function updateBusiness(
  db: Database,
  id: number,
  patch: z.infer<typeof BusinessPatch>,
  ctx: Ctx,
) {
  const warnings = await withTransaction(db, async (trx) => {
    await findInScope(trx, id, ctx.caller);
    const before = await repo.lockBusiness(trx, id);
    if (!before) throw notFound('Usaha');
    if (before.version !== patch.version) throw versionConflict();
    const { owner, ...fields } = patch;
    // A new owner is created in the same transaction, so a failed edit leaves no orphan person.
    const created = owner && !fields.ownerId ? await insertPersonTx(trx, owner, ctx, 'owner') : null;
    if (created) fields.ownerId = created.id;
    await repo.updateBusiness(trx, id, await prepare(trx, fields, before, ctx));
    const after = await repo.lockBusiness(trx, id);
    const changes = diff(businessAuditView(before), businessAuditView(after ?? before));
    if (Object.keys(changes).length) {
      await recordChange(trx, ctx.caller, {
        entity: 'business',
        entityId: id,
        businessId: id,
        action: 'update',
        changes,
      });
      // Its open review pairs are weighed with what it is now.
      await reweighOpenPairs(trx, idsOf('business', [id]), ctx.config.linkage, actorOf(ctx.caller));
    }
    return created?.warnings ?? [];
  });
  return { business: await getBusiness(db, id, ctx.caller), warnings };
}

/** The list's query strings as repository filters (also used to enrol businesses into a session). */
export function toBusinessFilter(q: Omit<BusinessListQuery, 'limit' | 'cursor'>) {
  const flag = (v: 'true' | 'false' | undefined) => (v === undefined ? undefined : v === 'true');
  return {
    ...q,
    q: q.q ? normalizeSearchText(q.q) : undefined,
    krtp: flag(q.krtp),
    homeIndustry: flag(q.homeIndustry),
    micro: flag(q.micro),
  };
}

/** The list's total under the same filter (the figure a dashboard bar links to). */
export async function countBusinesses(
  db: Database,
  q: Omit<BusinessListQuery, 'limit' | 'cursor'>,
  caller: Caller,
) {
  return repo.countBusinesses(db, caller.scope, { ...toBusinessFilter(q), limit: 0 });
}

export async function listBusinesses(db: Database, q: BusinessListQuery, caller: Caller) {
  const rows = await repo.listBusinesses(db, caller.scope, {
    ...toBusinessFilter(q),
    limit: q.limit,
    after: decodeCursor(q.cursor),
  });
  auditView(db, caller, 'business.list', { details: { query: q, rows: Math.min(rows.length, q.limit) } });
  return toPage(rows, q.limit, toBusinessListItem);
}

export async function businessHistory(db: Database, id: number, caller: Caller) {
  await findInScope(db, id, caller);
  const rows = await listBusinessHistory(db, id);
  return { items: rows.map((r) => toHistoryEntry({ ...r, at: new Date(r.at) })) };
}
