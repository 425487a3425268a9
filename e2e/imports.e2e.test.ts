import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, expectAccessible, expectNoHorizontalScroll, launch, open, PHONE } from './browser.ts';
import { firstFile, importByApi, kendalsari, secondFile, surname, workbook } from './import-files.ts';

// open() signs each page in as the admin before it goes to the path.
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** The page as a person sees it once dialogs are gone: axe clean, and nothing to scroll sideways on a phone. */
async function check(page: Page) {
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  if (page.viewportSize()?.width === PHONE.width) await expectNoHorizontalScroll(page);
  await expectAccessible(page);
}

async function choose(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

// Runs far apart, so the two journeys' records never look alike to the linker.
const base = Date.now() % 30000;

for (const [device, viewport, run] of [
  ['phone', PHONE, 10000 + base],
  ['desktop', DESKTOP, 43333 + base],
] as const) {
  describe(`import and review on a ${device}`, () => {
    const owner = `Sulastri ${surname(run)}`;
    let importPath = '';
    let keptId = 0;

    it('uploads a workbook through the file input and fixes the column mapping', async () => {
      const page = await open(browser, '/impor', viewport);
      await page.getByRole('heading', { level: 1, name: 'Impor data dari kantor lain' }).waitFor();
      await check(page);
      await page.getByRole('link', { name: 'Unggah berkas' }).click();
      const buffer = await firstFile(owner, run);
      const file = { name: 'data-ir.xlsx', mimeType: 'application/octet-stream', buffer };
      await page.locator('input[type="file"]').setInputFiles(file);
      await page.getByLabel('Kantor/OPD asal data', { exact: true }).fill(`Kecamatan Lowokwaru ${run}`);
      await check(page);
      await page.getByRole('button', { name: 'Unggah dan kenali kolom' }).click();

      await page.getByRole('heading', { level: 2, name: 'Pemetaan kolom' }).waitFor();
      const column = page.getByLabel('Isian registri untuk kolom Barang yang dibuat', { exact: true });
      expect(await column.inputValue()).toBe('(tidak diimpor)');
      await check(page);
      await column.click();
      await page.getByRole('option', { name: 'Produk utama', exact: true }).click();
      await expect.poll(() => column.inputValue()).toBe('Produk utama');
      importPath = new URL(page.url()).pathname;
      await page.close();
    });

    it('checks every row, shows the rejected ones and the annotated file, saves the valid rows', async () => {
      const page = await open(browser, importPath, viewport);
      await page.getByRole('button', { name: 'Periksa (uji coba)' }).click();
      await page.getByRole('heading', { level: 2, name: 'Hasil pemeriksaan' }).waitFor({ timeout: 30_000 });
      expect(await page.locator('[data-count="ok"]').textContent()).toBe('3');
      expect(await page.locator('[data-count="rejected"]').textContent()).toBe('2');
      const rejected = page.getByTestId('import-row');
      await expect.poll(() => rejected.count()).toBe(2);
      expect(await rejected.nth(0).textContent()).toMatch(/Baris 6.*NIK "357305490381".*12 digit/);
      expect(await rejected.nth(1).textContent()).toMatch(/Baris 7.*"Pakis".*luar wilayah/);
      await check(page);

      const annotated = page.getByRole('link', { name: 'Unduh berkas dengan keterangan' });
      const [download] = await Promise.all([page.waitForEvent('download'), annotated.click()]);
      const chunks: Buffer[] = [];
      for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
      expect(Buffer.concat(chunks).subarray(0, 2).toString()).toBe('PK');

      await page.getByRole('button', { name: 'Simpan hanya bila semua valid' }).click();
      await page.getByRole('alert').filter({ hasText: '2 baris ditolak' }).waitFor();
      await page.getByRole('button', { name: 'Simpan baris yang valid' }).click();
      await page.getByRole('heading', { level: 2, name: 'Tersimpan' }).waitFor({ timeout: 60_000 });
      expect(await page.locator('[data-count="peopleNew"]').textContent()).toBe('3');
      await check(page);
      await page.close();
    });

    it('resolves the pair another office’s file made: merge, undo, merge again', async () => {
      const page = await open(browser, '/masuk', viewport);
      await importByApi(page, await secondFile(owner), `Kelurahan Tulusrejo ${run}`);
      await page.goto(`${inject('baseUrl')}/tinjauan`);
      const card = page.getByTestId('review-card').filter({ hasText: owner });
      await card.first().waitFor();
      expect(await card.count()).toBe(1);
      expect(await card.textContent()).toContain('berbeda');
      await check(page);

      const href = (await card.getByRole('link', { name: /^A · #\d+$/ }).getAttribute('href')) ?? '';
      keptId = Number(href.split('/').pop());
      const dialog = page.getByRole('dialog');
      const merge = async () => {
        await card.getByRole('button', { name: 'Sama — gabungkan' }).click();
        const address = dialog.getByRole('radiogroup', { name: 'Alamat yang dipakai' });
        await address.getByRole('radio', { name: /^B: Jl\. Sumbersari 7/ }).check();
        await expectAccessible(page);
        await dialog.getByRole('button', { name: 'Gabungkan' }).click();
        await page.getByText(/digabung ke #\d+\./).waitFor();
        await check(page);
      };
      await merge();
      expect(await card.count()).toBe(0);
      await page.getByRole('button', { name: 'Batalkan', exact: true }).click();
      await page.getByText(/Penggabungan dibatalkan/).waitFor();
      await card.first().waitFor();
      await merge();
      // The merge is listed among the merges made, with its undo (taken on her profile below).
      await page.getByLabel('Tampilkan').selectOption({ label: 'Sudah digabung (dapat dibatalkan)' });
      const made = page.getByTestId('recent-merges').getByRole('listitem').filter({ hasText: owner });
      await made.first().waitFor();
      expect(await made.first().textContent()).toContain(`digabung ke ${owner} (#${keptId})`);
      await made.first().getByRole('button', { name: 'Batalkan penggabungan' }).waitFor();
      expect(page.url()).toContain('status=digabung');
      await check(page);
      await page.close();
    });

    it('shows on her profile which office said what, adopts a value and undoes the merge', async () => {
      const page = await open(browser, `/pelaku/${keptId}`, viewport);
      const sources = page.getByTestId('record-sources');
      await sources.getByText('Data ini datang dari 2 baris berkas impor:').waitFor();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(owner);
      await check(page);
      const adopt = (street: string) =>
        sources.getByRole('button', { name: `Pakai nilai ini untuk Alamat: ${street}` });
      await adopt(kendalsari(run)).click();
      await adopt('Jl. Sumbersari 7').waitFor();
      expect(await adopt(kendalsari(run)).count()).toBe(0);

      const merges = page.getByTestId('merges');
      await merges.getByRole('button', { name: 'Batalkan penggabungan' }).click();
      await merges.getByText('Penggabungan dibatalkan; kedua data kembali seperti sebelumnya.').waitFor();
      await check(page);
      await page.close();
    });

    it('marks the pair not the same, then finds it among the pairs so marked', async () => {
      const page = await open(browser, '/tinjauan', viewport);
      const card = page.getByTestId('review-card').filter({ hasText: owner });
      await card.first().waitFor();
      await card.getByRole('button', { name: 'Bukan orang yang sama' }).click();
      await page.getByText(/dicatat sebagai orang yang berbeda/).waitFor();
      await card.first().waitFor({ state: 'detached' });
      await page.getByLabel('Tampilkan').selectOption({ label: 'Ditandai bukan data yang sama' });
      await card.first().waitFor();
      expect(await card.textContent()).toMatch(/Ditandai bukan data yang sama oleh .+ pada \d/);
      expect(page.url()).toContain('status=berbeda');
      await check(page);
      // A mistake: put back in the queue, and decided there again.
      await card.getByRole('button', { name: 'Kembalikan ke antrean' }).click();
      await page.getByText(/kembali ke antrean tinjauan/).waitFor();
      await card.first().waitFor({ state: 'detached' });
      await page.getByLabel('Tampilkan').selectOption({ label: 'Menunggu keputusan' });
      await card.getByRole('button', { name: 'Bukan orang yang sama' }).waitFor();
      await page.close();
    });
  });
}

describe('a business typed in by hand', () => {
  it('warns that its owner may already be registered, links to her, and saves anyway', async () => {
    const run = 76666 + base;
    const [owner, name, street] = [
      `Las ${surname(run)}`,
      `Dapur ${surname(run + 1)}`,
      `Jl. Kertoraharjo ${run % 90}`,
    ];
    const page = await open(browser, '/masuk', PHONE);
    await importByApi(
      page,
      await workbook([`|${owner}|${street}|Ketawanggede|${name}||`]),
      `Kelurahan ${run}`,
    );
    await page.goto(`${inject('baseUrl')}/usaha/baru`);
    await page.getByLabel('Nama usaha', { exact: true }).fill(name);
    await choose(page, 'Kecamatan', 'Lowokwaru');
    await choose(page, 'Kelurahan', 'Ketawanggede');
    await page.getByLabel('Jalan dan nomor rumah', { exact: true }).fill(street);
    await page.getByLabel('Nama pemilik', { exact: true }).fill(owner);
    await page.getByRole('button', { name: 'Simpan usaha' }).click();
    const warning = page.getByTestId('duplicate-warning');
    const link = warning.getByRole('link', { name: owner, exact: true });
    await link.waitFor();
    expect(await link.getAttribute('href')).toMatch(/^\/pelaku\/\d+$/);
    await check(page);
    await warning.getByRole('button', { name: 'Tetap simpan sebagai data baru' }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    expect(page.url()).toMatch(/\/usaha\/\d+$/);
    await page.close();
  });
});

describe('a form exported in United States English', () => {
  it('reads its birth dates month first, as the mapping shows, and lets the operator choose the order', async () => {
    const run = 88888 + base;
    const csv = [
      'Timestamp,Nama Lengkap,Tanggal Lahir,Kelurahan,Nama Usaha',
      `7/30/2024 9:15:02,Endah ${surname(run)},7/25/1980,Tlogomas,Kue Endah`,
      `8/1/2024 10:01:45,Lastri ${surname(run + 1)},3/4/1975,Tlogomas,Jamu Lastri`,
    ].join('\r\n');
    const page = await open(browser, '/impor/baru', DESKTOP);
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'formulir.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByLabel('Kantor/OPD asal data', { exact: true }).fill(`Formulir daring ${run}`);
    await page.getByRole('button', { name: 'Unggah dan kenali kolom' }).click();
    const order = page.getByLabel('Urutan tanggal di kolom Tanggal Lahir', { exact: true });
    await expect.poll(() => order.inputValue()).toBe('bulan/hari/tahun (07/25/1980)');
    await page.getByText('Dibaca bulan dulu: dikenali dari isi kolom', { exact: false }).waitFor();
    await check(page);
    // Day first, "7/25/1980" has no month 25: one row rejected. Month first again, both rows read.
    const checkWith = async (option: string, rejected: string) => {
      await order.click();
      await page.getByRole('option', { name: option, exact: true }).click();
      await expect.poll(() => order.inputValue()).toBe(option);
      await page.getByRole('button', { name: 'Periksa (uji coba)' }).click();
      await page.getByRole('heading', { level: 2, name: 'Hasil pemeriksaan' }).waitFor({ timeout: 30_000 });
      expect(await page.locator('[data-count="rejected"]').textContent()).toBe(rejected);
    };
    await checkWith('hari/bulan/tahun (25/07/1980)', '1');
    expect(await page.getByTestId('import-row').first().textContent()).toContain(
      'pilih urutan itu untuk kolom ini',
    );
    await page.getByRole('button', { name: 'Ubah pemetaan kolom' }).click();
    await checkWith('bulan/hari/tahun (07/25/1980)', '0');
    await page.close();
  });
});
