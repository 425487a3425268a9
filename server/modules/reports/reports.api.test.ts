import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { business, owner } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;

/** The text pieces of a PDF written by Pilar's writer, in drawing order. */
function texts(pdf: string): string[] {
  return [...pdf.matchAll(/\(((?:\\.|[^\\)])*)\) Tj/g)].map((m) =>
    (m[1] ?? '')
      .replace(/\\([()\\])/g, '$1')
      .replace(/\\(\d{3})/g, (_, o) => String.fromCharCode(Number.parseInt(o, 8))),
  );
}

async function pdfAs(client: { get: TestApp['get'] }) {
  const res = await client.get('/api/v1/reports/recap.pdf');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/pdf');
  const body = String(res.body);
  expect(body.startsWith('%PDF-1.4')).toBe(true);
  return texts(body);
}

beforeAll(async () => {
  t = await createTestApp({
    PILAR_SIGN_NAME: 'Dra. Sri Wahyuni, M.Si',
    PILAR_SIGN_NIP: '196805121993032004',
  });
  const add = async (kelurahanCode: string, krtp: boolean, homeIndustry = true) =>
    t.post(
      '/api/v1/businesses',
      business({ kelurahanCode, homeIndustry, owner: owner({ kelurahanCode, krtp }) }),
    );
  for (let i = 0; i < 4; i++) await add('35.73.04.1004', i < 3);
  await add('35.73.04.1004', false, false);
  for (let i = 0; i < 2; i++) await add('35.73.01.1007', false);
});
afterAll(() => t.close());

describe('printed recap of home industries', () => {
  it('has the letterhead, every kecamatan with its kelurahan, the city total and the signature block', async () => {
    const s = await pdfAs(t);
    // The office's long name wraps onto a second centred line, as on a printed letterhead.
    expect(s[0]).toBe('PEMERINTAH KOTA MALANG');
    expect(`${s[1]} ${s[2]}`).toBe(
      'DINAS PEMBERDAYAAN PEREMPUAN, PERLINDUNGAN ANAK, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA',
    );
    expect(s).toContain('REKAPITULASI INDUSTRI RUMAHAN PER KECAMATAN DAN KELURAHAN');
    for (const kec of ['Kec. Blimbing', 'Kec. Klojen', 'Kec. Kedungkandang', 'Kec. Sukun', 'Kec. Lowokwaru'])
      expect(s).toContain(kec);
    // JUMLAH: 7 micro businesses, 6 home industries, 3 of them KRTP-run, none assessed yet.
    const total = s.indexOf('JUMLAH');
    expect(s.slice(total + 1, total + 7)).toEqual(['7', '6', '3', '0', '0', '0']);
    const sukun = s.indexOf('Kec. Sukun');
    expect(s.slice(sukun + 1, sukun + 4)).toEqual(['5', '4', '3']);
    expect(s).toContain('Dra. Sri Wahyuni, M.Si');
    expect(s).toContain('NIP. 196805121993032004');
    expect(s.some((x) => /^Malang, \d{1,2} [A-Z][a-z]+ \d{4}$/.test(x))).toBe(true);
  });

  it('holds only the caller’s area for a leader of one kecamatan', async () => {
    const leader = await t.as('pimpinan', '35.73.04');
    const s = await pdfAs(leader);
    expect(s).toContain('Kec. Sukun');
    expect(s).not.toContain('Kec. Blimbing');
    const total = s.indexOf('JUMLAH');
    expect(s.slice(total + 1, total + 4)).toEqual(['5', '4', '3']);
    expect((await (await t.as('mitra')).get('/api/v1/reports/recap.pdf')).status).toBe(403);
  });
});
