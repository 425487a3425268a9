import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, open } from './browser.ts';

// Runs before the journeys that add businesses (files run in name order; accounts.e2e adds none).
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('dashboard', () => {
  it("shows the city's headline figures computed from the rows", async () => {
    const page = await open(browser, '/');
    await expect.poll(() => page.getByTestId('kpi-micro-value').textContent()).toBe('99.213');
    expect(await page.getByTestId('kpi-hi-value').textContent()).toBe('14.327');
    expect(await page.getByTestId('kpi-krtp-value').textContent()).toBe('8.552');
    await expectAccessible(page);
    await page.close();
  });
});
