import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildNik } from '../shared/rules/nik.ts';
import { DESKTOP, expectAccessible, expectNoHorizontalScroll, launch, open, PHONE } from './browser.ts';

// open() signs each page in as the admin (PILAR_ADMIN_PASSWORD from global-setup) before it goes to the path.
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

async function chooseOption(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('business list', () => {
  it('finds a business from a search with a typo', async () => {
    const page = await open(browser, '/usaha');
    await page.getByLabel('Cari usaha', { exact: true }).fill('keripik tempe sanan');
    const hit = page.getByRole('link', { name: 'Kripik Tempe Sanan Jaya' }).first();
    await hit.waitFor();
    expect(await hit.isVisible()).toBe(true);
    await expectAccessible(page);
    await hit.click();
    await page.getByRole('heading', { level: 1, name: 'Kripik Tempe Sanan Jaya' }).waitFor();
    expect(await page.getByText('Purwantoro').first().isVisible()).toBe(true);
    await expectAccessible(page);
    await page.close();
  });
});

describe('create a business on a phone', () => {
  it('shows an invalid NIK next to the field, saves once fixed, and lists the new business', async () => {
    const page = await open(browser, '/usaha/baru', PHONE);
    const name = `Kue Lumpur Bu Ratna ${Date.now() % 100000}`;
    await page.getByLabel('Nama usaha', { exact: true }).fill(name);
    await chooseOption(page, 'Kecamatan', 'Sukun');
    await chooseOption(page, 'Kelurahan', 'Bandungrejosari');
    await page.getByLabel('Nama pemilik', { exact: true }).fill('Ratna Sari');
    const nik = page.getByLabel('NIK', { exact: true });
    await nik.fill('3573043002850012');
    await page.getByRole('button', { name: 'Simpan usaha' }).click();
    await expect.poll(() => nik.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await nik.getAttribute('aria-describedby')) ?? '';
    const errorText = await page
      .locator(`[id="${describedBy.split(' ').find((id) => id.includes('error'))}"]`)
      .textContent();
    expect(errorText).toMatch(/tanggal lahir|tanggal/i);
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);

    await nik.fill(
      buildNik({ districtCode: '35.73.04', gender: 'P', birthDate: '1985-02-28', serial: 4242 }),
    );
    await page.getByRole('button', { name: 'Simpan usaha' }).click();
    // Should the save be refused, say what the form showed rather than only that the profile never came.
    await page
      .getByRole('heading', { level: 1, name })
      .waitFor()
      .catch(async (e) => {
        const alerts = await page.getByRole('alert').allTextContents();
        throw new Error(`${String(e)}\nat ${page.url()}; alerts: ${JSON.stringify(alerts)}`);
      });
    expect(page.url()).toMatch(/\/usaha\/\d+$/);
    await expectNoHorizontalScroll(page);

    await page.goto(page.url().replace(/\/usaha\/\d+$/, `/usaha?q=${encodeURIComponent(name)}`));
    await page.getByRole('link', { name }).first().waitFor();
    await page.close();
  });
});

describe('every page on a 360 px phone and a desktop', () => {
  const pages = [
    '/',
    '/usaha',
    '/usaha/1',
    '/usaha/baru',
    '/pelaku',
    '/pelaku/1',
    '/wilayah',
    '/pengguna',
    '/audit',
  ];
  for (const path of pages) {
    it(`${path} has no sideways scroll on a phone and passes axe`, async () => {
      const page = await open(browser, path, PHONE);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      await expectNoHorizontalScroll(page);
      await expectAccessible(page);
      await page.setViewportSize(DESKTOP);
      await expectAccessible(page);
      await page.close();
    });
  }
});
