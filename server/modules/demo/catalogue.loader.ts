import { sql } from 'kysely';
import { CATALOGUE_CONSENT_VERSION } from '../../../shared/rules/catalogue.ts';
import { normalizeSearchText } from '../../../shared/rules/search.ts';
import type { Database } from '../../db/connection.ts';
import { withTransaction } from '../../db/transaction.ts';
import { preparePhoto } from '../../images/photo.ts';
import { demoPhotoPng, planDemoProducts } from './catalogue.gen.ts';

const DEMO_BUSINESSES = 60;
const BUYERS = ['Rina Kusuma', 'Dedi Pratama', 'Yuli Astuti', 'Hendra Wijaya', 'Sari Puspita', 'Agus Salim'];
const LEAD_STATUS = ['baru', 'baru', 'dihubungi', 'jadi', 'baru', 'batal'] as const;

/**
 * The demo catalogue: about 60 active home industries whose owner has a phone and consented to
 * publication, 1-3 products each with a generated photo, and a few buyer leads; none when products exist.
 */
export async function seedDemoCatalogue(db: Database) {
  if (await db.selectFrom('products').select('id').limit(1).executeTakeFirst()) return 0;
  const chosen = await db
    .selectFrom('businesses as b')
    .innerJoin('people as p', 'p.id', 'b.owner_id')
    .select(['b.id', 'b.sector', 'b.kbli_code as kbli', 'b.products'])
    .where('b.status', '=', 'active')
    .where('b.home_industry', '=', true)
    .where('b.products', 'is not', null)
    .where('p.phone', 'is not', null)
    .where('p.processing_restricted_at', 'is', null)
    .where('p.erased_at', 'is', null)
    // A fixed spread over the registry (ids are deterministic in the demo).
    .orderBy(sql`(b.id * 2654435761) % 1000003`)
    .limit(DEMO_BUSINESSES)
    .execute();
  const products = planDemoProducts(chosen);
  const photos: Awaited<ReturnType<typeof preparePhoto>>[] = [];
  for (const p of products) photos.push(await preparePhoto(await demoPhotoPng(p)));
  await withTransaction(db, async (trx) => {
    await trx
      .insertInto('catalogue_consents')
      .values(
        chosen.map((b) => ({
          business_id: b.id,
          text_version: CATALOGUE_CONSENT_VERSION,
          channel: 'formulir_kertas',
          recorded_by: 'Operator Demo',
        })),
      )
      .execute();
    const ids = await trx
      .insertInto('products')
      .values(
        products.map((p) => ({
          business_id: p.businessId,
          name: p.name,
          description: p.description,
          category: p.category,
          price_min: p.priceMin,
          price_max: p.priceMax,
          search_text: normalizeSearchText(`${p.name} ${p.description}`),
        })),
      )
      .returning('id')
      .execute();
    await trx
      .insertInto('product_photos')
      .values(
        photos.map((f, i) => ({
          product_id: ids[i]?.id as number,
          n: 1,
          content_type: f.contentType,
          width: f.full.width,
          height: f.full.height,
          bytes: f.full.bytes,
          thumb_width: f.thumb.width,
          thumb_height: f.thumb.height,
          thumb: f.thumb.bytes,
        })),
      )
      .execute();
    await trx
      .insertInto('market_leads')
      .values(
        BUYERS.map((name, i) => {
          const k = (i * 7) % products.length;
          return {
            business_id: products[k]?.businessId as number,
            product_id: ids[k]?.id as number,
            source: 'katalog' as const,
            buyer_name: name,
            buyer_phone: `+62812555000${i}`,
            message: 'Apakah bisa pesan untuk acara keluarga minggu depan?',
            consented_at: new Date(),
            status: LEAD_STATUS[i],
            recorded_by: 'katalog publik',
          };
        }),
      )
      .execute();
  });
  return chosen.length;
}
