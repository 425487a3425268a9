import { type Insertable, sql, type Updateable } from 'kysely';
import type { ProductPhotosTable, ProductsTable } from '../../db/schema-catalogue.ts';
import { inScope } from '../../db/scope.ts';
import type { Executor } from '../../db/transaction.ts';

/** Staff side of the catalogue: consent records, products and photos, buyer leads. */

export function consentsOf(db: Executor, businessId: number) {
  return db
    .selectFrom('catalogue_consents')
    .selectAll()
    .where('business_id', '=', businessId)
    .orderBy('recorded_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export function insertConsent(
  db: Executor,
  row: { business_id: number; text_version: string; channel: string; recorded_by: string },
) {
  return db.insertInto('catalogue_consents').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function withdrawConsent(db: Executor, businessId: number, by: string, reason: string | null) {
  const res = await db
    .updateTable('catalogue_consents')
    .set({ withdrawn_at: sql`now()`, withdrawn_by: by, withdrawal_reason: reason })
    .where('business_id', '=', businessId)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** Whether the publication view shows the business now (the one rule, read here too). */
export async function isPublished(db: Executor, businessId: number) {
  const row = await db
    .selectFrom('catalogue_public_businesses')
    .select('id')
    .where('id', '=', businessId)
    .executeTakeFirst();
  return !!row;
}

export function productsOf(db: Executor, businessId: number) {
  return db
    .selectFrom('products as p')
    .selectAll('p')
    .select((eb) =>
      eb
        .selectFrom('product_photos as f')
        .select(sql<number[]>`coalesce(array_agg(f.n order by f.n), '{}')`.as('ns'))
        .whereRef('f.product_id', '=', 'p.id')
        .as('photo_numbers'),
    )
    .where('p.business_id', '=', businessId)
    .orderBy('p.id')
    .execute();
}
export type ProductRow = Awaited<ReturnType<typeof productsOf>>[number];

/** A product with its business's kelurahan (for the caller's area check). */
export function findProduct(db: Executor, id: number) {
  return db
    .selectFrom('products as p')
    .innerJoin('businesses as b', 'b.id', 'p.business_id')
    .selectAll('p')
    .select('b.kelurahan_code')
    .where('p.id', '=', id)
    .executeTakeFirst();
}

export function insertProduct(db: Executor, row: Insertable<ProductsTable>) {
  return db.insertInto('products').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function updateProduct(
  db: Executor,
  id: number,
  version: number,
  set: Updateable<ProductsTable>,
) {
  const res = await db
    .updateTable('products')
    .set({ ...set, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export function deleteProduct(db: Executor, id: number) {
  return db.deleteFrom('products').where('id', '=', id).execute();
}

export async function photoNumbers(db: Executor, productId: number) {
  const rows = await db
    .selectFrom('product_photos')
    .select('n')
    .where('product_id', '=', productId)
    .execute();
  return rows.map((r) => r.n);
}

export function insertPhoto(db: Executor, row: Insertable<ProductPhotosTable>) {
  return db.insertInto('product_photos').values(row).execute();
}

export function deletePhoto(db: Executor, productId: number, n: number) {
  return db
    .deleteFrom('product_photos')
    .where('product_id', '=', productId)
    .where('n', '=', n)
    .executeTakeFirst();
}

export function getPhoto(db: Executor, productId: number, n: number) {
  return db
    .selectFrom('product_photos')
    .select(['content_type', 'bytes', 'thumb'])
    .where('product_id', '=', productId)
    .where('n', '=', n)
    .executeTakeFirst();
}

export type LeadFilter = {
  scope: string;
  /** A pendamping sees only the leads of businesses whose active roadmap she carries. */
  mentorId: number | null;
  businessId?: number;
  status?: string;
};

export function listLeads(db: Executor, f: LeadFilter) {
  let q = db
    .selectFrom('market_leads as l')
    .innerJoin('businesses as b', 'b.id', 'l.business_id')
    .leftJoin('products as p', 'p.id', 'l.product_id')
    .selectAll('l')
    .select(['b.name as business_name', 'p.name as product_name'])
    .where(inScope('b.kelurahan_code', f.scope));
  if (f.mentorId !== null) q = q.where(mentoredBy(f.mentorId));
  if (f.businessId) q = q.where('l.business_id', '=', f.businessId);
  if (f.status) q = q.where('l.status', '=', f.status as never);
  return q.orderBy('l.created_at', 'desc').orderBy('l.id', 'desc').limit(500).execute();
}
export type LeadRow = Awaited<ReturnType<typeof listLeads>>[number];

/** The business (alias b) has an open roadmap carried by the user: "her" business, as in Pekerjaan saya. */
function mentoredBy(userId: number) {
  return sql<boolean>`exists (select 1 from roadmaps r where r.business_id = b.id and r.closed_at is null
    and r.responsible_user_id = ${userId})`;
}

export function findLead(db: Executor, id: number, f: Omit<LeadFilter, 'businessId' | 'status'>) {
  let q = db
    .selectFrom('market_leads as l')
    .innerJoin('businesses as b', 'b.id', 'l.business_id')
    .select(['l.id', 'l.business_id', 'l.status'])
    .where('l.id', '=', id)
    .where(inScope('b.kelurahan_code', f.scope));
  if (f.mentorId !== null) q = q.where(mentoredBy(f.mentorId));
  return q.executeTakeFirst();
}

export function updateLead(db: Executor, id: number, status: string, note: string | null) {
  return db
    .updateTable('market_leads')
    .set({ status: status as never, status_note: note, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}
