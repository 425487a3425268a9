import type { z } from 'zod';
import type {
  Catalogue,
  ConsentInput,
  Lead,
  LeadStatusInput,
  Product,
  ProductInput,
  ProductPatch,
} from '../../../shared/contracts/catalogue.ts';
import { MAX_PRODUCT_PHOTOS, slugify } from '../../../shared/rules/catalogue.ts';
import { normalizeSearchText } from '../../../shared/rules/search.ts';
import type { Database } from '../../db/connection.ts';
import { codeInScope } from '../../db/scope.ts';
import { withTransaction } from '../../db/transaction.ts';
import { actorOf, type Caller } from '../../http/caller.ts';
import { AppError, invalid, notFound } from '../../http/errors.ts';
import { preparePhoto } from '../../images/photo.ts';
import { audit } from '../audit/audit.service.ts';
import { findInScope } from '../businesses/businesses.service.ts';
import { findPerson } from '../people/people.repository.ts';
import * as repo from './catalogue.repository.ts';

export const productPath = (id: number, name: string) => `/katalog/produk/${id}-${slugify(name)}`;
export const businessPath = (id: number, name: string) => `/katalog/usaha/${id}-${slugify(name)}`;

const iso = (d: unknown) => (d === null || d === undefined ? null : new Date(d as string).toISOString());

function toProduct(r: repo.ProductRow): Product {
  return {
    id: r.id,
    businessId: r.business_id,
    name: r.name,
    description: r.description,
    category: r.category,
    priceMin: r.price_min,
    priceMax: r.price_max,
    photos: r.photo_numbers ?? [],
    publicPath: productPath(r.id, r.name),
    version: r.version,
  };
}

/** The business's catalogue as staff see it: whether it is public now, and why not, consents, products. */
export async function getCatalogue(db: Database, businessId: number, caller: Caller): Promise<Catalogue> {
  const b = await findInScope(db, businessId, caller);
  const [consents, products, published, owner] = await Promise.all([
    repo.consentsOf(db, businessId),
    repo.productsOf(db, businessId),
    repo.isPublished(db, businessId),
    findPerson(db, b.owner_id),
  ]);
  const active = consents.find((c) => !c.withdrawn_at) ?? null;
  const toConsent = (c: (typeof consents)[number]) => ({
    id: c.id,
    textVersion: c.text_version,
    channel: c.channel,
    recordedBy: c.recorded_by,
    recordedAt: iso(c.recorded_at) as string,
    withdrawnAt: iso(c.withdrawn_at),
    withdrawnBy: c.withdrawn_by,
  });
  let blockedReason: string | null = null;
  if (active && !published) {
    if (b.status !== 'active') blockedReason = 'Usaha berstatus tutup.';
    else if (owner?.erased_at) blockedReason = 'Data pemilik sudah dihapus.';
    else blockedReason = 'Pemilik menarik persetujuan pemrosesan data (pemrosesan dibatasi).';
  }
  return {
    published,
    blockedReason,
    consent: active ? toConsent(active) : null,
    consents: consents.map(toConsent),
    publicPath: businessPath(b.id, b.name),
    products: products.map(toProduct),
  };
}

export async function recordConsent(db: Database, businessId: number, input: ConsentInput, caller: Caller) {
  await findInScope(db, businessId, caller);
  await withTransaction(db, async (trx) => {
    await trx.selectFrom('businesses').select('id').where('id', '=', businessId).forUpdate().execute();
    const current = (await repo.consentsOf(trx, businessId)).find((c) => !c.withdrawn_at);
    if (current) throw new AppError('DUPLICATE', 'Persetujuan publikasi sudah tercatat dan masih berlaku.');
    const { id } = await repo.insertConsent(trx, {
      business_id: businessId,
      text_version: input.textVersion,
      channel: input.channel,
      recorded_by: actorOf(caller),
    });
    await audit(trx, caller, 'catalogue.consent', {
      entity: 'business',
      entityId: businessId,
      details: { consentId: id, textVersion: input.textVersion, channel: input.channel },
    });
  });
  return getCatalogue(db, businessId, caller);
}

/** Withdrawal: the consent row is closed, and every public query (one view) stops showing her at once. */
export async function withdrawConsent(
  db: Database,
  businessId: number,
  reason: string | null,
  caller: Caller,
) {
  await findInScope(db, businessId, caller);
  await withTransaction(db, async (trx) => {
    const n = await repo.withdrawConsent(trx, businessId, actorOf(caller), reason ?? null);
    if (!n)
      throw new AppError('NO_ACTIVE_CONSENT', 'Tidak ada persetujuan publikasi yang berlaku untuk ditarik.');
    await audit(trx, caller, 'catalogue.withdraw', { entity: 'business', entityId: businessId });
  });
  return getCatalogue(db, businessId, caller);
}

const searchTextOf = (name: string, description: string | null | undefined) =>
  normalizeSearchText(`${name} ${description ?? ''}`);

const versionConflict = () =>
  new AppError('VERSION_CONFLICT', 'Produk ini baru saja diubah orang lain. Muat ulang halaman lalu ulangi.');

export async function createProduct(db: Database, businessId: number, input: ProductInput, caller: Caller) {
  await findInScope(db, businessId, caller);
  const id = await withTransaction(db, async (trx) => {
    const { id } = await repo.insertProduct(trx, {
      business_id: businessId,
      name: input.name,
      description: input.description ?? null,
      category: input.category,
      price_min: input.priceMin ?? null,
      price_max: input.priceMax ?? null,
      search_text: searchTextOf(input.name, input.description),
    });
    await audit(trx, caller, 'product.create', { entity: 'product', entityId: id, details: { businessId } });
    return id;
  });
  return productOf(db, id);
}

async function productOf(db: Database, id: number) {
  const row = await repo.findProduct(db, id);
  if (!row) throw notFound('Produk');
  const all = await repo.productsOf(db, row.business_id);
  return toProduct(all.find((p) => p.id === id) as repo.ProductRow);
}

/** A product within the caller's area, else 404 like a missing one. */
async function productInScope(db: Database, id: number, caller: Caller) {
  const row = await repo.findProduct(db, id);
  if (!row || !codeInScope(row.kelurahan_code, caller.scope)) throw notFound('Produk');
  return row;
}

export async function updateProduct(db: Database, id: number, patch: ProductPatch, caller: Caller) {
  const row = await productInScope(db, id, caller);
  const next = {
    name: patch.name ?? row.name,
    description: patch.description === undefined ? row.description : patch.description,
    category: patch.category ?? row.category,
    priceMin: patch.priceMin === undefined ? row.price_min : patch.priceMin,
    priceMax: patch.priceMax === undefined ? row.price_max : patch.priceMax,
  };
  if (next.priceMin !== null && next.priceMax !== null && next.priceMin > next.priceMax) {
    throw invalid([
      { path: 'priceMax', code: 'CUSTOM', message: 'Harga terendah tidak boleh melebihi harga tertinggi.' },
    ]);
  }
  await withTransaction(db, async (trx) => {
    const ok = await repo.updateProduct(trx, id, patch.version, {
      name: next.name,
      description: next.description,
      category: next.category,
      price_min: next.priceMin,
      price_max: next.priceMax,
      search_text: searchTextOf(next.name, next.description),
    });
    if (!ok) throw versionConflict();
    await audit(trx, caller, 'product.update', { entity: 'product', entityId: id });
  });
  return productOf(db, id);
}

export async function deleteProduct(db: Database, id: number, caller: Caller) {
  await productInScope(db, id, caller);
  await withTransaction(db, async (trx) => {
    await repo.deleteProduct(trx, id);
    await audit(trx, caller, 'product.delete', { entity: 'product', entityId: id });
  });
}

/** Adds one photo, resized and re-encoded without metadata, as the next free number (at most 4). */
export async function addPhoto(db: Database, id: number, bytes: Uint8Array | null, caller: Caller) {
  await productInScope(db, id, caller);
  if (!bytes) throw invalid([{ path: 'file', code: 'REQUIRED', message: 'Pilih foto yang akan diunggah.' }]);
  const photo = await preparePhoto(bytes, 'file');
  await withTransaction(db, async (trx) => {
    await trx.selectFrom('products').select('id').where('id', '=', id).forUpdate().execute();
    const taken = await repo.photoNumbers(trx, id);
    const n = [1, 2, 3, 4].find((k) => !taken.includes(k));
    if (!n || taken.length >= MAX_PRODUCT_PHOTOS) {
      throw invalid([
        {
          path: 'file',
          code: 'TOO_MANY_PHOTOS',
          message: 'Paling banyak 4 foto per produk; hapus satu dulu.',
        },
      ]);
    }
    await repo.insertPhoto(trx, {
      product_id: id,
      n,
      content_type: photo.contentType,
      width: photo.full.width,
      height: photo.full.height,
      bytes: photo.full.bytes,
      thumb_width: photo.thumb.width,
      thumb_height: photo.thumb.height,
      thumb: photo.thumb.bytes,
    });
    await audit(trx, caller, 'product.photo', { entity: 'product', entityId: id, details: { n } });
  });
  return productOf(db, id);
}

export async function removePhoto(db: Database, id: number, n: number, caller: Caller) {
  await productInScope(db, id, caller);
  const res = await withTransaction(db, async (trx) => {
    const r = await repo.deletePhoto(trx, id, n);
    await audit(trx, caller, 'product.photo.delete', { entity: 'product', entityId: id, details: { n } });
    return r;
  });
  if (!Number(res.numDeletedRows)) throw notFound('Foto');
  return productOf(db, id);
}

export async function staffPhoto(db: Database, id: number, n: number, caller: Caller) {
  await productInScope(db, id, caller);
  const p = await repo.getPhoto(db, id, n);
  if (!p) throw notFound('Foto');
  return p;
}

const mentorOf = (caller: Caller) => (caller.role === 'pendamping' ? caller.id : null);

function toLead(r: repo.LeadRow): Lead {
  return {
    id: r.id,
    businessId: r.business_id,
    businessName: r.business_name,
    source: r.source,
    productId: r.product_id,
    productName: r.product_name,
    buyerName: r.buyer_name,
    buyerPhone: r.buyer_phone,
    buyerEmail: r.buyer_email,
    message: r.message,
    status: r.status,
    statusNote: r.status_note,
    createdAt: iso(r.created_at) as string,
  };
}

/** Leads in the caller's area; a pendamping's only of the businesses she mentors. */
export async function listLeads(db: Database, caller: Caller, f: { businessId?: number; status?: string }) {
  if (f.businessId) await findInScope(db, f.businessId, caller);
  const rows = await repo.listLeads(db, { scope: caller.scope, mentorId: mentorOf(caller), ...f });
  return { items: rows.map(toLead) };
}

export async function setLeadStatus(
  db: Database,
  id: number,
  input: z.infer<typeof LeadStatusInput>,
  caller: Caller,
) {
  const lead = await repo.findLead(db, id, { scope: caller.scope, mentorId: mentorOf(caller) });
  if (!lead) throw notFound('Calon pembeli');
  await withTransaction(db, async (trx) => {
    await repo.updateLead(trx, id, input.status, input.note ?? null);
    await audit(trx, caller, 'lead.status', {
      entity: 'lead',
      entityId: id,
      details: { status: input.status },
    });
  });
  const rows = await repo.listLeads(db, {
    scope: caller.scope,
    mentorId: null,
    businessId: lead.business_id,
  });
  return toLead(rows.find((r) => r.id === id) as repo.LeadRow);
}
