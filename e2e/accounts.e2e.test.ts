import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  admin,
  DESKTOP,
  expectAccessible,
  expectNoHorizontalScroll,
  launch,
  newContext,
  open,
  PHONE,
  signInWithForm,
} from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const path = (page: Page) => new URL(page.url()).pathname + new URL(page.url()).search;

/** Opens a select inside `root` (its options are drawn at the page's end) and picks one. */
async function chooseOption(page: Page, root: Locator, label: string, option: string) {
  await root.getByLabel(label, { exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('signing in', () => {
  it('/masuk has no sideways scroll on a phone and passes axe', async () => {
    const page = await open(browser, '/masuk', PHONE, null);
    await page.getByRole('heading', { level: 1, name: 'Masuk ke Pilar' }).waitFor();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);
    await page.setViewportSize(DESKTOP);
    await expectAccessible(page);
    await page.close();
  });

  it('shows the Indonesian error next to the form for a wrong password', async () => {
    const page = await open(browser, '/masuk', PHONE, null);
    await signInWithForm(page, { username: admin().username, password: 'bukan-kata-sandinya' });
    const alert = page.locator('form').getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Nama pengguna atau kata sandi salah.');
    expect(path(page)).toBe('/masuk');
    await expectAccessible(page);
    await page.close();
  });

  it('sends a signed-out visitor to /masuk, back to the wanted page after login, and to /masuk on logout', async () => {
    const page = await open(browser, '/usaha', DESKTOP, null);
    await page.getByRole('heading', { level: 1, name: 'Masuk ke Pilar' }).waitFor();
    expect(path(page)).toBe('/masuk?ke=%2Fusaha');
    await signInWithForm(page);
    await page.getByRole('heading', { level: 1, name: 'Usaha' }).waitFor();
    expect(path(page)).toBe('/usaha');

    await page.getByRole('button', { name: /^Akun/ }).click();
    await page.getByRole('button', { name: 'Keluar', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Masuk ke Pilar' }).waitFor();
    expect(path(page)).toBe('/masuk');
    // The server ended the session too: the registry is closed to this browser now.
    await page.goto(`${inject('baseUrl')}/usaha/1`);
    await page.getByRole('heading', { level: 1, name: 'Masuk ke Pilar' }).waitFor();
    expect(path(page)).toBe('/masuk?ke=%2Fusaha%2F1');
    await page.close();
  });
});

describe('roles and areas', () => {
  it('admin creates a pimpinan for Klojen, who sees the dashboard but not the registry', async () => {
    const username = `pimpinan.klojen${Date.now() % 100000}`;
    const password = 'Jambu Kedondong Sepur 4417';
    const page = await open(browser, '/pengguna', DESKTOP);
    await page.getByRole('button', { name: 'Tambah pengguna' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nama pengguna', { exact: true }).fill(username);
    await dialog.getByLabel('Nama lengkap', { exact: true }).fill('Dra. Sulastri, Camat Klojen');
    await chooseOption(page, dialog, 'Peran', 'Pimpinan');
    await dialog.getByLabel('Satu kecamatan', { exact: true }).check();
    await chooseOption(page, dialog, 'Kecamatan', 'Klojen');
    await dialog.getByLabel('Kata sandi awal', { exact: true }).fill(password);
    await expect.poll(() => dialog.getByTestId('password-strength').textContent()).toMatch(/kuat/);
    await dialog.getByRole('button', { name: 'Tambah pengguna' }).click();
    await page.getByText('Pengguna Dra. Sulastri, Camat Klojen dibuat.').waitFor();
    const row = page.getByRole('row', { name: new RegExp(username.replace('.', '\\.')) });
    expect(await row.textContent()).toContain('Klojen');
    await page.close();

    const context = await newContext(browser, PHONE);
    const her = await context.newPage();
    await her.goto(`${inject('baseUrl')}/`);
    await signInWithForm(her, { username, password });
    await her.getByRole('heading', { level: 1, name: 'Industri rumahan Klojen' }).waitFor();
    // On a phone the menu sits behind one button.
    await her.getByRole('button', { name: 'Buka menu' }).click();
    const nav = her.getByRole('navigation', { name: 'Menu utama' });
    await nav.waitFor();
    // Leaders follow the exhibitions too (listed with the office work, after the daily pages).
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Dasbor',
      'Laporan program',
      'Wilayah',
      'Pameran',
    ]);
    await expectAccessible(her);
    await her.keyboard.press('Escape');
    await nav.waitFor({ state: 'detached' });
    await her.getByRole('button', { name: /^Akun/ }).click();
    expect(await her.getByRole('dialog').textContent()).toContain('Klojen');
    await expectAccessible(her);
    await her.keyboard.press('Escape');

    await her.goto(`${inject('baseUrl')}/usaha`);
    await her.getByRole('heading', { level: 1, name: 'Tidak ada akses' }).waitFor();
    await expectNoHorizontalScroll(her);
    await expectAccessible(her);
    await context.close();
  });
});

describe('personal data', () => {
  it('asks for a purpose before showing a NIK in full, and the reveal is in the audit log', async () => {
    const page = await open(browser, '/pelaku/1', PHONE);
    const nik = page.getByTestId('pii-nik');
    await nik.waitFor();
    expect(await nik.textContent()).toMatch(/^\d{4}\*{8}\d{4}$/);
    await page.getByRole('button', { name: 'Tampilkan NIK' }).click();
    const dialog = page.getByRole('dialog');
    const purpose = dialog.getByLabel('Untuk keperluan apa?', { exact: true });
    await purpose.waitFor();
    await dialog.getByRole('button', { name: 'Tampilkan NIK' }).click();
    await expect.poll(() => purpose.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);
    const why = `Verifikasi KTP untuk P-IRT ${Date.now() % 100000}`;
    await purpose.fill(why);
    await dialog.getByRole('button', { name: 'Tampilkan NIK' }).click();
    await expect.poll(() => nik.textContent()).toMatch(/^\d{16}$/);
    await expectNoHorizontalScroll(page);

    await page.goto(`${inject('baseUrl')}/audit`);
    await page.getByText(why).first().waitFor();
    expect(await page.getByTestId('audit-chain').textContent()).toMatch(/Rantai utuh: [\d.]+ entri/);
    await page.close();
  });
});

describe('API tokens', () => {
  it('admin makes a token for a partner system, sees its secret once, and revoking it stops it', async () => {
    const page = await open(browser, '/pengguna', PHONE);
    const section = page.getByRole('region', { name: 'Token API sistem mitra' });
    await section.getByLabel('Nama sistem mitra', { exact: true }).fill('Bank Jatim cabang Malang');
    await section.getByRole('button', { name: 'Buat token' }).click();
    const secret = (await section.locator('pre').first().textContent())?.trim() ?? '';
    expect(secret).toMatch(/^pilar_/);
    const base = inject('baseUrl');
    const call = () =>
      fetch(`${base}/api/v1/dashboard/summary`, { headers: { authorization: `Bearer ${secret}` } });
    expect((await call()).status).toBe(403); // mitra: referrals only, no figures
    const areas = await fetch(`${base}/api/v1/areas`, { headers: { authorization: `Bearer ${secret}` } });
    expect(areas.status).toBe(200);
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);
    const row = section.getByTestId('token-row').filter({ hasText: 'Bank Jatim cabang Malang' });
    await row.getByRole('button', { name: 'Cabut' }).click();
    await row.getByText('Dicabut').waitFor();
    expect(
      (await fetch(`${base}/api/v1/areas`, { headers: { authorization: `Bearer ${secret}` } })).status,
    ).toBe(401);
    await page.close();
  });
});
