import type { Updateable } from 'kysely';
import { sql } from 'kysely';
import type { NewPermit, PermitsTable } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import type { Executor } from '../../db/transaction.ts';

export function listPermitsOfBusiness(db: Executor, businessId: number) {
  return db
    .selectFrom('permits')
    .selectAll()
    .where('business_id', '=', businessId)
    .orderBy('type')
    .orderBy('id')
    .execute();
}

export function lockPermit(db: Executor, id: number) {
  return db.selectFrom('permits').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** The permits of a type and number, with the owner of each one's business (a NIB is on all her businesses). */
export function findPermitsByNumber(db: Executor, type: string, number: string) {
  return db
    .selectFrom('permits')
    .innerJoin('businesses', 'businesses.id', 'permits.business_id')
    .select(['permits.id', 'permits.business_id', 'businesses.owner_id'])
    .where('permits.type', '=', type)
    .where('permits.number', '=', number)
    .execute();
}

export async function ownerOfBusiness(db: Executor, businessId: number): Promise<number | undefined> {
  const row = await db
    .selectFrom('businesses')
    .select('owner_id')
    .where('id', '=', businessId)
    .executeTakeFirst();
  return row ? Number(row.owner_id) : undefined;
}

export async function insertPermit(db: Executor, row: NewPermit): Promise<number> {
  const { id } = await db.insertInto('permits').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export function updatePermit(db: Executor, id: number, patch: Updateable<PermitsTable>) {
  return db
    .updateTable('permits')
    .set({ ...patch, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export function deletePermit(db: Executor, id: number) {
  return db.deleteFrom('permits').where('id', '=', id).execute();
}

export type PermitFilter = {
  scope: string;
  businessId?: number;
  type?: string;
  expiringBefore?: string;
  afterId?: number;
  limit: number;
};

export function listPermits(db: Executor, f: PermitFilter) {
  let q = db
    .selectFrom('permits as pm')
    .innerJoin('businesses as b', 'b.id', 'pm.business_id')
    .selectAll('pm')
    .where(inScope('b.kelurahan_code', f.scope));
  if (f.businessId) q = q.where('pm.business_id', '=', f.businessId);
  if (f.type) q = q.where('pm.type', '=', f.type);
  if (f.expiringBefore) q = q.where('pm.expires_on', '<', f.expiringBefore);
  if (f.afterId) q = q.where('pm.id', '<', f.afterId);
  return q
    .orderBy('pm.id', 'desc')
    .limit(f.limit + 1)
    .execute();
}
