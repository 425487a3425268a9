import type { Page } from 'playwright-core';

/** Version 1 answers worth 2 + 2 + 2 on workers, turnover and legality, 0 elsewhere: 6 of 16, which suggests IR 2. */
const SIX_OF_SIXTEEN = [
  '5 orang atau lebih',
  'Lebih dari Rp 10 juta',
  'Punya NIB dan P-IRT, atau sertifikat halal',
  'Tidak ada catatan keuangan',
  'Belum ada standar; kemasan seadanya',
  'Modal sendiri atau pinjaman keluarga saja',
  'Sekitar rumah dan kampung',
  'Peralatan manual sederhana',
];

/** Ticks those answers on the open assessment form. */
export async function answerSixOfSixteen(page: Page) {
  for (const option of SIX_OF_SIXTEEN) await page.getByRole('radio', { name: option, exact: true }).check();
}
