import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { buildNik } from '../shared/rules/nik.ts';

const HEADER = [
  'No',
  'NIK',
  'Nama Pemilik',
  'Alamat',
  'Kel',
  'Nama Usaha',
  'Omzet',
  'Telp',
  'Barang yang dibuat',
];

/** A surname no other record has: the run's number spelled in syllables (12345 → "Rimonuseta"). */
export function surname(run: number): string {
  const word = [...String(run)].map((d) => ['ka', 'ri', 'mo', 'nu', 'se', 'ta', 'wi', 'lo', 'pa', 'de'][+d]);
  return word.join('').charAt(0).toUpperCase() + word.join('').slice(1);
}

/**
 * An office workbook as offices make them: title rows and a blank one above the header. Each row is written
 * as its cells from NIK to Telp joined by "|"; the row number and the products ("Barang yang dibuat", a
 * header the mapping does not know) are added.
 */
export async function workbook(rows: string[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data IR');
  for (const top of [['DATA INDUSTRI RUMAHAN KECAMATAN LOWOKWARU'], ['TAHUN 2026'], [], HEADER])
    ws.addRow(top);
  rows.forEach((r, i) => {
    ws.addRow([i + 1, ...r.split('|'), 'keripik tempe']);
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const nik = (serial: number) =>
  buildNik({ districtCode: '35.73.05', gender: 'P', birthDate: '1981-03-09', serial });
export const kendalsari = (run: number) => `Jl. Kendalsari No. ${10 + (run % 80)}`;

/** Three valid rows, one with a 12-digit NIK and one in Pakis (outside Kota Malang). */
export const firstFile = (owner: string, run: number) =>
  workbook([
    `${nik(run % 9000)}|${owner}|${kendalsari(run)} RT 02 RW 03|Tulusrejo|Keripik ${owner}|2.500.000|081234500012`,
    `357305490381|Sri ${surname(run + 1)}|Jl. Candi 3|Tlogomas|Kue Sri|1,5 jt|`,
    `|Yuli ${surname(run + 2)}|Jl. Raya Pakis 1|Pakis|Jamu Yuli|1 juta|`,
    `${nik((run + 1) % 9000)}|Tini ${surname(run + 3)}|Jl. Bunga Merak ${run % 90}|Jatimulyo|Jamu Tini||`,
    `|Wati ${surname(run + 4)}|Jl. Candi ${run % 90}|Tlogomas|Sambal Wati|2 jt|`,
  ]);

/** The same woman from another office: her name misspelt, no NIK, another street of the same kelurahan. */
export const secondFile = (owner: string) =>
  workbook([`|${owner.replace(/(\w)(\w)$/, '$1$1$2')}|Jl. Sumbersari 7|Tulusrejo|Kripik Tempe||`]);

/** Uploads, maps the products column, checks and saves a file through the API, as another officer would. */
export async function importByApi(page: Page, bytes: Buffer, source: string) {
  await page.evaluate(
    async ({ data, source }) => {
      const me = await (await fetch('/api/v1/auth/me')).json();
      const form = new FormData();
      form.set('file', new Blob([new Uint8Array(data)]), 'susulan.xlsx');
      form.set('source', source);
      const upload = { method: 'POST', headers: { 'X-Pilar-CSRF': me.csrfToken }, body: form };
      const { id } = await (await fetch('/api/v1/imports', upload)).json();
      const headers = { 'X-Pilar-CSRF': me.csrfToken, 'Content-Type': 'application/json' };
      const send = (path: string, method: string, body: unknown) =>
        fetch(`/api/v1/imports/${id}${path}`, { method, headers, body: JSON.stringify(body) });
      const settled = async () => {
        for (let state = 'validating'; state.endsWith('ing'); await new Promise((r) => setTimeout(r, 300)))
          state = (await (await fetch(`/api/v1/imports/${id}`)).json()).state;
      };
      await send('', 'PATCH', { mapping: [{ column: 8, field: 'products' }] });
      await send('/validate', 'POST', {});
      await settled();
      await send('/commit', 'POST', { mode: 'valid_rows' });
      await settled();
    },
    { data: [...bytes], source },
  );
}
