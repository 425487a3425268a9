import { sql } from 'kysely';
import type { Executor } from '../../db/transaction.ts';

/**
 * Every public read of the catalogue. Each query starts from the view catalogue_public_businesses (the
 * one publication rule: consent in force, business active, owner neither erased nor restricted), so a page,
 * the search, the sitemap and the photos cannot disagree about who is published.
 */
const published = (db: Executor) =>
  db
    .selectFrom('catalogue_public_businesses as pb')
    .innerJoin('areas as kel', 'kel.code', 'pb.kelurahan_code')
    .innerJoin('areas as kec', 'kec.code', 'pb.kecamatan_code');

const productCols = [
  'p.id',
  'p.name',
  'p.description',
  'p.category',
  'p.price_min',
  'p.price_max',
  'p.updated_at',
  'pb.id as business_id',
  'pb.name as business_name',
  'kel.name as kelurahan_name',
  'kec.name as kecamatan_name',
  'kec.code as kecamatan_code',
] as const;

/** The first photo's thumbnail size of a product (alias p), for width/height on the listing. */
const firstPhoto = sql<{ n: number; w: number; h: number; fw: number; fh: number } | null>`(
  select json_build_object('n', f.n, 'w', f.thumb_width, 'h', f.thumb_height, 'fw', f.width, 'fh', f.height)
  from product_photos f where f.product_id = p.id order by f.n limit 1)`;

export type Browse = { q?: string; category?: string; kecamatan?: string; limit: number; offset: number };

/** Published products, filtered; with q ranked by trigram word similarity (typos tolerated). */
export function searchProducts(db: Executor, f: Browse) {
  let q = published(db)
    .innerJoin('products as p', 'p.business_id', 'pb.id')
    .select(productCols)
    .select(firstPhoto.as('photo'));
  if (f.category) q = q.where('p.category', '=', f.category);
  if (f.kecamatan) q = q.where('pb.kecamatan_code', '=', f.kecamatan);
  if (f.q) {
    // Product name and description, and the business's name: the best of the two similarities.
    const score = sql<number>`greatest(word_similarity(${f.q}, p.search_text),
      word_similarity(${f.q}, lower(pb.name)))`;
    q = q.where(score, '>=', 0.45).orderBy(score, 'desc');
  }
  return q.orderBy('p.updated_at', 'desc').orderBy('p.id', 'desc').limit(f.limit).offset(f.offset).execute();
}
export type PublicProductRow = Awaited<ReturnType<typeof searchProducts>>[number];

export function findProduct(db: Executor, id: number) {
  return published(db)
    .innerJoin('products as p', 'p.business_id', 'pb.id')
    .select(productCols)
    .select('pb.owner_phone')
    .select(
      sql<{ n: number; w: number; h: number }[]>`(select coalesce(json_agg(json_build_object('n', f.n,
        'w', f.width, 'h', f.height) order by f.n), '[]') from product_photos f where f.product_id = p.id)`.as(
        'photos',
      ),
    )
    .where('p.id', '=', id)
    .executeTakeFirst();
}

export function findBusiness(db: Executor, id: number) {
  return published(db)
    .select([
      'pb.id',
      'pb.name',
      'kel.name as kelurahan_name',
      'kec.name as kecamatan_name',
      'pb.owner_phone',
    ])
    .where('pb.id', '=', id)
    .executeTakeFirst();
}

export function productsOfBusiness(db: Executor, businessId: number) {
  return published(db)
    .innerJoin('products as p', 'p.business_id', 'pb.id')
    .select(productCols)
    .select(firstPhoto.as('photo'))
    .where('pb.id', '=', businessId)
    .orderBy('p.id')
    .execute();
}

/** Every published product and business for the sitemap. */
export function sitemapRows(db: Executor) {
  return published(db)
    .leftJoin('products as p', 'p.business_id', 'pb.id')
    .select(['pb.id as business_id', 'pb.name as business_name', 'p.id', 'p.name', 'p.updated_at'])
    .orderBy('pb.id')
    .orderBy('p.id')
    .limit(50_000)
    .execute();
}

/** Kecamatan that have published products, for the browse filter. */
export function kecamatanList(db: Executor) {
  return published(db)
    .select(['kec.code', 'kec.name'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .groupBy(['kec.code', 'kec.name'])
    .orderBy('kec.name')
    .execute();
}

/** A photo of a published product only (full size or thumbnail). */
export function findPhoto(db: Executor, productId: number, n: number, thumb: boolean) {
  return published(db)
    .innerJoin('products as p', 'p.business_id', 'pb.id')
    .innerJoin('product_photos as f', 'f.product_id', 'p.id')
    .select(['f.content_type', thumb ? 'f.thumb as bytes' : 'f.bytes as bytes'])
    .where('p.id', '=', productId)
    .where('f.n', '=', n)
    .executeTakeFirst();
}

export function insertLead(
  db: Executor,
  row: {
    business_id: number;
    product_id: number;
    buyer_name: string;
    buyer_phone: string | null;
    buyer_email: string | null;
    message: string | null;
  },
) {
  return db
    .insertInto('market_leads')
    .values({ ...row, source: 'katalog', consented_at: sql`now()` as never, recorded_by: 'katalog publik' })
    .returning('id')
    .executeTakeFirstOrThrow();
}
