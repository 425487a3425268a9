import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Credentials, checkPage, expectAccessible, launch, open, PHONE } from './browser.ts';

// The demo pendamping (Blimbing) and the demo mitra (Dinas Koperasi dan UMKM), their passwords set by the admin.
const PENDAMPING: Credentials = { username: 'pendamping', password: 'Kenanga-Rujak-Sawo-7731' };
const MITRA: Credentials = { username: 'mitra', password: 'Jeruk-Bali-Tampah-5520' };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  const page = await open(browser, '/masuk');
  await page.evaluate(
    async (who) => {
      const me = await (await fetch('/api/v1/auth/me')).json();
      const users = (await (await fetch('/api/v1/users?limit=200')).json()).items;
      for (const w of who) {
        const u = users.find((x: { username: string }) => x.username === w.username);
        await fetch(`/api/v1/users/${u.id}`, {
          method: 'PATCH',
          headers: { 'Content-Type': 'application/json', 'X-Pilar-CSRF': me.csrfToken },
          body: JSON.stringify({ password: w.password, version: u.version }),
        });
      }
    },
    [PENDAMPING, MITRA],
  );
  await page.close();
});
afterAll(() => browser?.close());

/** A food home industry of her kecamatan that has no roadmap yet (asked through her own session). */
async function businessWithoutRoadmap(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const q = '/api/v1/businesses?kecamatan=35.73.01&sector=pangan&homeIndustry=true&limit=100';
    const list = (await (await fetch(q)).json()).items as { id: number }[];
    for (const b of list) {
      const r = await (await fetch(`/api/v1/businesses/${b.id}/roadmap`)).json();
      if (r.roadmap === null) return b.id;
    }
    throw new Error('no business without a roadmap');
  });
}

describe('the pendamping plans and closes an intervention', () => {
  it('opens her work, creates a plan from a template and marks an intervention done', async () => {
    const page = await open(browser, '/', PHONE, PENDAMPING);
    // On a phone the menu sits behind one button; her work comes first in it.
    await page.getByRole('button', { name: 'Buka menu' }).click();
    const nav = page.getByRole('navigation', { name: 'Menu utama' });
    await nav.getByRole('link').first().waitFor();
    expect(await nav.getByRole('link').first().textContent()).toBe('Pekerjaan saya');
    await page.keyboard.press('Escape');
    await nav.waitFor({ state: 'detached' });

    await page.goto(`${inject('baseUrl')}/pekerjaan`);
    await page.getByRole('heading', { name: /^Terlambat \(\d+\)$/ }).waitFor();
    const overdue = Number(
      (await page.getByRole('heading', { name: /^Terlambat/ }).textContent())?.match(/\d+/)?.[0],
    );
    expect(overdue).toBeGreaterThan(0);
    // A long list opens with its first 20 and grows by 20 at a time.
    const late = page.getByRole('region', { name: /^Terlambat/ });
    expect(await late.getByRole('listitem').count()).toBe(Math.min(overdue, 20));
    if (overdue > 20) {
      await late.getByRole('button', { name: 'Tampilkan lebih banyak' }).click();
      await late
        .getByRole('listitem')
        .nth(Math.min(overdue, 40) - 1)
        .waitFor();
      expect(await late.getByRole('listitem').count()).toBe(Math.min(overdue, 40));
    }
    // New buyer leads of her businesses (the demo exhibition's booth contacts) come with their business.
    const leads = page.getByRole('region', { name: /^Calon pembeli baru \(\d+\)$/ });
    const newLeads = Number((await leads.getByRole('heading').textContent())?.match(/\d+/)?.[0]);
    expect(newLeads).toBeGreaterThan(0);
    expect(await leads.getByRole('listitem').count()).toBe(Math.min(newLeads, 20));
    expect(await leads.getByRole('listitem').first().getByRole('link').getAttribute('href')).toMatch(
      /^\/usaha\/\d+$/,
    );
    await page.getByRole('heading', { name: /^Usaha yang saya dampingi \(\d+\)$/ }).waitFor();
    await checkPage(page);

    const id = await businessWithoutRoadmap(page);
    await page.goto(`${inject('baseUrl')}/usaha/${id}`);
    const section = page.getByRole('region', { name: 'Rencana pendampingan' });
    await section.getByText('Usaha ini belum punya rencana pendampingan.').waitFor();
    await section.getByRole('button', { name: 'Buat rencana' }).click();
    await section.getByText(/^Target: IR 2 Berkembang/).waitFor();

    await section.getByRole('button', { name: 'Terapkan templat' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Templat', { exact: true }).click();
    await page.getByRole('option', { name: /^IR 1 Makanan/ }).click();
    await dialog.getByText('5 intervensi akan ditambahkan:').waitFor();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Terapkan templat' }).click();
    await dialog.waitFor({ state: 'detached' });

    const card = section.getByTestId('intervention').filter({
      hasText: 'Pelatihan pembukuan sederhana',
    });
    await card.waitFor();
    expect(await section.getByTestId('intervention').count()).toBe(5);
    expect(await section.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      'SDM (keterampilan pemilik)',
      'Pembiayaan & permodalan',
      'Legalitas',
    ]);
    await card.getByRole('button', { name: 'Jadikan "Selesai, berhasil"' }).click();
    const confirm = page.getByRole('dialog');
    await confirm.getByRole('button', { name: 'Ya, ubah' }).click();
    await expect
      .poll(() => confirm.getByLabel('Hasil', { exact: false }).getAttribute('aria-invalid'))
      .toBe('true');
    await confirm.getByLabel('Hasil', { exact: false }).fill('Mulai mencatat kas harian di buku');
    await confirm.getByRole('button', { name: 'Ya, ubah' }).click();
    await confirm.waitFor({ state: 'detached' });
    await card.getByText('Hasil: Mulai mencatat kas harian di buku').waitFor();
    expect(await card.getByText('Selesai, berhasil', { exact: true }).count()).toBe(1);
    await checkPage(page);

    // The owner's survey through a link: no sign-in, one answer.
    await card.getByRole('button', { name: 'Catat kepuasan' }).click();
    await page.getByRole('button', { name: 'Tautan survei untuk pemilik' }).click();
    const url = (await page.getByTestId('survey-link').textContent()) ?? '';
    expect(url).toMatch(/\/kepuasan\/[\w-]{20,}$/);
    const owner = await open(browser, new URL(url).pathname, PHONE, null);
    await owner.getByText('Tentang: Pelatihan pembukuan sederhana').waitFor();
    await checkPage(owner);
    await owner.getByRole('radio', { name: '4' }).check();
    await owner.getByRole('button', { name: 'Kirim jawaban' }).click();
    await owner.getByText('Terima kasih, jawaban Anda sudah kami terima.').waitFor();
    await owner.close();
    await page.close();
  });
});

describe('the partner office handles its referrals', () => {
  it('sees the referrals of its office and moves one forward', async () => {
    const page = await open(browser, '/', PHONE, MITRA);
    await page.getByRole('heading', { level: 1, name: 'Rujukan' }).waitFor();
    await page.getByText(/^\d+ rujukan/).waitFor();
    const total = Number((await page.getByText(/^\d+ rujukan/).textContent())?.match(/\d+/)?.[0]);
    expect(total).toBeGreaterThan(3);
    expect(await page.getByText('Dirujuk ke Dinas Koperasi dan UMKM').count()).toBeGreaterThan(0);
    await checkPage(page);

    await page.goto(`${inject('baseUrl')}/rujukan?status=planned`);
    const first = page.getByRole('main').getByRole('listitem').first().getByRole('link');
    const title = (await first.textContent()) ?? '';
    await first.click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const text = (await page.textContent('main')) ?? '';
    expect(text).not.toMatch(/NIK|Omzet/i);
    await checkPage(page);
    await page.getByRole('button', { name: 'Jadikan "Berjalan"' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ya, ubah' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Jadikan "Selesai, berhasil"' }).waitFor();
    // The buttons come with the answer, the status badge with the refetched referral: wait for it too.
    await page.getByText('Berjalan', { exact: true }).first().waitFor();
    expect(await page.getByText('Berjalan', { exact: true }).count()).toBeGreaterThan(0);

    // No registry for a partner office.
    await page.goto(`${inject('baseUrl')}/usaha`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).not.toBe('Usaha');
    await page.close();
  });
});

describe('templates library', () => {
  it('lists the seeded templates for the operator', async () => {
    const page = await open(browser, '/templat', PHONE);
    await page.getByRole('heading', { level: 2, name: /^IR 1 Makanan/ }).waitFor();
    await checkPage(page);
    await page.close();
  });
});
