import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { publishedBusiness } from './catalogue.testkit.ts';

let t: TestApp;
type Pub = Awaited<ReturnType<typeof publishedBusiness>>;
let shown: Pub;
const hidden: Record<string, Pub> = {};

const anon = (path: string) => t.anonymous().get(path);

beforeAll(async () => {
  t = await createTestApp();
  shown = await publishedBusiness(t, {
    name: 'Keripik Bu Tatik',
    product: 'Keripik Tempe Sanan',
    photo: true,
  });
  hidden.noConsent = await publishedBusiness(t, {
    name: 'Usaha Tanpa Izin',
    product: 'Keripik Tempe Rahasia',
    consent: false,
    photo: true,
  });
  hidden.withdrawn = await publishedBusiness(t, {
    name: 'Usaha Ditarik',
    product: 'Keripik Tempe Ditarik',
    photo: true,
  });
  await t.post(`/api/v1/businesses/${hidden.withdrawn.id}/catalogue/withdraw`, {
    reason: 'pemilik berubah pikiran',
  });
  hidden.restricted = await publishedBusiness(t, {
    name: 'Usaha Dibatasi',
    product: 'Keripik Tempe Dibatasi',
    photo: true,
  });
  const pid = (hidden.restricted as Pub).ownerId;
  await t.post(`/api/v1/people/${pid}/consent`, {
    textVersion: 'UJI',
    channel: 'paper',
    purposes: ['registry'],
  });
  const w = await t.post(`/api/v1/people/${pid}/withdraw-consent`, { reason: 'uji pembatasan' });
  expect(w.status).toBe(200);
  hidden.closed = await publishedBusiness(t, {
    name: 'Usaha Tutup',
    product: 'Keripik Tempe Tutup',
    photo: true,
  });
  const closed = await t.patch(`/api/v1/businesses/${hidden.closed.id}`, { status: 'closed', version: 1 });
  expect(closed.status).toBe(200);
  hidden.erased = await publishedBusiness(t, { name: 'Usaha Terhapus', product: 'Keripik Tempe Terhapus' });
  await t.db
    .updateTable('people')
    .set({ erased_at: new Date() })
    .where('id', '=', hidden.erased.ownerId)
    .execute();
});
afterAll(() => t.close());

describe('publication gating', () => {
  it('shows the consented business in listing, search, its pages, photos and the sitemap', async () => {
    const list = await anon('/katalog');
    expect(list.status).toBe(200);
    expect(list.body).toContain('Keripik Tempe Sanan');
    expect((await anon('/katalog?q=keripik+tempe')).body).toContain('Keripik Tempe Sanan');
    const page = await anon(shown.productPath);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<html lang="id">');
    const biz = await anon(`/katalog/usaha/${shown.id}-keripik-bu-tatik`);
    expect(biz.status).toBe(200);
    expect(biz.body).toContain('Keripik Tempe Sanan');
    expect((await anon(`/katalog/usaha/${shown.id}`)).status).toBe(301);
    expect((await anon(`/katalog/foto/${shown.productId}/1.jpg`)).status).toBe(200);
    expect((await anon('/sitemap.xml')).body).toContain(shown.productPath);
  });

  for (const kind of ['noConsent', 'withdrawn', 'restricted', 'closed', 'erased']) {
    it(`never shows a business that is ${kind}`, async () => {
      const h = hidden[kind] as Pub;
      const productName = `Keripik Tempe ${
        {
          noConsent: 'Rahasia',
          withdrawn: 'Ditarik',
          restricted: 'Dibatasi',
          closed: 'Tutup',
          erased: 'Terhapus',
        }[kind]
      }`;
      for (const path of [
        '/katalog',
        '/katalog?q=keripik+tempe',
        '/katalog?kategori=makanan',
        '/katalog?kecamatan=35.73.01',
      ]) {
        const res = await anon(path);
        expect(res.status).toBe(200);
        expect({ path, has: res.body.includes(productName) }).toEqual({ path, has: false });
      }
      expect((await anon(h.productPath)).status).toBe(404);
      expect((await anon(`/katalog/usaha/${h.id}-x`)).status).toBe(404);
      expect((await anon(`/katalog/usaha/${h.id}`)).status).toBe(404);
      expect((await anon(`/katalog/foto/${h.productId}/1.jpg`)).status).toBe(404);
      expect((await anon(`/katalog/foto/${h.productId}/1-kecil.jpg`)).status).toBe(404);
      const sitemap = (await anon('/sitemap.xml')).body as string;
      expect(sitemap).not.toContain(`/katalog/produk/${h.productId}-`);
      expect(sitemap).not.toContain(`/katalog/usaha/${h.id}-`);
      const inquiry = await t
        .anonymous()
        .call('POST', `${h.productPath}/tanya`, form({ name: 'Budi', contact: '08123', consent: 'ya' }));
      expect(inquiry.status).toBe(404);
    });
  }

  it('takes the page away at the next request after withdrawal, and back after a new consent', async () => {
    const b = await publishedBusiness(t, { name: 'Sambal Bu Yuni', product: 'Sambal Bawang' });
    expect((await anon(b.productPath)).status).toBe(200);
    const w = await t.post(`/api/v1/businesses/${b.id}/catalogue/withdraw`, {});
    expect(w.status).toBe(200);
    expect(w.body.published).toBe(false);
    expect((await anon(b.productPath)).status).toBe(404);
    expect((await anon('/katalog?q=sambal')).body).not.toContain('Sambal Bawang');
    const again = await t.post(`/api/v1/businesses/${b.id}/catalogue/consent`, {
      textVersion: 'V2',
      channel: 'lisan',
    });
    expect(again.body.published).toBe(true);
    expect(again.body.consents).toHaveLength(2);
    expect((await anon(b.productPath)).status).toBe(200);
  });

  it('tells staff why a consented business is not shown', async () => {
    const res = await t.get(`/api/v1/businesses/${(hidden.restricted as Pub).id}/catalogue`);
    expect(res.body.published).toBe(false);
    expect(res.body.consent).not.toBeNull();
    expect(res.body.blockedReason).toMatch(/dibatasi/);
  });
});

function form(fields: Record<string, string>) {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

describe('search, pages and WhatsApp', () => {
  it('finds products despite typos and spelling variants', async () => {
    for (const q of ['kripik tempe', 'keripik tempeh', 'krpik tempe', 'kripik tmpe']) {
      const body = (await anon(`/katalog?q=${encodeURIComponent(q)}`)).body as string;
      expect({ q, found: body.includes('Keripik Tempe Sanan') }).toEqual({ q, found: true });
    }
    const none = (await anon('/katalog?q=batik+tulis')).body as string;
    expect(none).not.toContain('Keripik Tempe Sanan');
  });

  it('renders the product page with title, meta, canonical, og:image, price and area names only', async () => {
    const res = await anon(shown.productPath);
    const html = res.body as string;
    expect(html).toContain(
      '<title>Keripik Tempe Sanan – Keripik Bu Tatik | Katalog Industri Rumahan Kota Malang</title>',
    );
    expect(html).toContain('Rp 15.000 – Rp 25.000');
    expect(html).toMatch(
      /<link rel="canonical" href="http:\/\/localhost\/katalog\/produk\/\d+-keripik-tempe-sanan">/,
    );
    expect(html).toMatch(
      /<meta property="og:image" content="http:\/\/localhost\/katalog\/foto\/\d+\/1\.jpg">/,
    );
    expect(html).toContain('name="twitter:card"');
    expect(html).toContain('Kecamatan Blimbing');
    // Never the home address, the NIK or the owner's name.
    expect(html).not.toContain('Jl. Sanan');
    expect(html).not.toContain('Siti Aminah');
    expect(html).not.toMatch(/3573\d{12}/);
    expect(res.headers.get('etag')).toBeTruthy();
    expect(res.headers.get('cache-control')).toContain('no-cache');
    expect(html).toMatch(/<img src="\/katalog\/foto\/\d+\/1\.jpg" width="640" height="480"/);
  });

  it('links WhatsApp to the owner’s number in 62… form with a message naming the product', async () => {
    const html = (await anon(shown.productPath)).body as string;
    const href = /href="(https:\/\/wa\.me\/[^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&') ?? '';
    const url = new URL(href);
    expect(url.pathname).toBe('/6281234567890');
    const text = url.searchParams.get('text') ?? '';
    expect(text).toContain('"Keripik Tempe Sanan"');
    expect(text).toContain('Halo Keripik Bu Tatik');
    expect(text).toContain(`http://localhost${shown.productPath}`);
  });

  it('uses PILAR_PUBLIC_URL for canonical links and the sitemap when set', async () => {
    const other = await createTestApp({ PILAR_PUBLIC_URL: 'https://katalog.contoh.go.id/' });
    try {
      const b = await publishedBusiness(other, { name: 'Kue Bu Ani', product: 'Kue Lumpur' });
      const html = (await other.anonymous().get(b.productPath)).body as string;
      expect(html).toContain(`<link rel="canonical" href="https://katalog.contoh.go.id${b.productPath}">`);
      expect((await other.anonymous().get('/sitemap.xml')).body).toContain(
        `https://katalog.contoh.go.id${b.productPath}`,
      );
      expect((await other.anonymous().get('/robots.txt')).body).toContain(
        'Sitemap: https://katalog.contoh.go.id/sitemap.xml',
      );
    } finally {
      await other.close();
    }
  });
});

describe('buyer inquiries', () => {
  const post = (fields: Record<string, string>) =>
    t.anonymous().call('POST', `${shown.productPath}/tanya`, form(fields));

  it('refuses without consent or contact, in Indonesian, keeping what was typed', async () => {
    const res = await post({ name: 'Budi Santoso', contact: '', message: 'Bisa kirim 10 bungkus?' });
    expect(res.status).toBe(400);
    expect(res.body).toContain('Centang persetujuan');
    expect(res.body).toContain('Tuliskan nomor WhatsApp/telepon atau alamat email');
    expect(res.body).toContain('value="Budi Santoso"');
    expect(res.body).toContain('Bisa kirim 10 bungkus?');
    const badMail = await post({ name: 'Budi', contact: 'budi@', consent: 'ya' });
    expect(badMail.status).toBe(400);
    expect(badMail.body).toContain('Alamat email tidak lengkap');
    const count = await t.db
      .selectFrom('market_leads')
      .select((e) => e.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('stores a lead with the buyer’s consent and thanks her; a honeypot stores nothing', async () => {
    const ok = await post({
      name: 'Budi Santoso',
      contact: '0813 1111 2222',
      message: 'Ada ukuran 1 kg?',
      consent: 'ya',
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toContain('Terima kasih');
    const bot = await post({
      name: 'Robot',
      contact: '0813 1111 3333',
      consent: 'ya',
      website: 'http://spam',
    });
    expect(bot.status).toBe(200);
    const rows = await t.db.selectFrom('market_leads').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      business_id: shown.id,
      product_id: shown.productId,
      source: 'katalog',
      buyer_phone: '+6281311112222',
      buyer_email: null,
      status: 'baru',
    });
    expect(rows[0]?.consented_at).toBeTruthy();
  });

  it('limits inquiries per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push(
        (await post({ name: `Pembeli ${i}`, contact: `pembeli${i}@contoh.id`, consent: 'ya' })).status,
      );
    }
    // One was sent by the previous test from the same address: four more pass, then 429.
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
  });
});
