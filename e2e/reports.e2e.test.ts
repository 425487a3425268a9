import { writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, launch, open, PHONE } from './browser.ts';
import { renderFirstPage } from './pdf.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('printed recap', () => {
  it('links the recap PDF from the dashboard, and the PDF draws a letterhead and a full table', async () => {
    const page = await open(browser, '/', PHONE);
    const link = page.getByRole('link', { name: 'Cetak rekap (PDF)' });
    await link.waitFor();
    await checkPage(page);
    const href = await link.getAttribute('href');
    expect(href).toBe('/api/v1/reports/recap.pdf');
    const base64 = await page.evaluate(async (url) => {
      const res = await fetch(url);
      const bytes = new Uint8Array(await res.arrayBuffer());
      let s = '';
      for (const b of bytes) s += String.fromCharCode(b);
      return btoa(s);
    }, href as string);
    const pdf = Buffer.from(base64, 'base64');
    expect(pdf.subarray(0, 8).toString()).toBe('%PDF-1.4');
    const drawn = await renderFirstPage(browser, pdf);
    // 57 kelurahan in five kecamatan with letterhead and signature take two A4 pages.
    expect(drawn.pages).toBeGreaterThanOrEqual(2);
    expect(drawn.ink).toBeGreaterThan(0.01);
    if (process.env.PILAR_E2E_SHOTS) writeFileSync(process.env.PILAR_E2E_SHOTS, drawn.png);
    await page.close();
  });
});
