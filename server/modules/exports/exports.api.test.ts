import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { business, nik, owner } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let dataDir: string;
const SUKUN = '35.73.04.1004';
const BLIMBING = '35.73.01.1007';

/** The raw bytes of a download, as the browser receives them. */
async function download(client: TestApp | Awaited<ReturnType<TestApp['as']>>, id: number) {
  const res = await t.app.request(`/api/v1/exports/${id}/file`, {
    headers: { cookie: client.session?.cookie ?? '' },
  });
  return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
}

async function sheetRows(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer as ArrayBuffer);
  const ws = wb.worksheets[0];
  const rows: unknown[][] = [];
  ws?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

/** The worksheet's own XML, to see how a cell is stored. */
async function sheetXml(bytes: Uint8Array): Promise<string> {
  const zip = await new Promise<yauzl.ZipFile>((ok, fail) =>
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (err, z) => (err ? fail(err) : ok(z))),
  );
  return new Promise((ok, fail) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      if (entry.fileName !== 'xl/worksheets/sheet1.xml') return zip.readEntry();
      zip.openReadStream(entry, async (err, stream) => {
        if (err) return fail(err);
        const chunks: Buffer[] = [];
        for await (const c of stream) chunks.push(c as Buffer);
        ok(Buffer.concat(chunks).toString('utf8'));
      });
    });
    zip.on('end', () => fail(new Error('no sheet1.xml')));
    zip.readEntry();
  });
}

async function exportNow(client: { post: TestApp['post'] }, body: Record<string, unknown>) {
  const res = await client.post('/api/v1/exports', body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  await t.runJobs();
  return res.body.id as number;
}

const made: { sukun: number[]; blimbing: number[]; restricted: number } = {
  sukun: [],
  blimbing: [],
  restricted: 0,
};

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'pilar-exports-'));
  chmodSync(dataDir, 0o755);
  t = await createTestApp({ PILAR_DATA_DIR: dataDir });
  for (let i = 0; i < 7; i++) {
    const res = await t.post(
      '/api/v1/businesses',
      business({
        name: i === 0 ? '=HYPERLINK("http://x","klik")' : `Kue Sukun ${i}`,
        kelurahanCode: SUKUN,
        owner: owner({
          name: `Pemilik Sukun ${i}`,
          nik: nik('P', '1980-02-0' + ((i % 9) + 1), '35.73.04'),
          kelurahanCode: SUKUN,
        }),
      }),
    );
    expect(res.status).toBe(201);
    made.sukun.push(res.body.business.id);
  }
  for (let i = 0; i < 3; i++) {
    const res = await t.post('/api/v1/businesses', business({ name: `Tempe Sanan ${i}`, owner: owner() }));
    made.blimbing.push(res.body.business.id);
  }
  // An owner who withdrew consent: her business leaves lists, so it leaves exports too.
  const withdrawn = await t.post(
    '/api/v1/businesses',
    business({ name: 'Usaha Ditarik', kelurahanCode: SUKUN, owner: owner({ kelurahanCode: SUKUN }) }),
  );
  made.restricted = withdrawn.body.business.id;
  await t.post(`/api/v1/people/${withdrawn.body.business.ownerId}/consent`, {
    textVersion: 'PSTJ-2026-01',
    channel: 'paper',
    purposes: ['registry'],
    givenAt: new Date(Date.now() - 3600_000).toISOString(),
  });
  const w = await t.post(`/api/v1/people/${withdrawn.body.business.ownerId}/withdraw-consent`, {
    reason: 'Tidak mau didata lagi',
  });
  expect(w.status).toBe(200);
});
afterAll(async () => {
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('exports of the businesses list', () => {
  it('writes every row of the filter to xlsx, without personal columns unless asked, and neutralises formulas', async () => {
    const id = await exportNow(t, { format: 'xlsx', filter: { kecamatan: '35.73.04' } });
    const e = (await t.get(`/api/v1/exports/${id}`)).body;
    expect(e).toMatchObject({ state: 'done', rowCount: made.sukun.length, personalData: false });
    expect(e.progress).toEqual({ done: made.sukun.length, total: made.sukun.length });
    const file = await download(t, id);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toMatch(/usaha-\d{4}-\d{2}-\d{2}\.xlsx/);
    const rows = await sheetRows(file.bytes);
    const header = rows[0] as string[];
    expect(header).toContain('Nama Usaha');
    expect(header).not.toContain('NIK');
    expect(header).not.toContain('No. HP');
    expect(header).not.toContain('Omzet per Bulan (Rp)');
    const ids = rows.slice(1).map((r) => r[0]);
    expect(ids.sort()).toEqual([...made.sukun].sort());
    expect(ids).not.toContain(made.restricted);
    const names = rows.slice(1).map((r) => r[header.indexOf('Nama Usaha')]);
    // Kept as text (quote prefix), never a formula, even when the cell is edited.
    expect(names).toContain('=HYPERLINK("http://x","klik")');
    const xml = await sheetXml(file.bytes);
    expect(xml).toMatch(/<c r="B\d+" s="4" t="inlineStr"><is><t xml:space="preserve">=HYPERLINK/);
    expect(xml).not.toContain('<f>');
  });

  it('includes NIK, phone and turnover only with a purpose, and logs it', async () => {
    const refused = await t.post('/api/v1/exports', { format: 'csv', personalData: true });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields[0].path).toBe('purpose');
    const purpose = 'Verifikasi calon peserta pelatihan';
    const id = await exportNow(t, {
      format: 'csv',
      personalData: true,
      purpose,
      filter: { kelurahan: BLIMBING },
    });
    const file = await download(t, id);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.bytes);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(made.blimbing.length + 1);
    expect(lines[0]).toContain('NIK');
    expect(lines[1]).toMatch(/,3573\d{12},/);
    expect(lines[1]).toContain('0812-3456-7890');
    const log = await t.db
      .selectFrom('audit_log')
      .select(['action', 'purpose'])
      .where('entity', '=', 'export')
      .where('entity_id', '=', id)
      .execute();
    expect(log.map((l) => l.action).sort()).toEqual(['export.create', 'export.download']);
    expect(log.every((l) => l.purpose === purpose)).toBe(true);
  });

  it('re-imports cleanly: every row accepted and linked to the records it came from', async () => {
    const id = await exportNow(t, { format: 'xlsx', personalData: true, purpose: 'Uji impor ulang' });
    const bytes = (await download(t, id)).bytes;
    const up = await t.upload('/api/v1/imports', { source: 'Ekspor Pilar' }, { name: 'ekspor.xlsx', bytes });
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    const mapped = up.body.mapping.filter((m: { field: string | null }) => m.field).length;
    expect(mapped).toBeGreaterThanOrEqual(20);
    expect((await t.post(`/api/v1/imports/${up.body.id}/validate`, {})).status).toBe(200);
    await t.runJobs();
    const checked = (await t.get(`/api/v1/imports/${up.body.id}`)).body;
    const total = made.sukun.length + made.blimbing.length;
    expect(checked.counts).toMatchObject({ rejected: 0, skipped: 0 });
    expect(checked.counts.ok + checked.counts.warning).toBe(total);
    expect((await t.post(`/api/v1/imports/${up.body.id}/commit`, { mode: 'all_or_nothing' })).status).toBe(
      200,
    );
    await t.runJobs();
    const saved = (await t.get(`/api/v1/imports/${up.body.id}`)).body;
    expect(saved.state).toBe('committed');
    expect(saved.counts).toMatchObject({
      peopleNew: 0,
      businessesNew: 0,
      peopleLinked: total,
      businessesLinked: total,
    });
  });

  it('keeps a user to her own area and her own exports; a role without reveal cannot ask for personal data', async () => {
    const sukun = await t.as('pendamping', '35.73.04');
    const id = await exportNow(sukun, { format: 'xlsx', filter: {} });
    const rows = await sheetRows((await download(sukun, id)).bytes);
    expect(
      rows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual([...made.sukun].sort());
    expect((await t.get(`/api/v1/exports/${id}`)).status).toBe(404);
    expect((await download(t, id)).status).toBe(404);
    const leader = await t.as('pimpinan');
    expect((await leader.post('/api/v1/exports', { format: 'csv' })).status).toBe(403);
    const enumerator = await t.as('enumerator');
    expect((await enumerator.post('/api/v1/exports', { format: 'csv' })).status).toBe(403);
  });

  it('deletes files past their keeping time and says so on download', async () => {
    const id = await exportNow(t, { format: 'csv', filter: { kelurahan: BLIMBING } });
    expect(existsSync(path.join(dataDir, 'exports', `${id}.csv`))).toBe(true);
    await t.db
      .updateTable('exports')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', id)
      .execute();
    const list = (await t.get('/api/v1/exports')).body.items;
    expect(list.find((e: { id: number }) => e.id === id).state).toBe('expired');
    expect(existsSync(path.join(dataDir, 'exports', `${id}.csv`))).toBe(false);
    expect((await download(t, id)).status).toBe(410);
    expect(readdirSync(path.join(dataDir, 'exports')).some((f) => f.endsWith('.partial'))).toBe(false);
  });
});
