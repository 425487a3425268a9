import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, launch, open, PHONE } from './browser.ts';
import { renderFirstPage } from './pdf.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** The PDF a print button links to, fetched with the page's own session. */
async function pdfBehind(page: Page, name: string) {
  const link = page.getByRole('link', { name });
  await link.waitFor();
  const href = (await link.getAttribute('href')) as string;
  const base64 = await page.evaluate(async (url) => {
    const res = await fetch(url);
    if (!res.ok || res.headers.get('content-type') !== 'application/pdf') throw new Error(`${res.status}`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    return btoa(s);
  }, href);
  const pdf = Buffer.from(base64, 'base64');
  expect(pdf.subarray(0, 8).toString()).toBe('%PDF-1.4');
  return { href, pdf };
}

/** Share of dark pixels (luminance below 140 of 255) in a box of a rendered page. */
async function darkShare(png: Buffer, box: { left: number; top: number; width: number; height: number }) {
  const { data, info } = await sharp(png)
    .extract(box)
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  let dark = 0;
  for (let i = 0; i < data.length; i += info.channels) {
    const [r, g, b] = [data[i] as number, data[i + 1] as number, data[i + 2] as number];
    if (0.2126 * r + 0.7152 * g + 0.0722 * b < 140) dark++;
  }
  return dark / (info.width * info.height);
}

describe('printed reports from their buttons', () => {
  it('prints the one-page leader summary from the dashboard, with bars drawn in its chart', async () => {
    const page = await open(browser, '/', PHONE);
    await checkPage(page);
    const { href, pdf } = await pdfBehind(page, 'Ringkasan pimpinan (PDF)');
    expect(href).toBe('/api/v1/reports/summary.pdf');
    const drawn = await renderFirstPage(browser, pdf);
    expect(drawn.pages).toBe(1);
    expect(drawn.ink).toBeGreaterThan(0.005);
    // The bars of "home industries per kecamatan" (five kecamatan) lie right of the labels, below the
    // headline boxes: at PDF.js's 1.5 scale, x from 160 pt and y from about 250 pt of the page.
    const page1 = await sharp(drawn.png).metadata();
    expect(page1.width).toBeGreaterThan(800);
    const chart = await darkShare(drawn.png, { left: 245, top: 375, width: 470, height: 80 });
    expect(chart).toBeGreaterThan(0.1);
    // A region of the same size in the right margin stays white.
    expect(await darkShare(drawn.png, { left: 840, top: 375, width: 40, height: 80 })).toBe(0);
    if (process.env.PILAR_E2E_SHOTS) writeFileSync(`${process.env.PILAR_E2E_SHOTS}.summary.png`, drawn.png);
    await page.close();
  });

  it('prints a business profile sheet from the profile page', async () => {
    const page = await open(browser, '/usaha/1', PHONE);
    await checkPage(page);
    const { href, pdf } = await pdfBehind(page, 'Cetak profil');
    expect(href).toBe('/api/v1/businesses/1/profile.pdf');
    const drawn = await renderFirstPage(browser, pdf);
    expect(drawn.pages).toBeGreaterThanOrEqual(1);
    expect(drawn.pages).toBeLessThanOrEqual(2);
    expect(drawn.ink).toBeGreaterThan(0.005);
    if (process.env.PILAR_E2E_SHOTS) writeFileSync(`${process.env.PILAR_E2E_SHOTS}.profile.png`, drawn.png);
    await page.close();
  });

  it('prints a programme report from the programme page', async () => {
    const page = await open(browser, '/program/1', PHONE);
    await checkPage(page);
    const { href, pdf } = await pdfBehind(page, 'Cetak laporan');
    expect(href).toBe('/api/v1/programmes/1/report.pdf');
    const drawn = await renderFirstPage(browser, pdf);
    expect(drawn.ink).toBeGreaterThan(0.005);
    await page.close();
  });
});
