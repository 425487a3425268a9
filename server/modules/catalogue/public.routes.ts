import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { etag } from 'hono/etag';
import { InquiryInput } from '../../../shared/contracts/catalogue.ts';
import { PRODUCT_CATEGORIES } from '../../../shared/rules/catalogue.ts';
import { titleCase } from '../../../shared/rules/format.ts';
import { normalizePhone } from '../../../shared/rules/phone.ts';
import { clientIp } from '../../http/access.ts';
import type { Deps } from '../../http/deps.ts';
import { findArea } from '../areas/areas.repository.ts';
import { businessPath, productPath } from './catalogue.service.ts';
import { notFoundPage, publicBase } from './public.html.ts';
import {
  businessPage,
  EMPTY_INQUIRY,
  type InquiryState,
  listingPage,
  PAGE_SIZE,
  productPage,
  sitemapXml,
  thanksPage,
} from './public.pages.ts';
import * as repo from './public.repository.ts';

// Revalidated on every request (ETag): a withdrawn consent takes the page away at the next request.
const HTML = { 'cache-control': 'public, no-cache' };
const idOf = (slug: string) => Number(/^(\d{1,15})(?:-[a-z0-9-]*)?$/.exec(slug)?.[1] ?? Number.NaN);

/** At most `max` inquiries per address in a sliding window; in memory, per server process. */
export function inquiryLimiter(max = 5, windowMs = 10 * 60_000) {
  const hits = new Map<string, number[]>();
  return (key: string) => {
    const recent = (hits.get(key) ?? []).filter((t) => Date.now() - t < windowMs);
    if (hits.size > 10_000) hits.clear();
    hits.set(key, [...recent, Date.now()]);
    return recent.length < max;
  };
}

type Contact = { phone: string | null; email: string | null } | { error: string };

function readContact(raw: string): Contact {
  if (raw.includes('@')) {
    return /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(raw)
      ? { phone: null, email: raw.toLowerCase() }
      : { error: 'Alamat email tidak lengkap; tulis seperti nama@contoh.com.' };
  }
  const phone = normalizePhone(raw);
  if (!phone.value) {
    return {
      error: 'Nomor telepon tidak dapat dibaca; tulis seperti 0812-3456-7890, atau isi alamat email.',
    };
  }
  return { phone: phone.value, email: null };
}

/** The buyer's form as typed, checked; errors per field in Indonesian. */
function checkInquiry(form: Record<string, unknown>) {
  const text = (k: string) => (typeof form[k] === 'string' ? (form[k] as string) : '');
  const state: InquiryState = {
    values: {
      name: text('name'),
      contact: text('contact'),
      message: text('message'),
      consent: form.consent === 'ya',
    },
    errors: {},
  };
  const parsed = InquiryInput.safeParse({
    name: state.values.name,
    contact: state.values.contact,
    message: state.values.message || undefined,
    consent: form.consent,
  });
  if (!parsed.success) {
    for (const i of parsed.error.issues) state.errors[String(i.path[0])] ??= i.message;
    return { state };
  }
  const contact = readContact(parsed.data.contact);
  if ('error' in contact) {
    state.errors.contact = contact.error;
    return { state };
  }
  return { state, input: { ...parsed.data, ...contact } };
}

export function publicCatalogueRoutes({ db, config }: Deps) {
  const app = new Hono();
  const allow = inquiryLimiter();
  app.use('/katalog/*', etag());
  app.use('/katalog', etag());
  // The region's name ("Kota Malang") for titles and the header; read once it is there (areas load at start).
  let placeName: string | undefined;
  const place = async () => {
    placeName ??= await findArea(db, config.region).then((a) => (a ? titleCase(a.name) : undefined));
    return placeName ?? config.region;
  };
  // biome-ignore lint/suspicious/noExplicitAny: any route's context
  const notFound = async (c: Context<any, any, any>) =>
    c.html(notFoundPage(publicBase(c, config), await place()), 404, HTML);

  app.get('/katalog', async (c) => {
    const q = (c.req.query('q') ?? '').trim().slice(0, 80);
    const category = c.req.query('kategori') ?? '';
    const kecamatanCode = c.req.query('kecamatan') ?? '';
    const pageNo = Math.min(Math.max(Number.parseInt(c.req.query('halaman') ?? '1', 10) || 1, 1), 500);
    const [rows, kecamatan] = await Promise.all([
      repo.searchProducts(db, {
        q: q ? q.toLowerCase() : undefined,
        category: category in PRODUCT_CATEGORIES ? category : undefined,
        kecamatan: /^\d{2}\.\d{2}\.\d{2}$/.test(kecamatanCode) ? kecamatanCode : undefined,
        limit: PAGE_SIZE + 1,
        offset: (pageNo - 1) * PAGE_SIZE,
      }),
      repo.kecamatanList(db),
    ]);
    const base = publicBase(c, config);
    return c.html(
      listingPage({ base, rows, kecamatan, q, category, kecamatanCode, pageNo, place: await place() }),
      200,
      HTML,
    );
  });

  app.get('/katalog/produk/:slug', async (c) => {
    const p = await repo.findProduct(db, idOf(c.req.param('slug')) || 0);
    if (!p) return notFound(c);
    const path = productPath(p.id, p.name);
    if (c.req.path !== path) return c.redirect(path, 301);
    return c.html(productPage(publicBase(c, config), p, EMPTY_INQUIRY, await place()), 200, HTML);
  });

  app.post(
    '/katalog/produk/:slug/tanya',
    bodyLimit({ maxSize: 16 * 1024, onError: (c) => c.text('Pesan terlalu panjang.', 413) }),
    async (c) => {
      const p = await repo.findProduct(db, idOf(c.req.param('slug')) || 0);
      if (!p) return notFound(c);
      const base = publicBase(c, config);
      const form = await c.req.parseBody();
      const url = productPath(p.id, p.name);
      // A filled honeypot is a robot: thank it, store nothing.
      if (typeof form.website === 'string' && form.website !== '')
        return c.html(thanksPage(base, p.name, url, await place()));
      const { state, input } = checkInquiry(form);
      if (!input)
        return c.html(productPage(base, p, state, await place()), 400, { 'cache-control': 'no-store' });
      if (!allow(clientIp(c) ?? 'unknown')) {
        state.errors.name =
          'Terlalu banyak pertanyaan dari jaringan ini. Tunggu beberapa menit, lalu kirim lagi.';
        return c.html(productPage(base, p, state, await place()), 429, { 'cache-control': 'no-store' });
      }
      await repo.insertLead(db, {
        business_id: p.business_id,
        product_id: p.id,
        buyer_name: input.name,
        buyer_phone: input.phone,
        buyer_email: input.email,
        message: input.message || null,
      });
      return c.html(thanksPage(base, p.name, url, await place()), 200, { 'cache-control': 'no-store' });
    },
  );

  app.get('/katalog/usaha/:slug', async (c) => {
    const id = idOf(c.req.param('slug')) || 0;
    const b = await repo.findBusiness(db, id);
    if (!b) return notFound(c);
    const path = businessPath(b.id, b.name);
    if (c.req.path !== path) return c.redirect(path, 301);
    const products = await repo.productsOfBusiness(db, id);
    return c.html(businessPage(publicBase(c, config), b, products, await place()), 200, HTML);
  });

  app.get('/katalog/foto/:id/:file', async (c) => {
    const m = /^([1-4])(-kecil)?\.jpg$/.exec(c.req.param('file'));
    const id = Number(c.req.param('id'));
    if (!m || !Number.isSafeInteger(id)) return notFound(c);
    const photo = await repo.findPhoto(db, id, Number(m[1]), !!m[2]);
    if (!photo) return notFound(c);
    return c.body(new Uint8Array(photo.bytes), 200, {
      'content-type': photo.content_type,
      'cache-control': 'public, no-cache',
      'x-content-type-options': 'nosniff',
    });
  });

  app.get('/sitemap.xml', async (c) =>
    c.body(sitemapXml(publicBase(c, config), await repo.sitemapRows(db)), 200, {
      'content-type': 'application/xml; charset=utf-8',
      'cache-control': 'public, no-cache',
    }),
  );

  app.get('/robots.txt', (c) =>
    c.text(
      `User-agent: *\nAllow: /katalog\nDisallow: /api/\nDisallow: /\nSitemap: ${publicBase(c, config)}/sitemap.xml\n`,
      200,
      { 'cache-control': 'public, max-age=3600' },
    ),
  );
  return app;
}
