import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core';
import { expect, inject } from 'vitest';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.PILAR_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export type Credentials = { username: string; password: string };

export const admin = (): Credentials => ({
  username: inject('adminUser'),
  password: inject('adminPassword'),
});

/** Signs the page's browser context in by posting to the API from the page, as the login form does. */
export async function signIn(page: Page, who: Credentials = admin()) {
  if (!page.url().startsWith(inject('baseUrl'))) await page.goto(`${inject('baseUrl')}/masuk`);
  const status = await page.evaluate(async (body) => {
    const res = await fetch('/api/v1/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return res.status;
  }, who);
  expect(status).toBe(200);
}

/** Signs in through the form on /masuk, as a person does. */
export async function signInWithForm(page: Page, who: Credentials = admin()) {
  await page.getByLabel('Nama pengguna', { exact: true }).fill(who.username);
  await page.getByLabel('Kata sandi', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
}

/** A fresh browser context (no cookies unless given), under the Content Security Policy the server sends. */
export function newContext(
  browser: Browser,
  viewport = DESKTOP,
  storageState?: BrowserContextOptions['storageState'],
): Promise<BrowserContext> {
  return browser.newContext({ viewport, locale: 'id-ID', storageState });
}

// One sign-in per user and test file; later pages reuse its cookie (fewer logins, no rate limit in the way).
const sessions = new Map<string, BrowserContextOptions['storageState']>();

/**
 * A page in its own browser context, signed in as `who` (the admin unless told; null = signed out), at `path`.
 * Closing the page closes the context.
 */
export async function open(
  browser: Browser,
  path: string,
  viewport = DESKTOP,
  who: Credentials | null = admin(),
): Promise<Page> {
  const storageState = who ? sessions.get(who.username) : undefined;
  const context = await newContext(browser, viewport, storageState);
  const page = await context.newPage();
  // The browser may already be closing (afterAll): a context that is gone needs no closing.
  page.on('close', () => {
    context.close().catch(() => {});
  });
  cspReports.set(page, await watchCsp(page));
  if (who && !storageState) {
    await signIn(page, who);
    sessions.set(who.username, await context.storageState());
  }
  await page.goto(`${inject('baseUrl')}${path}`);
  return page;
}

const cspReports = new WeakMap<Page, () => Promise<string[]>>();

/** WCAG 2.1 AA with axe-core: no serious or critical violation; and nothing the page did broke its CSP. */
export async function expectAccessible(page: Page) {
  expect(await cspReports.get(page)?.()).toEqual(cspReports.has(page) ? [] : undefined);
  // The pointer left where the last click was may hover a button of the new page or layout; judge the page
  // at rest. A dialog still fading in has text at part opacity: judge it as it settles, not mid-transition.
  await page.mouse.move(0, 0);
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))),
  );
  // Evaluated through the DevTools protocol, which the page's Content Security Policy does not govern.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page
    const axe = (window as any).axe;
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return r.violations
      .filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v: { id: string; nodes: { target: string[] }[] }) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
      );
  });
  expect(result).toEqual([]);
}

/**
 * A phone-sized page as a person sees it once its dialogs have closed and its data loaded: no sideways
 * scroll, axe clean; then axe on a desktop width too.
 */
export async function checkPage(page: Page) {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await page.waitForLoadState('networkidle');
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);
  await page.setViewportSize(DESKTOP);
  await expectAccessible(page);
  await page.setViewportSize(PHONE);
}

/** The page is no wider than the window: nothing to scroll sideways on a phone. */
export async function expectNoHorizontalScroll(page: Page) {
  const widths = await page.evaluate(() => ({
    doc: document.documentElement.scrollWidth,
    win: window.innerWidth,
  }));
  expect(widths.doc).toBeLessThanOrEqual(widths.win);
}

/** Collects Content Security Policy violations a page reports, so a journey can assert there were none. */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp ?? []);
}
