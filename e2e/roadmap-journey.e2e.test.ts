import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pngWithExif } from '../server/modules/visits/test-images.ts';
import { answerSixOfSixteen } from './assessment.ts';
import { checkPage, launch, open, PHONE } from './browser.ts';

// The journey on a phone: assess a business → level suggested → confirm → roadmap from a template →
// record a visit with a follow-up → mark an intervention done → the dashboard's naik-kelas figure changes.

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** A demo food home industry of Blimbing at IR 1 with no roadmap yet: assessing it at IR 2 is naik kelas. */
async function irOneWithoutRoadmap(page: Page): Promise<{ id: number; name: string }> {
  return page.evaluate(async () => {
    const q = '/api/v1/businesses?kecamatan=35.73.01&sector=pangan&homeIndustry=true&limit=100';
    const list = (await (await fetch(q)).json()).items as { id: number; name: string }[];
    for (const b of list) {
      const level = await (await fetch(`/api/v1/businesses/${b.id}/level`)).json();
      if (level.level !== 1) continue;
      const r = await (await fetch(`/api/v1/businesses/${b.id}/roadmap`)).json();
      if (r.roadmap === null) return { id: b.id, name: b.name };
    }
    throw new Error('no IR 1 food business without a roadmap in Blimbing');
  });
}

async function naikKelasOnDashboard(page: Page): Promise<string> {
  await page.goto(`${inject('baseUrl')}/`);
  const value = page.getByTestId('kpi-naik-value');
  await value.waitFor();
  await checkPage(page);
  return (await value.textContent()) ?? '';
}

describe('the mentoring journey on a phone', () => {
  it('assesses, confirms the level, plans from a template, records a visit, closes an intervention, and the naik-kelas figure rises', async () => {
    const page = await open(browser, '/', PHONE);
    const before = await naikKelasOnDashboard(page);
    const b = await irOneWithoutRoadmap(page);

    // Assessment: 6 of 16 points suggests IR 2; she agrees.
    await page.goto(`${inject('baseUrl')}/usaha/${b.id}/nilai`);
    await page.getByRole('heading', { level: 1, name: `Penilaian level: ${b.name}` }).waitFor();
    await answerSixOfSixteen(page);
    expect(await page.getByTestId('suggested-level').textContent()).toBe('IR 2 Berkembang');
    await checkPage(page);
    await page.getByRole('radio', { name: 'Setuju dengan saran (IR 2 Berkembang)' }).check();
    await page.getByRole('button', { name: 'Simpan penilaian' }).click();
    await page.waitForURL(`${inject('baseUrl')}/usaha/${b.id}`);
    const level = page.getByRole('region', { name: 'Level & penilaian' });
    await expect.poll(() => level.getByTestId('current-level').textContent()).toContain('IR 2 Berkembang');
    expect(await level.getByTestId('level-events').textContent()).toContain(
      'Naik kelas: IR 1 Pemula → IR 2 Berkembang',
    );

    // Roadmap from a template.
    const roadmap = page.getByRole('region', { name: 'Rencana pendampingan' });
    await roadmap.getByText('Usaha ini belum punya rencana pendampingan.').waitFor();
    await page.waitForLoadState('networkidle');
    await roadmap.getByRole('button', { name: 'Buat rencana' }).click();
    await roadmap.getByText(/^Target: IR/).waitFor();
    await roadmap.getByRole('button', { name: 'Terapkan templat' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Templat', { exact: true }).click();
    await page.getByRole('option', { name: /^IR 1 Makanan/ }).click();
    await dialog.getByRole('button', { name: 'Terapkan templat' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => roadmap.getByTestId('intervention').count()).toBe(5);
    await checkPage(page);

    // A visit with a photo and a follow-up.
    const visits = page.getByRole('region', { name: 'Kunjungan' });
    await visits.getByText('Belum ada kunjungan pendampingan.').waitFor();
    await visits.getByRole('link', { name: 'Catat kunjungan' }).click();
    await page.waitForURL(`${inject('baseUrl')}/usaha/${b.id}/kunjungan/baru`);
    await page.getByRole('heading', { level: 1, name: 'Kunjungan baru' }).waitFor();
    await page.getByText('Tidak wajib. Lokasi hanya diambil bila Anda menekan tombol.').waitFor();
    await checkPage(page);
    // Saving without findings or a topic says what to fix.
    await page.getByRole('button', { name: 'Simpan kunjungan' }).click();
    await page.getByText('Pilih minimal satu topik atau tuliskan topik lain.').waitFor();
    await page.getByText('Tuliskan temuan kunjungan (minimal 3 huruf).').waitFor();
    await checkPage(page);
    await page.getByRole('checkbox', { name: 'Kualitas produksi' }).check();
    await page.getByRole('checkbox', { name: 'Akses pasar' }).check();
    await page
      .getByLabel('Temuan', { exact: false })
      .fill('Kemasan plastik polos tanpa label; dapur bersih.');
    await page.locator('input[type="file"]').setInputFiles({
      name: 'dapur.png',
      mimeType: 'image/png',
      buffer: Buffer.from(await pngWithExif()),
    });
    await page.getByText('1 foto dipilih').waitFor();
    await page.getByRole('button', { name: 'Tambah tindak lanjut' }).click();
    const line = page.getByRole('region', { name: 'Tindak lanjut 1' });
    await line.getByLabel('Judul', { exact: false }).fill('Buat label kemasan');
    await checkPage(page);
    await page.getByRole('button', { name: 'Simpan kunjungan' }).click();
    // Back on the profile, at its visits.
    await page.waitForURL(`${inject('baseUrl')}/usaha/${b.id}#visits-title`);
    await visits.getByText('Kemasan plastik polos tanpa label; dapur bersih.', { exact: false }).waitFor();
    const photo = visits.getByRole('img', { name: /^Foto kunjungan 1/ });
    await photo.waitFor();
    // Thumbnails load lazily: bring it into view.
    await photo.scrollIntoViewIfNeeded();
    // The photo (64 px wide), re-encoded without its metadata, decodes in the browser.
    await expect.poll(() => photo.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(64);
    await expect.poll(() => roadmap.getByTestId('intervention').count()).toBe(6);

    // The follow-up is done, with its outcome.
    const card = roadmap.getByTestId('intervention').filter({ hasText: 'Buat label kemasan' });
    await card.getByRole('button', { name: 'Jadikan "Selesai, berhasil"' }).click();
    const confirm = page.getByRole('dialog');
    await confirm
      .getByLabel('Hasil', { exact: false })
      .fill('Label dengan komposisi dan tanggal kedaluwarsa');
    await confirm.getByRole('button', { name: 'Ya, ubah' }).click();
    await confirm.waitFor({ state: 'detached' });
    await card.getByText('Hasil: Label dengan komposisi dan tanggal kedaluwarsa').waitFor();
    await checkPage(page);

    // Her work: the roadmap she now carries was visited today, so it is not among the visits due.
    await page.goto(`${inject('baseUrl')}/pekerjaan`);
    const due = page.getByRole('region', { name: /^Kunjungan jatuh tempo \(\d+\)$/ });
    await due.waitFor();
    await checkPage(page);
    expect(await due.getByRole('link', { name: b.name, exact: true }).count()).toBe(0);

    // The dashboard counts one more business that went up a level.
    const after = await naikKelasOnDashboard(page);
    const n = (s: string) => Number(s.replace(/\./g, ''));
    expect(n(after)).toBe(n(before) + 1);
    await page.close();
  });
});
