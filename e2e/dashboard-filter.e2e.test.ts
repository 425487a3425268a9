import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, launch, open, PHONE } from './browser.ts';
import { renderFirstPage } from './pdf.ts';

// Reads only: the demo registry stays as dashboard.e2e expects it, whichever of the two runs first.
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const BLIMBING = '35.73.01';
const number = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));

async function fetchJson(page: Page, url: string) {
  return page.evaluate(async (u) => (await fetch(u)).json(), url);
}

describe('dashboard filters', () => {
  it('filters to one kecamatan, opens the list behind a bar with the same total, and prints its recap', async () => {
    const page = await open(browser, '/', PHONE);
    await page.getByTestId('kpi-micro-value').waitFor();
    await checkPage(page);

    // On a phone the filters sit behind one "Saring" button.
    await page.getByRole('button', { name: /^Saring/ }).click();
    await page.getByLabel('Kecamatan', { exact: true }).click();
    await page.getByRole('option', { name: 'Blimbing', exact: true }).click();
    await page.waitForURL(/kecamatan=35\.73\.01/);
    await page.getByTestId('dash-kel-chart').waitFor();
    await checkPage(page);

    // The figure behind the first bar (home industries of the first kelurahan), from the API.
    const summary = await fetchJson(page, `/api/v1/dashboard/summary?kecamatan=${BLIMBING}`);
    const first = summary.byKelurahan[0];
    expect(first.homeIndustries).toBeGreaterThan(0);
    expect(number(await page.getByTestId('kpi-hi-value').textContent())).toBe(summary.homeIndustries);

    await page
      .locator('[data-testid="dash-kel-chart"] .recharts-bar')
      .first()
      .locator('path')
      .first()
      .click();
    await page.waitForURL(/\/usaha\?/);
    expect(page.url()).toContain(`kelurahan=${first.code}`);
    const total = page.getByTestId('list-total');
    await expect.poll(async () => number(await total.textContent())).toBe(first.homeIndustries);
    await checkPage(page);

    await page.goBack();
    const recap = page.getByRole('link', { name: 'Cetak rekap (PDF)' });
    await recap.waitFor();
    const href = await recap.getAttribute('href');
    expect(href).toBe(`/api/v1/reports/recap.pdf?kecamatan=${BLIMBING}`);
    const base64 = await page.evaluate(async (url) => {
      const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
      let s = '';
      for (const b of bytes) s += String.fromCharCode(b);
      return btoa(s);
    }, href as string);
    const drawn = await renderFirstPage(browser, Buffer.from(base64, 'base64'));
    expect(drawn.ink).toBeGreaterThan(0.01);
    await page.close();
  });

  it('shows a smaller registry as of a past date, and no links into today’s list', async () => {
    const page = await open(browser, '/?asOf=2024-12-31', PHONE);
    const value = page.getByTestId('kpi-micro-value');
    await value.waitFor();
    const past = number(await value.textContent());
    expect(past).toBeGreaterThan(0);
    expect(past).toBeLessThan(99_213);
    expect(await page.getByRole('link', { name: /^Usaha mikro/ }).count()).toBe(0);
    // Flows as of that date place each business as it stood then: no links into today's list either.
    expect(await page.getByTestId('flow-permit').getByRole('link').count()).toBe(0);
    await checkPage(page);
    await page.close();
  });
});
