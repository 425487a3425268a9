import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, expectAccessible, expectNoHorizontalScroll, launch, open, PHONE } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

async function check(page: Page) {
  await page.waitForLoadState('networkidle');
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);
}

describe('export of a filtered list', () => {
  it('exports every Sukun business with personal data for a stated purpose, and the file holds them all', async () => {
    const page = await open(browser, '/usaha?kecamatan=35.73.04', PHONE);
    await page.getByRole('button', { name: 'Ekspor', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Ekspor daftar usaha' });
    await dialog.waitFor();
    await dialog.getByText('Semua usaha yang cocok dengan filter sekarang').waitFor();
    await dialog.getByLabel('Sertakan data pribadi').check();
    await dialog.getByRole('button', { name: 'Mulai ekspor' }).click();
    await dialog.getByText('Tuliskan untuk apa data pribadi ini diekspor').waitFor();
    await check(page);
    await dialog.getByLabel(/Tujuan ekspor data pribadi/).fill('Daftar calon peserta Gelar Produk 2027');
    await dialog.getByRole('button', { name: 'Mulai ekspor' }).click();

    await page.getByRole('heading', { level: 1, name: 'Ekspor' }).waitFor();
    const card = page.getByRole('listitem').filter({ hasText: 'data-pribadi.xlsx' }).first();
    await card.getByText('Siap diunduh').waitFor({ timeout: 60_000 });
    const rowsText = (await card.getByText(/baris/).first().textContent()) ?? '';
    const shown = Number(/([\d.]+) baris/.exec(rowsText)?.[1]?.replaceAll('.', ''));
    await check(page);
    await page.setViewportSize(DESKTOP);
    await expectAccessible(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('link', { name: 'Unduh' }).click(),
    ]);
    const chunks: Buffer[] = [];
    for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('the export has no sheet');
    const header = (ws.getRow(1).values as string[]).slice(1);
    expect(header).toEqual(
      expect.arrayContaining(['NIK', 'Nama Pemilik', 'Kecamatan', 'Omzet per Bulan (Rp)']),
    );
    const kec = header.indexOf('Kecamatan') + 1;
    const places = new Set<string>();
    let rows = 0;
    ws.eachRow((row, n) => {
      if (n === 1) return;
      rows++;
      places.add(String(row.getCell(kec).value));
    });
    expect(rows).toBeGreaterThan(1000);
    expect(rows).toBe(shown);
    expect([...places]).toEqual(['Sukun']);
    await page.close();
  });
});
