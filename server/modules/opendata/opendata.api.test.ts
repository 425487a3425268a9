import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { business, owner } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
const K1 = '35.73.04.1004';
const K2 = '35.73.04.1005';

/** The CSV as a list of records keyed by its header. */
function parse(text: string): Record<string, string>[] {
  return parseCsv(text, { bom: true, columns: true });
}

beforeAll(async () => {
  t = await createTestApp();
  const add = async (kelurahanCode: string, extra: Record<string, unknown> = {}, krtp = false) => {
    const res = await t.post(
      '/api/v1/businesses',
      business({ kelurahanCode, owner: owner({ kelurahanCode, krtp, name: 'Wartini Rahayu' }), ...extra }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.business.id as number;
  };
  // Kelurahan 1: 7 home industries (2 run by a KRTP woman) and 1 micro business that is not one.
  for (let i = 0; i < 7; i++) await add(K1, {}, i < 2);
  await add(K1, { homeIndustry: false });
  // Kelurahan 2: 3 home industries, one with a P-IRT.
  const withPermit = await add(K2);
  await add(K2);
  await add(K2);
  await t.post(`/api/v1/businesses/${withPermit}/permits`, { type: 'PIRT', number: '2063573010021-29' });
});
afterAll(() => t.close());

const anonymous = () => t.anonymous();

describe('open data for Satu Data Indonesia', () => {
  it('lists its datasets with metadata, to anyone, without signing in', async () => {
    const res = await anonymous().get('/api/v1/open-data');
    expect(res.status).toBe(200);
    expect(res.body.produsen).toBe('DP3AP2KB Kota Malang');
    expect(res.body.dataset.map((d: { id: string }) => d.id)).toEqual([
      'industri-rumahan-per-kelurahan',
      'industri-rumahan-per-kecamatan-kbli',
      'izin-industri-rumahan-per-kecamatan',
    ]);
    const meta = (await anonymous().get('/api/v1/open-data/industri-rumahan-per-kelurahan/metadata.json'))
      .body;
    expect(meta).toMatchObject({ satuan: 'usaha', wilayah: { kode: '35.73', nama: 'Kota Malang' } });
    expect(meta.penyamaran.ambang).toBe(5);
    expect(meta.posisi).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(meta.atribusi.join(' ')).toContain('ODbL');
    expect(meta.kolom.map((k: { nama: string }) => k.nama)).toContain('industri_rumahan_krtp');
    expect((await anonymous().get('/api/v1/open-data/daftar-pemilik/data.csv')).status).toBe(400);
  });

  it('counts per kelurahan, hides small counts and the cell that would give one away', async () => {
    const res = await anonymous().get('/api/v1/open-data/industri-rumahan-per-kelurahan/data.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.body).not.toContain('Wartini');
    const rows = parse(res.body);
    expect(rows).toHaveLength(57);
    const row = (code: string) => rows.find((r) => r.kode_kelurahan === code);
    // Kelurahan 1: 8 micro, 7 home industries, 2 KRTP (< 5: hidden). Kelurahan 2: 3, 3, 0 (3 hidden, 0 shown).
    // Each column of Sukun had one small cell only, so the next smallest (kelurahan 1's 8 and 7) is hidden too.
    expect(row(K1)).toMatchObject({ usaha_mikro: '', industri_rumahan: '', industri_rumahan_krtp: '' });
    expect(row(K2)).toMatchObject({ usaha_mikro: '', industri_rumahan: '', industri_rumahan_krtp: '0' });
    const elsewhere = rows.filter((r) => r.kode_kelurahan !== K1 && r.kode_kelurahan !== K2);
    expect(elsewhere.every((r) => r.usaha_mikro === '0' && r.industri_rumahan === '0')).toBe(true);
  });

  it('counts per KBLI group and per permit, with the same suppression', async () => {
    const kbli = parse(
      (await anonymous().get('/api/v1/open-data/industri-rumahan-per-kecamatan-kbli/data.csv')).body,
    );
    expect(kbli).toEqual([
      {
        kode_kecamatan: '35.73.04',
        nama_kecamatan: 'Sukun',
        kode_kbli: '10794',
        versi_kbli: '2020',
        judul_kbli: expect.stringMatching(/kerupuk|keripik/i),
        industri_rumahan: '10',
      },
    ]);
    const permits = parse(
      (await anonymous().get('/api/v1/open-data/izin-industri-rumahan-per-kecamatan/data.csv')).body,
    );
    expect(permits).toEqual([
      {
        kode_kecamatan: '35.73.04',
        nama_kecamatan: 'Sukun',
        jenis_izin: 'P-IRT',
        industri_rumahan_berizin: '',
      },
    ]);
  });
});
