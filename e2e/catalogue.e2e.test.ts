import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildNik } from '../shared/rules/nik.ts';
import { expectAccessible, expectNoHorizontalScroll, launch, open, PHONE } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const PRODUCT = 'Rengginang Lorjuk Pedas Manis';

/** A business with a new owner who has a phone, through the API from the signed-in page. */
async function registerBusiness(page: Page, name: string) {
  const nik = buildNik({
    districtCode: '35.73.04',
    gender: 'P',
    birthDate: '1981-03-09',
    serial: 3000 + (Date.now() % 3000),
  });
  return page.evaluate(
    async (body) => {
      const me = await (await fetch('/api/v1/auth/me')).json();
      const res = await fetch('/api/v1/businesses', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Pilar-CSRF': me.csrfToken },
        body: JSON.stringify(body),
      });
      return (await res.json()).business.id as number;
    },
    {
      name,
      homeIndustry: true,
      kelurahanCode: '35.73.04.1004',
      kbliCode: '10794',
      street: 'Jl. Rahasia Rumah No. 9',
      owner: {
        name: 'Lestari Wulandari',
        nik,
        gender: 'P',
        birthDate: '1981-03-09',
        phone: '0812-7777-1234',
        kelurahanCode: '35.73.04.1004',
      },
    },
  );
}

async function productJpeg() {
  return sharp({ create: { width: 900, height: 600, channels: 3, background: '#d9a441' } })
    .jpeg()
    .withExif({ IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '7/1 59/1 0/1' } })
    .toBuffer();
}

describe('public catalogue', () => {
  it('publishes a business, finds it by a typo without signing in, and takes it away on withdrawal', async () => {
    const suffix = Date.now() % 100000;
    const name = `Camilan Bu Lestari ${suffix}`;
    const staff = await open(browser, '/masuk', PHONE);
    const id = await registerBusiness(staff, name);
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
    expect(await buyer.content()).not.toContain('Jl. Rahasia Rumah');
    expect(await buyer.content()).not.toContain('Lestari Wulandari');
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
