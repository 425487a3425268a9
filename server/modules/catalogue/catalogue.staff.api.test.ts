import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../../test/harness.ts';
import { jpeg, publishedBusiness } from './catalogue.testkit.ts';

let t: TestApp;
let rina: Client; // pendamping in Blimbing who mentors `mine`
let other: Client; // another pendamping of Blimbing
let mine: Awaited<ReturnType<typeof publishedBusiness>>;
let notMine: Awaited<ReturnType<typeof publishedBusiness>>;

async function inquire(productPath: string, name: string) {
  const f = new FormData();
  for (const [k, v] of Object.entries({ name, contact: `${name.toLowerCase()}@contoh.id`, consent: 'ya' }))
    f.set(k, v);
  const res = await t.anonymous().call('POST', `${productPath}/tanya`, f);
  expect(res.status).toBe(200);
}

beforeAll(async () => {
  t = await createTestApp();
  rina = await t.as('pendamping', '35.73.01', 'Bu Rina');
  other = await t.as('pendamping', '35.73.01', 'Bu Wati');
  mine = await publishedBusiness(t, { name: 'Tempe Bu Sri', product: 'Tempe Mendoan' });
  notMine = await publishedBusiness(t, { name: 'Jamu Bu Ning', product: 'Jamu Kunyit' });
  const rinaId = (await rina.get('/api/v1/auth/me')).body.id;
  const r = await t.post(`/api/v1/businesses/${mine.id}/roadmap`, {
    targetLevel: 2,
    responsibleUserId: rinaId,
  });
  expect(r.status).toBe(200);
  await inquire(mine.productPath, 'Andi');
  await inquire(notMine.productPath, 'Bela');
});
afterAll(() => t.close());

describe('leads', () => {
  it('shows a pendamping only the leads of the businesses she mentors', async () => {
    const hers = (await rina.get('/api/v1/leads')).body.items;
    expect(hers.map((l: { buyerName: string }) => l.buyerName)).toEqual(['Andi']);
    expect(hers[0]).toMatchObject({
      businessId: mine.id,
      productName: 'Tempe Mendoan',
      status: 'baru',
      source: 'katalog',
    });
    expect((await rina.get(`/api/v1/businesses/${notMine.id}/leads`)).body.items).toEqual([]);
    expect((await other.get('/api/v1/leads')).body.items).toEqual([]);
    const all = (await t.get('/api/v1/leads')).body.items.map((l: { buyerName: string }) => l.buyerName);
    expect(all.sort()).toEqual(['Andi', 'Bela']);
    const sukun = await t.as('operator', '35.73.04', 'Operator Sukun');
    expect((await sukun.get('/api/v1/leads')).body.items).toEqual([]);
  });

  it('lets the mentoring pendamping update a status; others get 404', async () => {
    const lead = (await rina.get('/api/v1/leads')).body.items[0];
    const res = await rina.patch(`/api/v1/leads/${lead.id}`, {
      status: 'dihubungi',
      note: 'Sudah ditelepon',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'dihubungi', statusNote: 'Sudah ditelepon' });
    expect((await other.patch(`/api/v1/leads/${lead.id}`, { status: 'batal' })).status).toBe(404);
    const bad = await rina.patch(`/api/v1/leads/${lead.id}`, { status: 'entah' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].message).toBe('Pilih status calon pembeli.');
  });
});

describe('products and photos', () => {
  it('stores photos resized without metadata, at most four, and refuses non-images in Indonesian', async () => {
    const withGps = await sharp(await jpeg('#336699'))
      .withExif({
        IFD0: { Make: 'KameraRahasia' },
        IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '7/1 57/1 36/1' },
      })
      .toBuffer();
    const upload = (bytes: Uint8Array, name = 'foto.jpg') => {
      const f = new FormData();
      f.set('file', new File([new Uint8Array(bytes)], name));
      return rina.call('POST', `/api/v1/products/${mine.productId}/photos`, f);
    };
    const first = await upload(new Uint8Array(withGps));
    expect(first.status).toBe(201);
    expect(first.body.photos).toEqual([1]);
    const stored = await t.anonymous().get(`/katalog/foto/${mine.productId}/1.jpg`);
    expect(stored.status).toBe(200);
    const raw = await t.app.request(`/katalog/foto/${mine.productId}/1.jpg`);
    const bytes = new Uint8Array(await raw.arrayBuffer());
    expect((await sharp(bytes).metadata()).exif).toBeUndefined();
    expect(Buffer.from(bytes).includes(Buffer.from('KameraRahasia'))).toBe(false);
    const notImage = await upload(new TextEncoder().encode('%PDF-1.4 bukan foto'), 'surat.pdf');
    expect(notImage.status).toBe(400);
    expect(notImage.body.error.fields[0]).toMatchObject({ path: 'file', code: 'PHOTO_TYPE' });
    for (let i = 0; i < 3; i++) expect((await upload(await jpeg())).status).toBe(201);
    const fifth = await upload(await jpeg());
    expect(fifth.status).toBe(400);
    expect(fifth.body.error.fields[0].message).toMatch(/Paling banyak 4 foto/);
    const removed = await rina.call('DELETE', `/api/v1/products/${mine.productId}/photos/2`);
    expect(removed.body.photos).toEqual([1, 3, 4]);
  });

  it('edits with a version and refuses a reversed price range', async () => {
    const cat = (await rina.get(`/api/v1/businesses/${mine.id}/catalogue`)).body;
    const p = cat.products[0];
    const bad = await rina.patch(`/api/v1/products/${p.id}`, {
      priceMin: 50000,
      priceMax: 1000,
      version: p.version,
    });
    expect(bad.status).toBe(400);
    const ok = await rina.patch(`/api/v1/products/${p.id}`, {
      name: 'Tempe Mendoan Sanan',
      version: p.version,
    });
    expect(ok.status).toBe(200);
    const stale = await rina.patch(`/api/v1/products/${p.id}`, { name: 'x y', version: p.version });
    expect(stale.status).toBe(409);
    const page = await t.anonymous().get(ok.body.publicPath);
    expect(page.body).toContain('<h1>Tempe Mendoan Sanan</h1>');
    // The old address redirects to the new slug.
    expect((await t.anonymous().get(mine.productPath)).status).toBe(301);
  });

  it('prints a QR code page that opens the business page', async () => {
    const res = await rina.get(`/api/v1/businesses/${mine.id}/catalogue-qr.svg`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('image/svg+xml');
    expect(res.body).toContain('Pindai untuk melihat produk');
    expect(res.body).toContain(`http://localhost/katalog/usaha/${mine.id}-tempe-bu-sri`);
  });

  it('deletes a product; its leads stay without the product', async () => {
    const p = (await t.get(`/api/v1/businesses/${notMine.id}/catalogue`)).body.products[0];
    expect((await t.call('DELETE', `/api/v1/products/${p.id}`)).status).toBe(204);
    expect((await t.anonymous().get(p.publicPath)).status).toBe(404);
    const leads = (await t.get(`/api/v1/businesses/${notMine.id}/leads`)).body.items;
    expect(leads[0]).toMatchObject({ buyerName: 'Bela', productId: null });
  });
});
