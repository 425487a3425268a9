import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, launch, open, PHONE } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const PRODUCT = 'Rengginang Lorjuk Pedas Manis';

/**
 * A demo business of Sukun not yet in the catalogue, its owner's phone set to a known number (through the
 * API from the signed-in page). No business is added: the dashboard journey checks the demo figures.
 */
async function unpublishedBusiness(page: Page) {
  return page.evaluate(async () => {
    const me = await (await fetch('/api/v1/auth/me')).json();
    const list = await (await fetch('/api/v1/businesses?kecamatan=35.73.04&status=active&limit=60')).json();
    for (const b of list.items as { id: number; name: string }[]) {
      const cat = await (await fetch(`/api/v1/businesses/${b.id}/catalogue`)).json();
      if (cat.consent || cat.consents.length || cat.products.length) continue;
      const detail = await (await fetch(`/api/v1/businesses/${b.id}`)).json();
      const res = await fetch(`/api/v1/people/${detail.owner.id}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', 'X-Pilar-CSRF': me.csrfToken },
        body: JSON.stringify({ phone: '0812-7777-1234', version: detail.owner.version }),
      });
      if (!res.ok) continue;
      return {
        id: b.id,
        name: detail.name as string,
        street: detail.street as string | null,
        owner: detail.owner.name as string,
      };
    }
    throw new Error('no unpublished business in Sukun');
  });
}

async function productJpeg() {
  return sharp({ create: { width: 900, height: 600, channels: 3, background: '#d9a441' } })
    .jpeg()
    .withExif({ IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '7/1 59/1 0/1' } })
    .toBuffer();
}

describe('public catalogue', () => {
  it('publishes a business, finds it by a typo without signing in, and takes it away on withdrawal', async () => {
    const staff = await open(browser, '/masuk', PHONE);
    const { id, name, street, owner } = await unpublishedBusiness(staff);
    await staff.goto(`${inject('baseUrl')}/usaha/${id}`);
    const section = staff.getByRole('region', { name: 'Katalog' });
    await section.getByText('Belum ada persetujuan pemilik').waitFor();
    await section.getByRole('button', { name: 'Catat persetujuan' }).click();
    await section.getByText('Tampil di katalog publik').waitFor();

    await section.getByRole('button', { name: 'Tambah produk' }).click();
    await section.getByLabel('Nama produk').fill(PRODUCT);
    await section.getByLabel('Kategori', { exact: true }).click();
    await staff.getByRole('option', { name: 'Makanan', exact: true }).click();
    await section.getByLabel('Harga terendah (Rp)').fill('15000');
    await section.getByLabel('Harga tertinggi (Rp)').fill('25000');
    await section.getByRole('button', { name: 'Simpan' }).click();
    await section.getByText('Rp 15.000 – Rp 25.000').waitFor();
    await section.locator('input[type=file]').setInputFiles({
      name: 'rengginang.jpg',
      mimeType: 'image/jpeg',
      buffer: await productJpeg(),
    });
    await section.getByRole('img', { name: `Foto 1 ${PRODUCT}` }).waitFor();
    await expectNoHorizontalScroll(staff);
    await expectAccessible(staff);

    // A buyer: a fresh browser context, never signed in.
    const buyer = await open(browser, '/katalog', PHONE, null);
    await expectNoHorizontalScroll(buyer);
    await expectAccessible(buyer);
    await buyer.getByLabel('Cari produk').fill('renginang lorjk');
    await buyer.getByRole('button', { name: 'Cari' }).click();
    await buyer
      .getByRole('link', { name: new RegExp(PRODUCT) })
      .first()
      .click();
    await buyer.getByRole('heading', { level: 1, name: PRODUCT }).waitFor();
    const productUrl = buyer.url();
    expect(await buyer.title()).toBe(`${PRODUCT} – ${name} | Katalog Industri Rumahan Kota Malang`);
    await buyer.getByText('Kelurahan').first().waitFor();
    if (street) expect(await buyer.content()).not.toContain(street);
    if (!name.includes(owner)) expect(await buyer.content()).not.toContain(owner);
    const wa = new URL(
      (await buyer.getByRole('link', { name: 'Hubungi lewat WhatsApp' }).getAttribute('href')) ?? '',
    );
    expect(wa.origin + wa.pathname).toBe('https://wa.me/6281277771234');
    expect(wa.searchParams.get('text')).toContain(`"${PRODUCT}"`);
    expect(wa.searchParams.get('text')).toContain(productUrl);
    await expectNoHorizontalScroll(buyer);
    await expectAccessible(buyer);

    await section.getByRole('button', { name: 'Tarik persetujuan' }).click();
    await section.getByRole('button', { name: 'Tarik persetujuan' }).click();
    await section.getByText('Tidak tampil di katalog publik').waitFor();

    const gone = await buyer.goto(productUrl);
    expect(gone?.status()).toBe(404);
    await buyer.goto(`${inject('baseUrl')}/katalog?q=${encodeURIComponent('renginang lorjk')}`);
    expect(await buyer.content()).not.toContain(PRODUCT);
  });
});
