import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildNik } from '../shared/rules/nik.ts';
import { checkPage, expectAccessible, launch, open, PHONE } from './browser.ts';
import { renderFirstPage } from './pdf.ts';

// open() signs each page in as the admin before it goes to the path.
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const suffix = Date.now() % 100000;
const WORD = 'Zarqalina';
// Named unlike any other journey's business: the new-business journey (registry) saves a "Kue Lumpur …" in the
// same kelurahan, and similar names there would ask it whether hers is already registered.
const NAMES = ['Satu', 'Dua', 'Tiga'].map((n) => `Wingko ${WORD} ${n}`);

/** Three food businesses in Sukun with a word no demo business carries. */
async function registerThree(page: Page) {
  await page.evaluate(
    async ({ names, suffix, niks }) => {
      const me = await (await fetch('/api/v1/auth/me')).json();
      for (const [i, nik] of niks.entries()) {
        await fetch('/api/v1/businesses', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Pilar-CSRF': me.csrfToken },
          body: JSON.stringify({
            name: names[i],
            homeIndustry: true,
            kelurahanCode: '35.73.04.1004',
            kbliCode: '10792',
            owner: {
              name: `Ibu Uji Pameran ${suffix} ${i + 1}`,
              nik,
              gender: 'P',
              birthDate: '1983-06-12',
              kelurahanCode: '35.73.04.1004',
            },
          }),
        });
      }
    },
    {
      names: NAMES,
      suffix,
      niks: [1, 2, 3].map((i) =>
        buildNik({
          districtCode: '35.73.04',
          gender: 'P',
          birthDate: '1983-06-12',
          serial: 4000 + ((suffix + i) % 2900),
        }),
      ),
    },
  );
}

async function chooseOption(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('exhibitions (Gelar Produk)', () => {
  it('creates an event, invites by a filter, confirms, assigns a booth, takes attendance, records a sale and prints the report', async () => {
    const page = await open(browser, '/pameran', PHONE);
    await registerThree(page);
    await page.goto(`${inject('baseUrl')}/pameran`);
    // The demo's finished Gelar Produk is listed.
    await page.getByRole('link', { name: 'Gelar Produk Industri Rumahan 2026' }).waitFor();
    await checkPage(page);

    const name = `Gelar Produk Uji ${suffix}`;
    await page.getByRole('button', { name: 'Pameran baru' }).click();
    const form = page.getByRole('dialog');
    await form.getByLabel('Nama pameran', { exact: true }).fill(name);
    await form.getByLabel('Tanggal mulai', { exact: true }).fill('2026-12-05');
    await form.getByLabel('Tanggal selesai', { exact: true }).fill('2026-12-06');
    await form.getByLabel('Tempat', { exact: true }).fill('Taman Krida Budaya Jawa Timur');
    await form.getByLabel('Kuota peserta', { exact: true }).fill('2');
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await checkPage(page);

    // Invite by a filter: food businesses whose name has the word.
    await page.getByRole('button', { name: 'Undang dari filter' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Cari usaha', { exact: true }).fill(WORD);
    await dialog.getByLabel('Cari usaha', { exact: true }).press('Enter');
    await dialog.getByRole('button', { name: 'Filter' }).click();
    await chooseOption(page, 'Sektor', 'Makanan & minuman');
    await dialog.getByRole('button', { name: 'Hitung usaha yang cocok' }).click();
    await dialog.getByText('3 usaha akan diundang. 0 sudah diundang.').waitFor();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Undang 3 usaha' }).click();
    await page.getByText('3 usaha diundang.').waitFor();
    await checkPage(page);

    // Confirm one and give her a booth.
    const first = page.getByRole('listitem', { name: NAMES[0] });
    await first.getByRole('button', { name: 'Konfirmasi' }).click();
    await first.getByText('Dikonfirmasi', { exact: true }).waitFor();
    await first.getByLabel(`Kode stan ${NAMES[0]}`, { exact: true }).fill('c-7');
    await first.getByRole('button', { name: 'Simpan stan' }).click();
    await first.getByText('· C-7', { exact: false }).waitFor();
    await checkPage(page);

    // Attendance on the first day: one big toggle, saved at once.
    await page.getByRole('tab', { name: 'Kehadiran' }).click();
    const present = page.getByRole('listitem', { name: NAMES[0] }).getByRole('button', { name: 'Hadir' });
    expect(await present.getAttribute('aria-pressed')).toBe('false');
    await present.click();
    await expect.poll(() => present.getAttribute('aria-pressed')).toBe('true');
    await page.getByText('1 dari 1 peserta hadir').waitFor();
    await checkPage(page);

    // A sale of the day.
    await page.getByRole('tab', { name: 'Penjualan' }).click();
    const sales = page.getByRole('listitem', { name: NAMES[0] });
    await sales.getByLabel(`Penjualan ${NAMES[0]}`, { exact: true }).fill('250000');
    await sales.getByLabel(`Jumlah barang ${NAMES[0]}`, { exact: true }).fill('25');
    await sales.getByRole('button', { name: 'Simpan penjualan' }).click();
    await sales.getByText('Penjualan hari ini: Rp 250.000 · 0 calon pembeli').waitFor();
    await checkPage(page);

    // The report PDF, drawn by PDF.js: not blank.
    const href = await page.getByRole('link', { name: 'Cetak laporan (PDF)' }).getAttribute('href');
    expect(href).toMatch(/^\/api\/v1\/exhibitions\/\d+\/report\.pdf$/);
    const base64 = await page.evaluate(async (url) => {
      const res = await fetch(url);
      const bytes = new Uint8Array(await res.arrayBuffer());
      let s = '';
      for (const b of bytes) s += String.fromCharCode(b);
      return btoa(s);
    }, href as string);
    const pdf = Buffer.from(base64, 'base64');
    expect(pdf.subarray(0, 8).toString()).toBe('%PDF-1.4');
    expect(pdf.toString('latin1')).toContain('(Rp 250.000)');
    const drawn = await renderFirstPage(browser, pdf);
    expect(drawn.ink).toBeGreaterThan(0.01);
    if (process.env.PILAR_E2E_SHOTS) writeFileSync(process.env.PILAR_E2E_SHOTS, drawn.png);
    await page.close();
  });
});
