import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildNik } from '../shared/rules/nik.ts';
import { checkPage, expectAccessible, launch, open, PHONE } from './browser.ts';

// open() signs each page in as the admin before it goes to the path.
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** A business with a new owner, through the API from the signed-in page (session cookie and CSRF token). */
async function registerBusiness(
  page: Page,
  name: string,
  ownerName: string,
): Promise<{ id: number; ownerId: number }> {
  const nik = buildNik({
    districtCode: '35.73.04',
    gender: 'P',
    birthDate: '1979-06-12',
    serial: 6000 + (Date.now() % 3000),
  });
  return page.evaluate(
    async (body) => {
      const me = await (await fetch('/api/v1/auth/me')).json();
      const res = await fetch('/api/v1/businesses', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Pilar-CSRF': me.csrfToken },
        body: JSON.stringify(body),
      });
      const saved = await res.json();
      return { id: saved.business.id, ownerId: saved.business.ownerId };
    },
    {
      name,
      homeIndustry: true,
      kelurahanCode: '35.73.04.1004',
      kbliCode: '10794',
      owner: { name: ownerName, nik, gender: 'P', birthDate: '1979-06-12', kelurahanCode: '35.73.04.1004' },
    },
  );
}

describe('consent and its withdrawal', () => {
  it('records consent, withdraws it, and the business is gone from the Usaha list', async () => {
    const suffix = Date.now() % 100000;
    const name = `Rengginang Lorjuk Bu Wartini ${suffix}`;
    const page = await open(browser, '/masuk', PHONE);
    const b = await registerBusiness(page, name, `Wartini ${suffix}`);
    await page.goto(`${inject('baseUrl')}/pelaku/${b.ownerId}`);
    const section = page.getByRole('region', { name: 'Dasar hukum & persetujuan' });
    await section.getByText('belum dicatat').waitFor();

    await section.getByRole('button', { name: 'Catat persetujuan' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Versi naskah persetujuan', { exact: true }).fill('PSTJ-2026-01');
    await dialog.getByLabel('Pendampingan', { exact: true }).check();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Simpan persetujuan' }).click();
    await section.getByText('PSTJ-2026-01').waitFor();
    expect(await section.textContent()).toContain('Pendataan, Pendampingan');

    await section.getByRole('button', { name: 'Tarik persetujuan' }).click();
    await dialog.getByRole('button', { name: 'Ya, tarik persetujuan' }).click();
    await expect
      .poll(() => dialog.getByLabel('Alasan', { exact: true }).getAttribute('aria-invalid'))
      .toBe('true');
    await dialog.getByLabel('Alasan', { exact: true }).fill('Pemilik tidak ingin didata lagi');
    await dialog.getByRole('button', { name: 'Ya, tarik persetujuan' }).click();
    await page.getByTestId('processing-state').waitFor();
    expect(await page.getByTestId('processing-state').textContent()).toContain('Pemrosesan dibatasi');
    await checkPage(page);

    await page.goto(`${inject('baseUrl')}/usaha?q=${encodeURIComponent(name)}`);
    await page.getByText('Tidak ada data yang cocok.').waitFor();
    expect(await page.getByRole('link', { name }).count()).toBe(0);
    await page.close();
  });
});

describe('data-subject requests and breaches', () => {
  it('/permintaan-data records a request with its deadline, passes axe and fits a 360 px phone', async () => {
    const suffix = Date.now() % 100000;
    const page = await open(browser, '/masuk', PHONE);
    const b = await registerBusiness(page, `Sambal Pecel Bu Lastri ${suffix}`, `Sulastri ${suffix}`);
    await page.goto(`${inject('baseUrl')}/pelaku/${b.ownerId}`);
    await page.getByRole('link', { name: 'Catat permintaan' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(`Sulastri ${suffix}`).waitFor();
    await dialog.getByLabel('Jenis permintaan', { exact: true }).click();
    await page.getByRole('option', { name: 'Akses & salinan data', exact: true }).click();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Catat permintaan' }).click();
    await page.getByText(/Permintaan dicatat\. Batas waktu: /).waitFor();
    const item = page.getByTestId('request-item').filter({ hasText: `Sulastri ${suffix}` });
    expect(await item.textContent()).toContain('Terbuka');
    await checkPage(page);
    await page.close();
  });

  it('/pelanggaran counts down the 3×24 hours, passes axe and fits a 360 px phone', async () => {
    const page = await open(browser, '/pelanggaran', PHONE);
    await page.getByRole('heading', { level: 1, name: 'Pelanggaran data' }).waitFor();
    await page.getByRole('button', { name: 'Catat pelanggaran' }).click();
    const dialog = page.getByRole('dialog');
    const what = `Map formulir pendataan tertinggal di angkot ${Date.now() % 100000}`;
    await dialog.getByLabel('Apa yang terjadi', { exact: true }).fill(what);
    await dialog.getByLabel('Identitas (nama, NIK)', { exact: true }).check();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Catat pelanggaran' }).click();
    const card = page.getByTestId('breach-item').filter({ hasText: what });
    await card.waitFor();
    expect(await card.getByTestId('breach-clock').textContent()).toMatch(
      /^Sisa (2 hari 2[0-3] jam|3 hari 0 jam)$/,
    );
    await checkPage(page);
    await page.close();
  });
});
