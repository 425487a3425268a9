import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nik } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('erasing a person who came from an import', () => {
  it('leaves none of her values in the rows she came from', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    ws.addRow(['NIK', 'Nama Pemilik', 'Alamat', 'Kelurahan', 'Nama Usaha', 'Omzet', 'No. HP']);
    ws.addRow([
      nik('P', '1979-01-02', '35.73.05'),
      'Sumiati Rahayu',
      'Jl. Tlogo Indah 9',
      'Tlogomas',
      'Kue Sumi',
      '1 juta',
      '81355556666',
    ]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const up = await t.upload(
      '/api/v1/imports',
      { source: 'Kelurahan Tlogomas' },
      { name: 'sumi.xlsx', bytes },
    );
    const id = up.body.id as number;
    await t.post(`/api/v1/imports/${id}/validate`, {});
    await t.runJobs();
    await t.post(`/api/v1/imports/${id}/commit`, { mode: 'valid_rows' });
    await t.runJobs();
    const row = (await t.get(`/api/v1/imports/${id}/rows`)).body.items[0];
    const before = (await t.get(`/api/v1/people/${row.personId}/sources`)).body;
    expect(JSON.stringify(before)).toContain('Sumiati Rahayu');
    expect(before.rows).toBe(1);
    const erased = await t.post(`/api/v1/people/${row.personId}/erase`, {
      reason: 'Permintaan penghapusan oleh yang bersangkutan',
    });
    expect(erased.status, JSON.stringify(erased.body)).toBe(200);
    // Her sources: none left, nothing of hers in what the endpoint answers.
    const after = await t.get(`/api/v1/people/${row.personId}/sources`);
    expect(after.status).toBe(200);
    expect(after.body.rows).toBe(0);
    const business = (await t.get(`/api/v1/businesses/${row.businessId}/sources`)).body;
    expect(business.rows).toBe(0);
    // The import keeps the row in its place, with its status and links, but none of its cells.
    const rows = (await t.get(`/api/v1/imports/${id}/rows`)).body.items;
    expect(rows).toEqual([
      {
        sheetRow: 2,
        status: 'ok',
        issues: [],
        cells: ['', '', '', '', '', '', ''],
        personId: row.personId,
        businessId: row.businessId,
      },
    ]);
    const stored = await t.db
      .selectFrom('source_rows')
      .select(['raw', 'normalised', 'records', 'issues'])
      .where('import_id', '=', id)
      .execute();
    expect(JSON.stringify(stored)).not.toMatch(/Sumiati|Tlogo Indah|1355556666|3573054201/);
  });
});
