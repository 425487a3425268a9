import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildNik } from '../shared/rules/nik.ts';
import { checkPage, expectAccessible, launch, open, PHONE } from './browser.ts';

// open() signs each page in as the admin before it goes to the path.
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const suffix = Date.now() % 100000;
const WORD = 'Zuleykha';

/** Four food businesses in Sukun without a P-IRT, with a word no demo business carries. */
async function registerFour(page: Page): Promise<number[]> {
  return page.evaluate(
    async ({ word, suffix, niks }) => {
      const me = await (await fetch('/api/v1/auth/me')).json();
      const ids: number[] = [];
      for (const [i, nik] of niks.entries()) {
        const res = await fetch('/api/v1/businesses', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Pilar-CSRF': me.csrfToken },
          body: JSON.stringify({
            name: `Sambel Kemiri ${word} ${['Satu', 'Dua', 'Tiga', 'Empat'][i]}`,
            homeIndustry: true,
            kelurahanCode: '35.73.04.1004',
            kbliCode: '10799',
            owner: {
              name: `Ibu Uji Sertifikat ${suffix} ${i + 1}`,
              nik,
              gender: 'P',
              birthDate: '1981-03-09',
              kelurahanCode: '35.73.04.1004',
            },
          }),
        });
        ids.push((await res.json()).business.id);
      }
      return ids;
    },
    {
      word: WORD,
      suffix,
      niks: [1, 2, 3, 4].map((i) =>
        buildNik({
          districtCode: '35.73.04',
          gender: 'P',
          birthDate: '1981-03-09',
          serial: 7000 + ((suffix + i) % 2900),
        }),
      ),
    },
  );
}

async function chooseOption(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('programmes and trainings', () => {
  it('creates a session, enrols from a filter, takes attendance on a phone and downloads a certificate', async () => {
    const page = await open(browser, '/program', PHONE);
    const businesses = await registerFour(page);
    await page.goto(`${inject('baseUrl')}/program`);
    await page.getByRole('link', { name: 'Pendampingan P-IRT' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pendampingan P-IRT' }).waitFor();
    await checkPage(page);

    // A session of Sukun with three seats.
    await page.getByRole('button', { name: 'Sesi baru' }).click();
    const form = page.getByRole('dialog');
    const title = `Penyuluhan Keamanan Pangan Uji ${suffix}`;
    await form.getByLabel('Judul sesi', { exact: true }).fill(title);
    await form.getByLabel('Mulai', { exact: true }).fill('2026-12-20T09:00');
    await form.getByLabel('Selesai', { exact: true }).fill('2026-12-20T13:00');
    await form.getByLabel('Tempat', { exact: true }).fill('Balai RW 05 Bandungrejosari');
    await form.getByLabel('Kuota', { exact: true }).fill('3');
    await chooseOption(page, 'Kecamatan sesi (kosong: seluruh wilayah Anda)', 'Sukun');
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await checkPage(page);

    // Enrol from a filter: food businesses without P-IRT whose name has the word.
    await page.getByRole('button', { name: 'Daftarkan dari filter' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Cari usaha', { exact: true }).fill(WORD);
    await dialog.getByLabel('Cari usaha', { exact: true }).press('Enter');
    await dialog.getByRole('button', { name: 'Filter' }).click();
    await chooseOption(page, 'Sektor', 'Makanan & minuman');
    await chooseOption(page, 'Belum punya izin', 'P-IRT');
    await dialog.getByRole('button', { name: 'Hitung usaha yang cocok' }).click();
    await dialog.getByText('4 usaha akan didaftarkan (3 kursi kosong', { exact: false }).waitFor();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Daftarkan 4 usaha' }).click();
    await page.getByText('3 usaha terdaftar, 1 masuk daftar tunggu.').waitFor();
    const waiting = page.getByRole('region', { name: 'Daftar tunggu' });
    await waiting.getByText('Menunggu ke-1').waitFor();
    expect(await waiting.getByRole('link').textContent()).toBe(`Sambel Kemiri ${WORD} Empat`);

    // Attendance with the big toggle, saved at once; scores saved on leaving the field.
    const first = page.getByRole('listitem', { name: `Sambel Kemiri ${WORD} Satu` });
    const toggle = first.getByRole('button', { name: 'Hadir' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await first.getByLabel('Nilai pre-test (0–100)', { exact: true }).fill('55');
    await first.getByLabel('Nilai post-test (0–100)', { exact: true }).fill('85');
    await first.getByLabel('Nilai pre-test (0–100)', { exact: true }).focus();
    await page.getByText('1 dari 3 peserta hadir').waitFor();
    await checkPage(page);
    await page.reload();
    await page.getByText('1 dari 3 peserta hadir').waitFor();
    expect(await first.getByLabel('Nilai post-test (0–100)', { exact: true }).inputValue()).toBe('85');
    expect(await first.getByRole('button', { name: 'Hadir' }).getAttribute('aria-pressed')).toBe('true');

    // The certificate of the one present, in Bahasa Indonesia with her name.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      first.getByRole('link', { name: 'Unduh sertifikat (PDF)' }).click(),
    ]);
    const pdf = readFileSync((await download.path()) as string, 'latin1');
    expect(pdf.startsWith('%PDF-1.4')).toBe(true);
    expect(pdf).toContain(`(Ibu Uji Sertifikat ${suffix} 1)`);
    expect(pdf).toContain('(Pendampingan P-IRT)');
    expect(
      await page
        .getByRole('listitem', { name: `Sambel Kemiri ${WORD} Dua` })
        .getByRole('link', { name: 'Unduh sertifikat (PDF)' })
        .count(),
    ).toBe(0);

    // Withdrawing a seated participant (after a confirmation) seats the first of the waiting list.
    const second = page.getByRole('listitem', { name: `Sambel Kemiri ${WORD} Dua` });
    await second.getByRole('button', { name: 'Mundurkan' }).click();
    await second.getByRole('button', { name: /^Ya, mundurkan/ }).click();
    await page
      .getByRole('listitem', { name: `Sambel Kemiri ${WORD} Empat` })
      .getByRole('button', { name: 'Hadir' })
      .waitFor();
    expect(await page.getByRole('region', { name: 'Daftar tunggu' }).count()).toBe(0);

    // One more seat: the first of the waiting list is seated at once.
    await page.getByRole('button', { name: 'Ubah sesi' }).click();
    const edit = page.getByRole('dialog');
    await edit.getByLabel('Kuota', { exact: true }).fill('4');
    await expectAccessible(page);
    await edit.getByRole('button', { name: 'Simpan' }).click();
    // Dua withdrew and nobody waits: the extra seat stays free.
    await page.getByText('3 dari 4 kursi terisi, 0 menunggu').waitFor();

    // The business profile's Hasil section.
    await page.goto(`${inject('baseUrl')}/usaha/${businesses[0]}`);
    const hasil = page.getByRole('region', { name: 'Hasil' });
    await hasil.getByText('Belum ada ukuran hasil.').waitFor();
    await hasil.getByRole('button', { name: 'Catat ukuran' }).click();
    await hasil.getByLabel('Tanggal', { exact: true }).fill('2026-11-20');
    await hasil.getByLabel('Omzet per bulan', { exact: true }).fill('2750000');
    await hasil.getByLabel('Pekerja', { exact: true }).fill('2');
    await expectAccessible(page);
    await hasil.getByRole('button', { name: 'Simpan' }).click();
    await hasil.getByRole('cell', { name: '20 November 2026' }).waitFor();
    expect(await hasil.getByRole('row').nth(1).textContent()).toContain('Rp 2.750.000');
    await checkPage(page);
    await page.close();
  });

  it('/program lists the demo catalogue, passes axe and fits a 360 px phone', async () => {
    const page = await open(browser, '/program', PHONE);
    await page.getByRole('heading', { level: 1, name: 'Program & pelatihan' }).waitFor();
    for (const name of ['Pelatihan Pembukuan Sederhana', 'Kelas Foto Produk & Marketplace', 'Akses KUR']) {
      await page.getByRole('link', { name }).waitFor();
    }
    await checkPage(page);
    await page.close();
  });

  it('/laporan-program shows the figures of each programme, passes axe and fits a 360 px phone', async () => {
    const page = await open(browser, '/laporan-program', PHONE);
    await page.getByRole('heading', { level: 1, name: 'Laporan program' }).waitFor();
    const card = page.getByRole('article', { name: 'Pelatihan Pembukuan Sederhana' });
    await card.waitFor();
    expect(await card.textContent()).toMatch(/Peserta\d+ \(\d+ hadir\)/);
    await checkPage(page);
    await page.close();
  });
});
