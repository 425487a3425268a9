import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../db/transaction.ts';
import { nik, owner } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { businessAuditView } from '../businesses/businesses.mapper.ts';
import { personAuditView } from '../people/people.mapper.ts';
import { emptyPlan } from './commit-plan.ts';
import { writePlan } from './commit-write.ts';
import { loadRegistry } from './registry-snapshot.ts';

const A_NIK = nik('P', '1982-03-14', '35.73.05');

/** An office workbook as offices make them: title rows, a header, data, a total row and a signature block. */
async function workbook(rows: unknown[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data IR');
  ws.addRow(['DATA INDUSTRI RUMAHAN KELURAHAN TLOGOMAS']);
  ws.addRow(['TAHUN 2024']);
  ws.addRow([]);
  ws.addRow([
    'No',
    'NIK',
    'Nama Pemilik',
    'Alamat',
    'Kelurahan',
    'Nama Usaha',
    'Jenis Produk',
    'Omzet per Bulan (Rp)',
    'No. HP',
  ]);
  for (const r of rows) ws.addRow(r);
  ws.addRow(['', '', 'JUMLAH', '', '', '', '', '', '']);
  ws.addRow([]);
  ws.addRow(['', '', '', '', '', 'Malang, 12 Maret 2024']);
  ws.addRow(['', '', '', '', '', 'Lurah Tlogomas']);
  ws.addRow(['', '', '', '', '', 'NIP. 19700101 199003 2 005']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const ROWS = [
  [
    1,
    A_NIK,
    'Hj. Siti Aminah',
    'Jl. Tlogo Indah No. 5 RT 02 RW 03',
    'Kel. Tlogo Mas',
    'Keripik Tempe Bu Siti',
    'keripik tempe',
    'Rp 2.500.000',
    '81234567890',
  ],
  [2, '357305520682', 'Sri Wahyuni', 'Jl. Candi 3', 'Tlogomas', 'Kue Sri', 'kue basah', '1,5 jt', ''],
  [3, '', '', 'Jl. Candi 4', 'Tlogomas', 'Tanpa Nama', 'jamu', '2 juta', ''],
  // A backslash, quotes and a tab in a cell: kept as written through the staging COPY and its JSON.
  [4, '', 'Yuli Astuti', 'Jl. Raya Pakis 1', 'Pakis', 'Jamu Yuli', 'jamu \\ "gendong"\tsegar', '1 juta', ''],
  [
    5,
    A_NIK,
    'Siti Aminah',
    'Jl. Tlogo Indah 5 RT.002/RW.003',
    'Tlogomas',
    'Kripik Tempe Bu Siti',
    'keripik tempe',
    '2500000',
    '+62 812-3456-7890',
  ],
];

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function importFile(bytes: Uint8Array, name: string, source = 'Kelurahan Tlogomas') {
  const up = await t.upload('/api/v1/imports', { source }, { name, bytes });
  expect(up.status, JSON.stringify(up.body)).toBe(201);
  const id = up.body.id as number;
  expect((await t.post(`/api/v1/imports/${id}/validate`, {})).status).toBe(200);
  await t.runJobs();
  return id;
}

describe('requests an upload route cannot read', () => {
  it('answers a JSON body sent instead of a file with 415 and a message, not a server error', async () => {
    const res = await t.post('/api/v1/imports', { source: 'Kelurahan Tlogomas' });
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(res.body.error.message).toMatch(/multipart\/form-data/);
  });
});

describe('import → validate → commit', () => {
  let id: number;

  it('finds the header below the title rows and maps the columns from Indonesian headers', async () => {
    const up = await t.upload(
      '/api/v1/imports',
      { source: 'Kelurahan Tlogomas' },
      { name: 'tlogomas.xlsx', bytes: await workbook(ROWS) },
    );
    expect(up.status).toBe(201);
    expect(up.body.headerRow).toBe(4);
    const fields = Object.fromEntries(
      up.body.mapping.map((m: { header: string; field: string }) => [m.header, m.field]),
    );
    expect(fields).toMatchObject({
      NIK: 'nik',
      'Nama Pemilik': 'ownerName',
      Kelurahan: 'kelurahan',
      'No. HP': 'phone',
    });
    expect(fields['Omzet per Bulan (Rp)']).toBe('monthlyTurnover');
    await t.post(`/api/v1/imports/${up.body.id}/cancel`, {});
  });

  it('judges every data row and skips title, total and signature rows', async () => {
    id = await importFile(await workbook(ROWS), 'tlogomas.xlsx');
    const imp = (await t.get(`/api/v1/imports/${id}`)).body;
    expect(imp.state).toBe('validated');
    expect(imp.counts).toMatchObject({ rejected: 3 });
    expect(imp.counts.ok + imp.counts.warning).toBe(2);
    const rows = (await t.get(`/api/v1/imports/${id}/rows?status=rejected`)).body.items;
    expect(rows.map((r: { sheetRow: number }) => r.sheetRow)).toEqual([6, 7, 8]);
    expect(rows[0].issues[0].message).toMatch(/NIK/);
    expect(rows[1].issues.map((i: { message: string }) => i.message).join(' ')).toMatch(/[Nn]ama/);
    expect(rows[2].issues.map((i: { message: string }) => i.message).join(' ')).toMatch(/Pakis/);
    expect(rows[2].cells[6]).toBe('jamu \\ "gendong"\tsegar');
  });

  it('refuses all-or-nothing while rows are rejected, and saves nothing', async () => {
    const res = await t.post(`/api/v1/imports/${id}/commit`, { mode: 'all_or_nothing' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('IMPORT_HAS_REJECTED');
    expect((await t.get(`/api/v1/imports/${id}`)).body.state).toBe('validated');
  });

  it('commits the valid rows; the re-sent row links to the same person and business', async () => {
    expect((await t.post(`/api/v1/imports/${id}/commit`, { mode: 'valid_rows' })).status).toBe(200);
    await t.runJobs();
    const imp = (await t.get(`/api/v1/imports/${id}`)).body;
    expect(imp.state).toBe('committed');
    expect(imp.counts).toMatchObject({ peopleNew: 1, businessesNew: 1 });
    const ok = (await t.get(`/api/v1/imports/${id}/rows?status=ok`)).body.items;
    const warn = (await t.get(`/api/v1/imports/${id}/rows?status=warning`)).body.items;
    const accepted = [...ok, ...warn];
    expect(accepted).toHaveLength(2);
    expect(new Set(accepted.map((r: { personId: number }) => r.personId)).size).toBe(1);
    expect(new Set(accepted.map((r: { businessId: number }) => r.businessId)).size).toBe(1);
    const person = (await t.get(`/api/v1/people/${accepted[0].personId}`)).body;
    expect(person.kelurahanName).toMatch(/Tlogomas/i);
    expect(person.nik).not.toBe(A_NIK);
  });

  it('gives the records it created a history entry and a legal basis, as records made by hand have', async () => {
    const row = (await t.get(`/api/v1/imports/${id}/rows?status=ok`)).body.items[0];
    const person = (await t.get(`/api/v1/people/${row.personId}`)).body;
    const business = (await t.get(`/api/v1/businesses/${row.businessId}`)).body;
    type Change = { field: string; old: unknown; new: unknown };
    const created = async (path: string) => {
      const items = (await t.get(path)).body.items as { action: string; actor: string; changes: Change[] }[];
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ action: 'create', actor: expect.stringContaining(`(impor #${id})`) });
      return items[0]?.changes ?? [];
    };
    // Each recorded field was empty before and holds the value the record shows (NIK and phone leave masked).
    const personChanges = await created(`/api/v1/people/${row.personId}/history`);
    expect(personChanges.map((c) => c.field).sort()).toEqual(
      ['birthDate', 'gender', 'kelurahanCode', 'krtp', 'name', 'nik', 'phone', 'rt', 'rw', 'street'].filter(
        (f) => person[f] !== null,
      ),
    );
    for (const c of personChanges) {
      expect(c.old).toBeNull();
      if (c.field !== 'nik' && c.field !== 'phone') expect(c.new).toEqual(person[c.field]);
    }
    const businessChanges = await created(`/api/v1/businesses/${row.businessId}/history`);
    expect(businessChanges).toContainEqual({ field: 'ownerId', old: null, new: row.personId });
    for (const f of ['name', 'products', 'monthlyTurnover', 'sector', 'sizeClass', 'kelurahanCode', 'status'])
      expect(businessChanges).toContainEqual({ field: f, old: null, new: business[f] });
    const bases = await t.db
      .selectFrom('legal_bases')
      .select(['basis', 'note'])
      .where('person_id', '=', row.personId)
      .execute();
    expect(bases).toEqual([{ basis: 'public_task', note: `Impor #${id} dari Kelurahan Tlogomas` }]);
  });

  it('shows which source said what, and adopts the value the operator picks', async () => {
    const row = (await t.get(`/api/v1/imports/${id}/rows?status=ok`)).body.items[0];
    const sources = (await t.get(`/api/v1/people/${row.personId}/sources`)).body;
    expect(sources.rows).toBe(2);
    const names = sources.fields.find((f: { field: string }) => f.field === 'name');
    const said = names.sources.map((s: { value: string }) => s.value);
    expect(said).toEqual(expect.arrayContaining(['Hj. Siti Aminah', 'Siti Aminah']));
    expect(names.sources[0]).toMatchObject({ source: 'Kelurahan Tlogomas', fileName: 'tlogomas.xlsx' });
    const nik = sources.fields.find((f: { field: string }) => f.field === 'nik');
    expect(nik.sources[0].value).toMatch(/^3573\*+\d{4}$/);
    const titled = names.sources.find((s: { value: string }) => s.value === 'Hj. Siti Aminah');
    const person = (await t.get(`/api/v1/people/${row.personId}`)).body;
    const adopt = { rowId: titled.rowId, field: 'name', version: person.version };
    const res = await t.post(`/api/v1/people/${row.personId}/adopt`, adopt);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((await t.get(`/api/v1/people/${row.personId}`)).body.name).toBe('Hj. Siti Aminah');
  });

  it('warns of a possible duplicate before a person is saved by hand', async () => {
    const res = await t.post('/api/v1/people/duplicates', {
      name: 'Siti Aminah',
      nik: A_NIK,
      kelurahanCode: '35.73.05.1003',
    });
    expect(res.status).toBe(200);
    expect(res.body.matches[0].label).toMatch(/Siti Aminah/);
    const none = await t.post('/api/v1/people/duplicates', {
      name: 'Bambang Sutrisno',
      kelurahanCode: '35.73.01.1007',
    });
    expect(none.body.matches).toEqual([]);
  });

  it('creates nothing new when the same file comes again', async () => {
    const before = (await t.get('/api/v1/people?limit=200')).body.items.length;
    const again = await importFile(await workbook(ROWS), 'tlogomas (kirim ulang).xlsx');
    await t.post(`/api/v1/imports/${again}/commit`, { mode: 'valid_rows' });
    await t.runJobs();
    const imp = (await t.get(`/api/v1/imports/${again}`)).body;
    expect(imp.counts).toMatchObject({ peopleNew: 0, businessesNew: 0, unchanged: 2 });
    expect((await t.get('/api/v1/people?limit=200')).body.items.length).toBe(before);
  });

  it('takes another sheet of a saved file as new data, and says which sheets hold a list', async () => {
    const wb = new ExcelJS.Workbook();
    for (const [sheet, owner, kelurahan] of [
      ['KLOJEN', 'Rukmini Handayani', 'Kauman'],
      ['BLIMBING', 'Sumarni Widodo', 'Polehan'],
    ] as const) {
      const ws = wb.addWorksheet(sheet);
      ws.addRow(['No', 'Nama Pemilik', 'Kelurahan', 'Nama Usaha', 'Jenis Produk']);
      ws.addRow([1, owner, kelurahan, `Sambal ${owner.split(' ')[0]}`, 'sambal']);
    }
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const upload = async (sheet?: number) => {
      const up = await t.upload(
        '/api/v1/imports',
        { source: 'Dinas Koperasi', ...(sheet === undefined ? {} : { sheet: String(sheet) }) },
        { name: 'per-kecamatan.xlsx', bytes },
      );
      expect(up.status, JSON.stringify(up.body)).toBe(201);
      return up.body;
    };
    const first = await upload();
    expect(first.sheetIndex).toBe(0);
    expect(first.sheets.map((s: { hasData: boolean }) => s.hasData)).toEqual([true, true]);
    await t.post(`/api/v1/imports/${first.id}/validate`, {});
    await t.runJobs();
    await t.post(`/api/v1/imports/${first.id}/commit`, { mode: 'valid_rows' });
    await t.runJobs();

    const second = await upload(1);
    expect(second.sheetIndex).toBe(1);
    expect(second.previousImport).toBeNull();
    await t.post(`/api/v1/imports/${second.id}/validate`, {});
    await t.runJobs();
    await t.post(`/api/v1/imports/${second.id}/commit`, { mode: 'valid_rows' });
    await t.runJobs();
    const saved = (await t.get(`/api/v1/imports/${second.id}`)).body;
    expect(saved.counts).toMatchObject({ peopleNew: 1, businessesNew: 1 });
    expect(saved.counts.duplicateOf).toBeUndefined();
    // The first sheet again is the same data.
    expect((await upload(0)).previousImport?.id).toBe(first.id);
  });

  it('a merge carries the imported rows to the surviving person, and un-merge brings them back', async () => {
    const row = (await t.get(`/api/v1/imports/${id}/rows?status=ok`)).body.items[0];
    const imported = row.personId as number;
    const sourcesBefore = (await t.get(`/api/v1/people/${imported}/sources`)).body.rows;
    expect(sourcesBefore).toBeGreaterThanOrEqual(2);
    const byHand = (await t.post('/api/v1/people', owner({ name: 'Siti Aminah Hand' }))).body.person;
    expect(byHand.id).toBeGreaterThan(imported);
    await t.db
      .insertInto('link_reviews')
      .values({ kind: 'person', a_id: imported, b_id: byHand.id, score: 9, evidence: '[]' })
      .execute();
    const review = (await t.get('/api/v1/reviews?kind=person')).body.items.find(
      (r: { a: { id: number } }) => r.a.id === imported,
    );
    const res = await t.post(`/api/v1/reviews/${review.id}/decision`, { decision: 'same', keep: 'b' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const rowsNow = async () =>
      (await t.get(`/api/v1/imports/${id}/rows?status=ok`)).body.items[0].personId as number;
    expect(await rowsNow()).toBe(byHand.id);
    expect((await t.get(`/api/v1/people/${byHand.id}/sources`)).body.rows).toBe(sourcesBefore);

    const merges = (await t.get(`/api/v1/merges?kind=person&recordId=${byHand.id}`)).body.items;
    expect((await t.post(`/api/v1/merges/${merges[0].id}/undo`, {})).status).toBe(200);
    expect(await rowsNow()).toBe(imported);
    expect((await t.get(`/api/v1/people/${imported}/sources`)).body.rows).toBe(sourcesBefore);
    expect((await t.get(`/api/v1/people/${byHand.id}/sources`)).body.rows).toBe(0);
  });

  it('gives the office its own workbook back with Status and Keterangan on each row', async () => {
    const wb = await annotatedBook(id);
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    const header = ws.getRow(4).values as unknown[];
    const statusCol = header.indexOf('Status');
    expect(statusCol).toBeGreaterThan(9);
    expect(header[statusCol + 1]).toBe('Keterangan');
    expect(ws.getRow(6).getCell(statusCol).value).toBe('Ditolak');
    expect(String(ws.getRow(6).getCell(statusCol + 1).value)).toMatch(/NIK/);
    expect(ws.getRow(5).getCell(2).value).toBe(A_NIK);
  });

  it('rejects a file that is not a spreadsheet with a clear message', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const res = await t.upload(
      '/api/v1/imports',
      { source: 'Kelurahan Tlogomas' },
      { name: 'foto.xlsx', bytes: png },
    );
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.body.error.message).toMatch(/spreadsheet|xlsx|csv/i);
  });

  it('keeps imports to those who may run them', async () => {
    const pendamping = await t.as('pendamping');
    expect((await pendamping.get(`/api/v1/imports/${id}`)).status).toBe(403);
    const kecamatanOperator = await t.as('operator', '35.73.01');
    expect((await kecamatanOperator.get(`/api/v1/imports/${id}`)).status).toBe(404);
  });
});

describe('committing rows staged before their records were', () => {
  it('builds them at commit, and a NIK another new person holds is left off with the pair in review', async () => {
    const shared = nik('P', '1975-08-09', '35.73.02');
    const rows = [
      [1, shared, 'Suparmi', 'Jl. Kenanga 7', 'Sukun', 'Jamu Suparmi', 'jamu', '1 juta', '81311112222'],
      [
        2,
        shared,
        'Wulan Dari',
        'Jl. Borobudur 40',
        'Mojolangu',
        'Batik Wulan',
        'batik',
        '3 juta',
        '85733334444',
      ],
    ];
    const id = await importFile(await workbook(rows), 'nik-ganda.xlsx', 'Dinas Koperasi');
    // As a dry run before staged records existed left its rows, and one after them wrote the columns beside
    // the changes (without the columns the commit would read from the changes, the rows are staged again).
    await t.db.updateTable('source_rows').set({ records: null }).where('import_id', '=', id).execute();
    const [firstRow] = await t.db
      .selectFrom('source_rows')
      .select('id')
      .where('import_id', '=', id)
      .where('status', '<>', 'rejected')
      .orderBy('sheet_row')
      .limit(1)
      .execute();
    await t.db
      .updateTable('source_rows')
      .set({ records: JSON.stringify({ person: { name: 'Kolom lama' }, business: {}, personChanges: {} }) })
      .where('id', '=', firstRow?.id ?? 0)
      .execute();
    expect((await t.post(`/api/v1/imports/${id}/commit`, { mode: 'valid_rows' })).status).toBe(200);
    await t.runJobs();
    const imp = (await t.get(`/api/v1/imports/${id}`)).body;
    expect(imp.state).toBe('committed');
    expect(imp.counts).toMatchObject({ peopleNew: 2, businessesNew: 2 });
    const links = await t.db
      .selectFrom('source_rows as s')
      .innerJoin('source_row_links as l', 'l.id', 's.id')
      .innerJoin('people as p', 'p.id', 'l.person_id')
      .innerJoin('businesses as b', 'b.id', 'l.business_id')
      .select([
        's.sheet_row',
        'p.id',
        'p.name',
        'p.nik',
        'p.phone',
        'b.name as business',
        'b.monthly_turnover',
      ])
      .where('s.import_id', '=', id)
      .orderBy('s.sheet_row')
      .execute();
    expect(links.map(({ id: _, sheet_row: __, ...r }) => r)).toEqual([
      {
        name: 'Suparmi',
        nik: shared,
        phone: '+6281311112222',
        business: 'Jamu Suparmi',
        monthly_turnover: 1_000_000,
      },
      {
        name: 'Wulan Dari',
        nik: null,
        phone: '+6285733334444',
        business: 'Batik Wulan',
        monthly_turnover: 3_000_000,
      },
    ]);
    const [first, second] = links.map((l) => Number(l.id));
    const review = await t.db
      .selectFrom('link_reviews')
      .select(['a_id', 'b_id', 'evidence'])
      .where('kind', '=', 'person')
      .where('import_id', '=', id)
      .execute();
    expect(review.map((r) => [Number(r.a_id), Number(r.b_id)])).toContainEqual([first, second]);
    const history = (await t.get(`/api/v1/people/${second}/history`)).body.items[0].changes;
    expect(history.map((c: { field: string }) => c.field)).not.toContain('nik');
    expect(history).toContainEqual({ field: 'name', old: null, new: 'Wulan Dari' });
  });
});

describe('permits from an import', () => {
  it('count in the dashboard figures as a rebuild from the registry counts them', async () => {
    const csv = [
      'NIK;Nama Pemilik;Alamat;Kelurahan;Nama Usaha;Jenis Produk;No. P-IRT',
      `${nik('P', '1975-01-02', '35.73.05')};Rina Marlina;Jl. Candi 9;Tlogomas;Sambal Rina;sambal;2063573050123-24`,
      `${nik('P', '1979-06-20', '35.73.05')};Dewi Lestari;Jl. Candi 11;Tlogomas;Kue Dewi;kue kering;2063573050124-24`,
    ].join('\r\n');
    const id = await importFile(new TextEncoder().encode(csv), 'pirt.csv', 'Dinas Kesehatan');
    expect((await t.post(`/api/v1/imports/${id}/commit`, { mode: 'valid_rows' })).status).toBe(200);
    await t.runJobs();
    expect((await t.get(`/api/v1/imports/${id}`)).body.counts).toMatchObject({ businessesNew: 2 });
    const snapshot = async () =>
      (
        await sql<{
          k: string;
        }>`select concat_ws('|', kind, day, prev, since, kelurahan_code, sector, owner_krtp,
          ir_level, n) as k from figure_counts where n <> 0 order by 1`.execute(t.db)
      ).rows.map((r) => r.k);
    const maintained = await snapshot();
    const held = await sql<{ n: number }>`select coalesce(sum(n), 0)::int as n from figure_counts
      where kind = 'held:PIRT' and kelurahan_code like '35.73.05.%'`.execute(t.db);
    expect(held.rows[0]?.n).toBeGreaterThanOrEqual(2);
    await sql`select business_figures_rebuild()`.execute(t.db);
    expect(await snapshot()).toEqual(maintained);
  });
});

describe('an OSS export', () => {
  it("gives her NIB to each of her businesses, and no other owner's business", async () => {
    const hers = nik('P', '1976-03-05', '35.73.05');
    const { rows } = await commitCsv(
      [
        'NIB;NIK;Nama Pelaku Usaha;Nama Usaha;KBLI;Alamat;Kelurahan',
        `0429004927898;${hers};Nur Indah;Mawar Indah;10793;Jl. Kalpataru 138;Tlogomas`,
        `0429004927898;${hers};Nur Indah;Mawar Indah Herbal;11040;Jl. Kalpataru 138;Tlogomas`,
        `0429004927898;${nik('P', '1981-07-09', '35.73.05')};Sri Wahyuni;Kue Sri;10710;Jl. Candi 3;Tlogomas`,
      ],
      'oss.csv',
      'DPMPTSP',
    );
    const nibsOf = async (businessId: number) =>
      (await t.get(`/api/v1/businesses/${businessId}`)).body.permits
        .filter((p: { type: string }) => p.type === 'NIB')
        .map((p: { number: string }) => p.number);
    const ids = [...new Set(rows.map((r: { businessId: number }) => r.businessId))] as number[];
    expect(ids).toHaveLength(3);
    const held = await Promise.all(ids.map(nibsOf));
    expect(held.filter((n) => n.length === 1)).toEqual([['0429004927898'], ['0429004927898']]);
  });
});

describe('a hamlet on both rows', () => {
  it('links her two rows in one hamlet on other streets through the linkage index', async () => {
    const { id, rows } = await commitCsv(
      [
        'Nama Pemilik;Nama Usaha;Jenis Produk;Alamat;Kelurahan',
        'Sri Wahyuningsih;Dapur Sri;kue basah;Jl. Mawar 5 Dsn. Krajan RT 1 RW 2;Dinoyo',
        'Sri Wahyuningsih;Sambal Sri;sambal pecel;Jl. Melati 7 Dsn. Krajan RT 1 RW 2;Dinoyo',
      ],
      'dusun.csv',
      'Kelurahan Dinoyo',
    );
    expect((await t.get(`/api/v1/imports/${id}`)).body.state).toBe('committed');
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((r: { personId: number }) => r.personId)).size).toBe(1);
  });
});

/** Imports and commits a CSV of `lines` (a header, then rows): its id and the rows accepted without warning. */
async function commitCsv(lines: string[], name: string, source: string) {
  const id = await importFile(new TextEncoder().encode(lines.join('\r\n')), name, source);
  expect((await t.post(`/api/v1/imports/${id}/commit`, { mode: 'valid_rows' })).status).toBe(200);
  await t.runJobs();
  return { id, rows: (await t.get(`/api/v1/imports/${id}/rows?status=ok`)).body.items };
}

describe('a row linked to a record', () => {
  it('fills the fields the record lacks, with a history entry, and replaces none it has', async () => {
    const header =
      'NIK;Nama Pemilik;Tanggal Lahir;Alamat;Kelurahan;No. HP;Nama Usaha;Jenis Produk;Omzet;KBLI';
    const survey = await commitCsv(
      [header, ';Endang Kurniasih;;Jl. Candi 21 RT 04 RW 02;Tlogomas;;Jamu Bu Endang;;;'],
      'survei.csv',
      'Survei DP3AP2KB',
    );
    const made = survey.rows[0];
    const before = (await t.get(`/api/v1/people/${made.personId}`)).body;
    expect(before).toMatchObject({ nik: null, birthDate: null, phone: null, street: 'Jl. Candi 21' });

    const endangNik = nik('P', '1978-09-12', '35.73.05');
    const { id: secondId } = await commitCsv(
      [
        header,
        `${endangNik};Hj. Endang Kurniasih;12-09-1978;Jl. Candi No. 21;Tlogomas;0812 3300 2211;Jamu Bu Endang;jamu gendong, beras kencur;2 juta;11040`,
      ],
      'umkm.csv',
      'Diskopindag',
    );
    expect((await t.get(`/api/v1/imports/${secondId}`)).body.counts).toMatchObject({
      peopleLinked: 1,
      businessesLinked: 1,
      peopleFilled: 1,
      businessesFilled: 1,
    });

    const person = (await t.get(`/api/v1/people/${made.personId}`)).body;
    expect(person.birthDate).toBe('1978-09-12');
    expect(person.phone).not.toBeNull();
    expect(person.nik).not.toBeNull();
    // Her name and address stay as the record had them: the operator adopts another value from the sources.
    expect(person.name).toBe('Endang Kurniasih');
    expect(person.street).toBe('Jl. Candi 21');
    const [fill] = (await t.get(`/api/v1/people/${made.personId}/history`)).body.items;
    expect(fill).toMatchObject({ action: 'update', actor: expect.stringContaining(`(impor #${secondId})`) });
    expect(fill.changes.map((c: { field: string }) => c.field).sort()).toEqual([
      'birthDate',
      'gender',
      'nik',
      'phone',
    ]);
    const stored = await t.db
      .selectFrom('people')
      .select('nik')
      .where('id', '=', made.personId)
      .executeTakeFirst();
    expect(stored?.nik).toBe(endangNik);

    const business = (await t.get(`/api/v1/businesses/${made.businessId}`)).body;
    expect(business).toMatchObject({
      products: 'jamu gendong, beras kencur',
      monthlyTurnover: 2_000_000,
      kbliCode: '11040',
    });
    expect(business.sizeClass).not.toBeNull();
    // Found by what it makes, as a business created with its products is.
    const found = (await t.get('/api/v1/businesses?q=beras%20kencur')).body.items.map(
      (b: { id: number }) => b.id,
    );
    expect(found).toContain(made.businessId);
    const [businessFill] = (await t.get(`/api/v1/businesses/${made.businessId}/history`)).body.items;
    expect(businessFill.changes).toContainEqual({ field: 'products', old: null, new: business.products });
  });
});

describe('a business a row named only by its products', () => {
  it('takes the first name a linked row gives, with the stand-in in its history', async () => {
    const header = 'NIK;Nama Pemilik;Alamat;Kelurahan;Nama Usaha;Jenis Produk';
    const tutik = nik('P', '1962-07-08', '35.73.05');
    // A P-IRT register without a business name: the products stand in for it.
    const pirt = await commitCsv(
      [header, `${tutik};Tutik Rukmini;Jl. Candi 77;Tlogomas;;bakpia kacang hijau`],
      'pirt-tutik.csv',
      'Dinkes',
    );
    // Its one row is accepted with a warning that the name is missing.
    const [made] = (await t.get(`/api/v1/imports/${pirt.id}/rows?status=warning`)).body.items;
    expect((await t.get(`/api/v1/businesses/${made.businessId}`)).body.name).toBe('bakpia kacang hijau');
    const [linked] = (
      await commitCsv(
        [
          header,
          `${tutik};Tutik Rukmini;Jl. Candi 77;Tlogomas;Bakpia Tlogomas;bakpia kacang hijau, bakpia keju`,
        ],
        'survei-tutik.csv',
        'Survei DP3AP2KB',
      )
    ).rows;
    expect(linked.businessId).toBe(made.businessId);
    const business = (await t.get(`/api/v1/businesses/${made.businessId}`)).body;
    expect(business.name).toBe('Bakpia Tlogomas');
    const [fill] = (await t.get(`/api/v1/businesses/${made.businessId}/history`)).body.items;
    expect(fill.changes).toContainEqual({
      field: 'name',
      old: 'bakpia kacang hijau',
      new: 'Bakpia Tlogomas',
    });
    // A real name is never replaced.
    await commitCsv(
      [header, `${tutik};Tutik Rukmini;Jl. Candi 77;Tlogomas;Bakpia Bu Tutik;bakpia kacang hijau`],
      'kel-tutik.csv',
      'Kelurahan Tlogomas',
    );
    expect((await t.get(`/api/v1/businesses/${made.businessId}`)).body.name).toBe('Bakpia Tlogomas');
  });
});

describe('a NIK another person holds', () => {
  it('does not fill the record a row linked to', async () => {
    const held = nik('P', '1983-02-07', '35.73.05');
    const other = await t.post(
      '/api/v1/people',
      owner({ nik: held, name: 'Sulastri', birthDate: '1983-02-07' }),
    );
    expect(other.status, JSON.stringify(other.body)).toBe(201);
    const header = 'NIK;Nama Pemilik;Alamat;Kelurahan;Nama Usaha;Jenis Produk';
    const row = (nikCell: string) =>
      `${nikCell};Wiwik Handayani;Jl. Candi 33 RT 01 RW 04;Tlogomas;Jahit Bu Wiwik;jahit`;
    const made = (await commitCsv([header, row('')], 'wiwik-1.csv', 'Survei DP3AP2KB')).rows[0];
    // The same woman again, written with the other woman's NIK (a copy slip in the office's list).
    const [linked] = (await commitCsv([header, row(held)], 'wiwik-2.csv', 'Kelurahan Tlogomas')).rows;
    expect(linked.personId).toBe(made.personId);
    const stored = await t.db
      .selectFrom('people')
      .select('nik')
      .where('id', '=', made.personId)
      .executeTakeFirst();
    expect(stored?.nik).toBeNull();
  });
});

describe('an open review pair of a record a row links to', () => {
  it('is weighed again with the row, and leaves the queue when the row shows two people', async () => {
    const header = 'NIK;Nama Pemilik;Alamat;Kelurahan;Nama Usaha;Jenis Produk';
    const mother = nik('P', '1961-02-03', '35.73.05');
    const [a, c] = (
      await commitCsv(
        [
          header,
          ';Sri Wulandari;Jl. Candi 41;Tlogomas;Kue Sri;kue basah',
          `${mother};Sri Wulandari;Jl. Candi 45;Tlogomas;Jamu Sri;jamu gendong`,
        ],
        'sri-1.csv',
        'Survei DP3AP2KB',
      )
    ).rows;
    expect(a.personId).not.toBe(c.personId);
    // Left open from an earlier day, as alike.
    await t.db
      .deleteFrom('link_reviews')
      .where('kind', '=', 'person')
      .where('a_id', 'in', [a.personId, c.personId])
      .execute();
    const pair = await t.db
      .insertInto('link_reviews')
      .values({
        kind: 'person',
        a_id: Math.min(a.personId, c.personId),
        b_id: Math.max(a.personId, c.personId),
        score: 13,
        evidence: JSON.stringify([{ field: 'name', outcome: 'agree', weight: 12, note: 'Nama sama' }]),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // Her own NIK now, in another office's list: she is not the woman with the other NIK.
    const daughter = nik('P', '1990-11-20', '35.73.05');
    const { id, rows } = await commitCsv(
      [header, `${daughter};Sri Wulandari;Jl. Candi 41;Tlogomas;Kue Sri;kue basah`],
      'sri-2.csv',
      'Kelurahan Tlogomas',
    );
    expect(rows[0].personId).toBe(a.personId);
    const after = await t.db
      .selectFrom('link_reviews')
      .selectAll()
      .where('id', '=', pair.id)
      .executeTakeFirstOrThrow();
    expect(after).toMatchObject({ state: 'gone', decided_by: expect.stringContaining(`(impor #${id})`) });
    expect(after.scored_at).not.toBeNull();
    expect(after.evidence).toContainEqual(
      expect.objectContaining({ field: 'identity', outcome: 'disagree' }),
    );
    expect((await t.get(`/api/v1/imports/${id}`)).body.counts).toMatchObject({ reviewsWithdrawn: 1 });
  });
});

describe('a pair that left the review queue', () => {
  it('is open again when an import proposes it again, and a pair two rows propose is written once', async () => {
    const [a, b] = [
      (await t.post('/api/v1/people', owner({ name: 'Rahmawati Kusumaningrum' }))).body.person.id,
      (await t.post('/api/v1/people', owner({ name: 'Rahmawati Kusuma', nik: null }))).body.person.id,
    ].sort((x, y) => x - y);
    const gone = await t.db
      .insertInto('link_reviews')
      .values({ kind: 'person', a_id: a, b_id: b, score: 8, evidence: '[]', state: 'gone', decided_by: 'x' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const plan = emptyPlan();
    const evidence = [{ field: 'name', outcome: 'partial' as const, weight: 9, note: 'Sebagian nama sama' }];
    plan.reviews.push(
      { kind: 'person', a, b, score: 13, evidence },
      { kind: 'person', a, b, score: 12, evidence },
    );
    // Written as an import's commit writes its pairs.
    const { id: importId } = await commitCsv(
      ['Nama Pemilik;Alamat;Kelurahan;Nama Usaha', 'Lina Marlina;Jl. Candi 61;Tlogomas;Kue Lina'],
      'lina.csv',
      'Survei DP3AP2KB',
    );
    const write = { importId, actor: `penguji (impor #${importId})`, officerId: null, source: 'Uji' };
    await withTransaction(t.db, (trx) => writePlan(trx, plan, write));
    const after = await t.db
      .selectFrom('link_reviews')
      .selectAll()
      .where('id', '=', gone.id)
      .executeTakeFirstOrThrow();
    expect(after).toMatchObject({ state: 'open', score: 13, decided_by: null });
    expect(after.scored_at).not.toBeNull();
  });
});

describe("a sheet that names each group's kelurahan in a section row above it", () => {
  it("gives the rows below the section's kelurahan, until the next section", async () => {
    const csv = [
      'No;Nama Pemilik;Alamat;Nama Usaha;Jenis Produk',
      'KELURAHAN TLOGOMAS;;;;',
      `1;Ratna Sari;Jl. Tlogo Indah 7;Kue Ratna;kue basah`,
      'KELURAHAN MOJOLANGU;;;;',
      `2;Yuni Astuti;Jl. Candi Panggung 9;Tas Yuni;tas anyaman`,
      ';Jumlah;;2 usaha;',
    ].join('\r\n');
    const id = await importFile(new TextEncoder().encode(csv), 'per-kelurahan.csv', 'Kecamatan Lowokwaru');
    const imp = (await t.get(`/api/v1/imports/${id}`)).body;
    expect(imp.counts).toMatchObject({ ok: 2, rejected: 0, skipped: 3 });
    expect((await t.post(`/api/v1/imports/${id}/commit`, { mode: 'valid_rows' })).status).toBe(200);
    await t.runJobs();
    const rows = (await t.get(`/api/v1/imports/${id}/rows?status=ok`)).body.items as { businessId: number }[];
    const places = await Promise.all(
      rows.map(async (r) => (await t.get(`/api/v1/businesses/${r.businessId}`)).body.kelurahanName as string),
    );
    expect(places.sort()).toEqual(['Mojolangu', 'Tlogomas']);
  });

  it('needs no kelurahan or address column; a row above every section is rejected with the reason', async () => {
    const csv = [
      'No;Nama Pemilk;Nama Usaha;Jenis Produk',
      `1;Sri Wulandari;Kue Sri;kue basah`,
      'KEL. TLOGOMAS;;;',
      `1;Endah Lestari;Tas Endah;tas anyaman`,
    ].join('\r\n');
    const id = await importFile(new TextEncoder().encode(csv), 'tanpa-alamat.csv', 'PKK Kelurahan');
    const imp = (await t.get(`/api/v1/imports/${id}`)).body;
    expect(imp.counts).toMatchObject({ ok: 1, rejected: 1 });
    const rejected = (await t.get(`/api/v1/imports/${id}/rows?status=rejected`)).body.items as {
      sheetRow: number;
      issues: { message: string }[];
    }[];
    expect(rejected.map((r) => r.sheetRow)).toEqual([2]);
    expect(rejected[0]?.issues.map((i) => i.message).join(' ')).toContain(
      'tidak ada kolom kelurahan atau alamat',
    );
  });
});

describe("a kelurahan's own list, whose title names the kelurahan instead of a column", () => {
  it('places every row in the kelurahan the title names', async () => {
    const csv = [
      'DATA INDUSTRI RUMAHAN KELURAHAN MOJOLANGU TAHUN 2024;;;;',
      'KECAMATAN LOWOKWARU;;;;',
      ';;;;',
      'No;Nama Pemilik;Alamat;Nama Usaha;Jenis Produk',
      `1;Rini Handayani;Jl. Sudimoro 5 RT 02 RW 03;Kue Rini;kue basah`,
      `2;Lilik Suryani;Jl. Candi Panggung 10;Tas Lilik;tas anyaman`,
    ].join('\r\n');
    const id = await importFile(new TextEncoder().encode(csv), 'kel-mojolangu.csv', 'Kelurahan Mojolangu');
    const imp = (await t.get(`/api/v1/imports/${id}`)).body;
    expect(imp.counts).toMatchObject({ ok: 2, rejected: 0 });
    expect((await t.post(`/api/v1/imports/${id}/commit`, { mode: 'valid_rows' })).status).toBe(200);
    await t.runJobs();
    const rows = (await t.get(`/api/v1/imports/${id}/rows?status=ok`)).body.items as { businessId: number }[];
    const places = await Promise.all(
      rows.map(async (r) => (await t.get(`/api/v1/businesses/${r.businessId}`)).body.kelurahanName as string),
    );
    expect(places).toEqual(['Mojolangu', 'Mojolangu']);
  });
});

describe("a city office's list whose title names the city", () => {
  it('reads a kelurahan cut short ("Bakalan", also villages elsewhere) as the city\'s, with a warning', async () => {
    const rows = [
      'No;Nama Pemilik;Alamat;Kelurahan;Nama Usaha;Jenis Produk',
      '1;Lulluk Kurniawati;Jl. Sumbersari Gg. 6 No. 118;Bakalan;Sambal Pecel Sinar Jaya;sambal pecel',
    ];
    const titled = ['DATA SURVEI INDUSTRI RUMAHAN KOTA MALANG;;;;;', ';;;;;', ...rows].join('\r\n');
    const id = await importFile(new TextEncoder().encode(titled), 'survei-kota.csv', 'DP3AP2KB');
    expect((await t.get(`/api/v1/imports/${id}`)).body.counts).toMatchObject({ warning: 1, rejected: 0 });
    const row = (await t.get(`/api/v1/imports/${id}/rows`)).body.items[0];
    expect(row.issues.map((i: { code: string }) => i.code)).toContain('KELURAHAN_UNCERTAIN');
    // Without the title nothing says the row is in the city: Bakalan is then the village elsewhere.
    const bare = await importFile(
      new TextEncoder().encode(rows.join('\r\n')),
      'survei-tanpa-judul.csv',
      'DP3AP2KB',
    );
    expect((await t.get(`/api/v1/imports/${bare}`)).body.counts).toMatchObject({ warning: 0, rejected: 1 });
  });
});

describe('the name search after an import', () => {
  it('finds the imported records, and the job after the commit leaves no entry waiting outside the index', async () => {
    const csv = [
      'NIK;Nama Pemilik;Alamat;Kelurahan;Nama Usaha;Jenis Produk',
      `${nik('P', '1981-04-05', '35.73.05')};Wulan Sarinah;Jl. Candi 21;Tlogomas;Keripik Tempe Wulan;keripik`,
    ].join('\r\n');
    const id = await importFile(new TextEncoder().encode(csv), 'wulan.csv', 'Dinas Koperasi');
    expect((await t.post(`/api/v1/imports/${id}/commit`, { mode: 'valid_rows' })).status).toBe(200);
    await t.runJobs();
    const pending = await sql<{ p: number; b: number }>`
      select gin_clean_pending_list('people_search'::regclass)::int as p,
        gin_clean_pending_list('businesses_search'::regclass)::int as b`.execute(t.db);
    expect(pending.rows[0]).toEqual({ p: 0, b: 0 });
    const found = await t.get('/api/v1/businesses?q=keripik%20tempe%20wulan');
    expect(found.body.items.map((b: { name: string }) => b.name)).toContain('Keripik Tempe Wulan');
    expect((await t.get('/api/v1/people?q=wulan%20sarinah')).body.items).toHaveLength(1);
  });
});

describe('erasing a person who came from an import', () => {
  it('leaves none of her values in the rows she came from', async () => {
    const row5 = [
      1,
      nik('P', '1979-01-02', '35.73.05'),
      'Sumiati Rahayu',
      'Jl. Tlogo Indah 9',
      'Tlogomas',
      'Kue Sumi',
      'kue basah',
      '1 juta',
      '81355556666',
    ];
    const id = await importFile(await workbook([row5]), 'sumi.xlsx');
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
        sheetRow: 5,
        status: 'ok',
        issues: [],
        cells: ['', '', '', '', '', '', '', '', ''],
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
    // The office's workbook back and the mapping preview, both made from the uploaded file, leave her row empty.
    const wb = await annotatedBook(id);
    const texts: string[] = [];
    wb.worksheets[0]?.eachRow((row) => {
      row.eachCell((cell) => {
        texts.push(String(cell.value));
      });
    });
    expect(texts.join('|')).not.toMatch(/Sumiati|Tlogo Indah|1355556666|3573054201/);
    expect(texts.join('|')).toContain('dihapus atas permintaannya (UU PDP)');
    expect(texts.join('|')).toContain('DATA INDUSTRI RUMAHAN KELURAHAN TLOGOMAS');
    const preview = (await t.get(`/api/v1/imports/${id}/preview`)).body;
    expect(JSON.stringify(preview.rows)).not.toMatch(/Sumiati|1355556666/);
    expect(preview.rows[0]).toMatchObject({ sheetRow: 5, cells: ['', '', '', '', '', '', '', '', ''] });
    // The file as uploaded is stored again without her row, by the job the erasure queued.
    const uploaded = (
      await t.db.selectFrom('imports').select('file_sha256').where('id', '=', id).executeTakeFirst()
    )?.file_sha256;
    await t.runJobs();
    const kept = await storedFile(id);
    expect(kept.sha256).not.toBe(uploaded);
    expect(kept.type).toBe('xlsx');
    expect(kept.texts).not.toMatch(/Sumiati|Tlogo Indah|1355556666|3573054201/);
    expect(kept.texts).toContain('DATA INDUSTRI RUMAHAN KELURAHAN TLOGOMAS');
    expect(kept.texts).toContain('Lurah Tlogomas');
    const gone = await t.db
      .selectFrom('import_files')
      .select('sha256')
      .where('sha256', '=', uploaded ?? '')
      .execute();
    expect(gone).toEqual([]);
  });

  it('stores a CSV again without the erased owner’s row, keeping the other rows in their places', async () => {
    const rina = nik('P', '1984-09-09', '35.73.05');
    const csv = [
      'NIK;Nama Pemilik;Alamat;Kelurahan;Nama Usaha;Jenis Produk',
      `${rina};Rina Kusumawati;Jl. Bunga Merak 4;Tlogomas;Sambal Rina;sambal`,
      `${nik('P', '1971-02-03', '35.73.05')};Tutik Wulandari;Jl. Bunga Merak 6;Tlogomas;Jamu Tutik;jamu`,
    ].join('\r\n');
    const id = await importFile(new TextEncoder().encode(csv), 'merak.csv', 'Dinas Koperasi');
    expect((await t.post(`/api/v1/imports/${id}/commit`, { mode: 'valid_rows' })).status).toBe(200);
    await t.runJobs();
    const rows = (await t.get(`/api/v1/imports/${id}/rows`)).body.items;
    const erased = await t.post(`/api/v1/people/${rows[0].personId}/erase`, {
      reason: 'Permintaan yang bersangkutan',
    });
    expect(erased.status).toBe(200);
    await t.runJobs();
    const kept = await storedFile(id);
    expect(kept.type).toBe('xlsx');
    expect(kept.texts).not.toMatch(/Rina|Merak 4|Sambal/);
    expect(kept.rows.get(1)).toEqual([
      'NIK',
      'Nama Pemilik',
      'Alamat',
      'Kelurahan',
      'Nama Usaha',
      'Jenis Produk',
    ]);
    expect(kept.rows.has(2)).toBe(false);
    expect(kept.rows.get(3)?.slice(1)).toEqual([
      'Tutik Wulandari',
      'Jl. Bunga Merak 6',
      'Tlogomas',
      'Jamu Tutik',
      'jamu',
    ]);
    // The workbook back is made from the file now stored: her row empty, the other as before.
    const wb = await annotatedBook(id);
    const sheet = wb.worksheets[0];
    expect(sheet?.getRow(2).getCell(7).value).toBe('OK');
    expect(sheet?.getRow(2).getCell(2).value ?? null).toBeNull();
    expect(sheet?.getRow(3).getCell(2).value).toBe('Tutik Wulandari');
  });
});

/** The workbook with Status and Keterangan an import gives back, as the browser downloads it. */
async function annotatedBook(id: number) {
  const res = await t.app.request(`/api/v1/imports/${id}/annotated.xlsx`, {
    headers: { cookie: t.session?.cookie ?? '' },
  });
  expect(res.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  return wb;
}

/** The file an import's rows are read from now: its hash, type, and each row's values as text. */
async function storedFile(id: number) {
  const row = await t.db
    .selectFrom('imports as i')
    .innerJoin('import_files as f', 'f.sha256', 'i.file_sha256')
    .select(['f.sha256', 'f.bytes', 'i.file_type'])
    .where('i.id', '=', id)
    .executeTakeFirstOrThrow();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(row.bytes as unknown as ArrayBuffer);
  const rows = new Map<number, string[]>();
  wb.worksheets[0]?.eachRow((r, n) => {
    rows.set(
      n,
      (r.values as unknown[]).slice(1).map((v) => String(v ?? '')),
    );
  });
  return {
    sha256: row.sha256,
    type: row.file_type,
    rows,
    texts: [...rows.values()].flat().join('|'),
  };
}

describe('the records a commit creates', () => {
  it('hold the values of their row with the defaults of a record made by hand, and a history of exactly them', async () => {
    const endang = nik('P', '1977-06-15', '35.73.05');
    const csv = [
      'NIK;Nama Pemilik;Jenis Kelamin;KRTP;No. HP;Alamat;Kelurahan;Pendidikan;Jumlah Anggota Keluarga;Nama Usaha;Jenis Produk;KBLI;Tahun Mulai;Jumlah Tenaga Kerja;TK Perempuan;Omzet per Bulan;Modal;Titik Koordinat',
      `${endang};Endang Lestari;P;Ya;0813 2222 4444;Jl. Kawi 21 RT 4 RW 6;Tlogomas;SMA;5;Sambal Endang;sambal pecel;10792;2012;3;2;Rp 4.500.000;12 juta;"-7.9553, 112.6145"`,
      ';Wiwik Handayani;;;;Jl. Kawi 23;Tlogomas;;;;jahit baju;;;;;;;',
    ].join('\r\n');
    const id = await importFile(new TextEncoder().encode(csv), 'lengkap.csv', 'Dinas Koperasi');
    expect((await t.get(`/api/v1/imports/${id}`)).body.counts).toMatchObject({ rejected: 0 });
    expect((await t.post(`/api/v1/imports/${id}/commit`, { mode: 'valid_rows' })).status).toBe(200);
    await t.runJobs();
    const links = await t.db
      .selectFrom('source_row_links as l')
      .innerJoin('source_rows as s', 's.id', 'l.id')
      .select(['l.person_id', 'l.business_id'])
      .where('s.import_id', '=', id)
      .orderBy('s.sheet_row')
      .execute();
    const people = await t.db
      .selectFrom('people')
      .selectAll()
      .where(
        'id',
        'in',
        links.map((l) => l.person_id),
      )
      .orderBy('id')
      .execute();
    const businesses = await t.db
      .selectFrom('businesses')
      .selectAll()
      .where(
        'id',
        'in',
        links.map((l) => l.business_id),
      )
      .orderBy('id')
      .execute();
    expect(people).toEqual([
      expect.objectContaining({
        nik: endang,
        name: 'Endang Lestari',
        gender: 'P',
        birth_date: '1977-06-15',
        krtp: true,
        phone: '+6281322224444',
        street: 'Jl. Kawi 21',
        rt: '004',
        rw: '006',
        kelurahan_code: expect.stringMatching(/^35\.73\.05\./),
        education: 'sma',
        household_size: 5,
        search_text: 'endang lestari',
      }),
      expect.objectContaining({
        nik: null,
        name: 'Wiwik Handayani',
        krtp: false, // not given: not counted as KRTP, as a form left empty
        education: null,
        search_text: 'wiwik handayani',
      }),
    ]);
    expect(businesses[0]).toMatchObject({
      owner_krtp: true,
      name: 'Sambal Endang',
      home_industry: true,
      kbli_code: '10792',
      kbli_version: 2020,
      sector: 'pangan',
      year_started: 2012,
      workers_total: 3,
      workers_women: 2,
      monthly_turnover: 4_500_000,
      capital: 12_000_000,
      size_class: 'mikro',
      latitude: -7.9553,
      longitude: 112.6145,
      status: 'active',
      search_text: 'sambal endang sambal pecel',
    });
    expect(businesses[1]).toMatchObject({
      owner_krtp: false,
      name: 'jahit baju', // no business name in the row: named by its products
      home_industry: true,
      kbli_code: null,
      kbli_version: null,
      sector: 'sandang',
    });
    // The create entry of each record: every field with a value, empty before, as records made by hand have it.
    const byMapper = (view: Record<string, unknown>) =>
      Object.fromEntries(
        Object.entries(view).flatMap(([k, v]) => (v === null || v === undefined ? [] : [[k, [null, v]]])),
      );
    const created = async (entity: 'person' | 'business', entityId: number) =>
      (
        await t.db
          .selectFrom('history')
          .select('changes')
          .where('entity', '=', entity)
          .where('entity_id', '=', entityId)
          .where('action', '=', 'create')
          .executeTakeFirstOrThrow()
      ).changes;
    for (const p of people) expect(await created('person', p.id)).toEqual(byMapper(personAuditView(p)));
    for (const b of businesses)
      expect(await created('business', b.id)).toEqual(byMapper(businessAuditView(b)));
  });
});

describe('a form exported in United States English, its birth dates month first', () => {
  it('reads the column month first, and the operator can set it back to day first', async () => {
    const csv = [
      'Timestamp,Nama Pemilik,Tanggal Lahir,Kelurahan,Nama Usaha',
      `7/30/2024 9:15:02,Endah Purwanti,7/25/1980,Tlogomas,Kue Endah`,
      `8/1/2024 10:01:45,Sulastri,3/4/1975,Tlogomas,Jamu Sulastri`,
    ].join('\r\n');
    const up = await t.upload(
      '/api/v1/imports',
      { source: 'Formulir Daring' },
      { name: 'form.csv', bytes: new TextEncoder().encode(csv) },
    );
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    const id = up.body.id as number;
    const birth = (up.body.mapping as { column: number; field: string; dateOrder?: string }[]).find(
      (m) => m.field === 'birthDate',
    );
    expect(birth).toMatchObject({ column: 2, dateOrder: 'mdy' });
    expect((await t.post(`/api/v1/imports/${id}/validate`, {})).status).toBe(200);
    await t.runJobs();
    const staged = await t.db
      .selectFrom('source_rows')
      .select(sql<string>`normalised #>> '{person,birthDate}'`.as('birth'))
      .where('import_id', '=', id)
      .orderBy('sheet_row')
      .execute();
    expect(staged.map((r) => r.birth)).toEqual(['1980-07-25', '1975-03-04']);
    // The office's template keeps the order for its next file, whose dates may not tell.
    const template = await t.db
      .selectFrom('import_sources')
      .select('mapping')
      .where('name', '=', 'Formulir Daring')
      .executeTakeFirstOrThrow();
    expect(template.mapping).toContainEqual({
      header: 'Tanggal Lahir',
      field: 'birthDate',
      dateOrder: 'mdy',
    });
    // Set back to day first: "7/25/1980" has no month 25, and the message says where to choose the order.
    const patched = await t.patch(`/api/v1/imports/${id}`, {
      mapping: [{ column: 2, field: 'birthDate', dateOrder: 'dmy' }],
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body.mapping[2].dateOrder).toBeUndefined();
    expect((await t.post(`/api/v1/imports/${id}/validate`, {})).status).toBe(200);
    await t.runJobs();
    const rows = (await t.get(`/api/v1/imports/${id}/rows?status=rejected`)).body.items;
    expect(rows).toHaveLength(1);
    expect(rows[0].issues[0].message).toContain('pilih urutan itu untuk kolom ini di pemetaan kolom');
  });
});

describe('the registry a full re-linkage compares', () => {
  it('gives each business the imports its rows came from', async () => {
    const rows = (n: number) =>
      [
        'NIK;Nama Pemilik;Alamat;Kelurahan;Nama Usaha;Jenis Produk',
        `${nik('P', '1983-02-01', '35.73.05')};Ratna Sari ${n};Jl. Kawi ${40 + n};Tlogomas;Jahit Ratna ${n};jahit kebaya`,
      ].join('\r\n');
    const first = await importFile(new TextEncoder().encode(rows(1)), 'ratna-1.csv', 'Dinas Koperasi');
    const second = await importFile(new TextEncoder().encode(rows(2)), 'ratna-2.csv', 'Dinas Koperasi');
    for (const id of [first, second]) {
      expect((await t.post(`/api/v1/imports/${id}/commit`, { mode: 'valid_rows' })).status).toBe(200);
      await t.runJobs();
    }
    const businessOf = async (id: number) =>
      (await t.get(`/api/v1/imports/${id}/rows`)).body.items[0].businessId as number;
    const registry = await loadRegistry(t.db, { files: true });
    const filesOf = (id: number) => registry.businesses.find((b) => b.id === id)?.files;
    expect(filesOf(await businessOf(first))).toEqual([first]);
    expect(filesOf(await businessOf(second))).toEqual([second]);
    // Without the option, as an import loads it, the businesses carry none.
    expect((await loadRegistry(t.db)).businesses.every((b) => b.files === undefined)).toBe(true);
  });
});

describe('a business its office lists as no longer running', () => {
  it('is registered closed, with that in its history, and the dashboard does not count it', async () => {
    const csv = [
      'Nama Pemilik;Alamat;Kelurahan;Nama Usaha;Jenis Produk;Status Usaha',
      'Kasiyem Wulandari;Jl. Kawi 61;Tlogomas;Tempe Kasiyem;tempe;Tidak Aktif',
      'Marsini Rahayu;Jl. Kawi 63;Tlogomas;Rengginang Marsini;rengginang;Aktif',
    ].join('\r\n');
    const homeIndustries = async () =>
      (await t.get('/api/v1/dashboard/summary')).body.homeIndustries as number;
    const before = await homeIndustries();
    const id = await importFile(new TextEncoder().encode(csv), 'status.csv', 'Kelurahan Tlogomas');
    expect((await t.post(`/api/v1/imports/${id}/commit`, { mode: 'valid_rows' })).status).toBe(200);
    await t.runJobs();
    const rows = (await t.get(`/api/v1/imports/${id}/rows`)).body.items as { businessId: number }[];
    const statuses = await Promise.all(
      rows.map(async (r) => (await t.get(`/api/v1/businesses/${r.businessId}`)).body.status),
    );
    expect(statuses).toEqual(['closed', 'active']);
    const history = (await t.get(`/api/v1/businesses/${rows[0]?.businessId}/history`)).body.items[0].changes;
    expect(history).toContainEqual({ field: 'status', old: null, new: 'closed' });
    // Only the one still running counts among the active home industries.
    expect(await homeIndustries()).toBe(before + 1);
  });
});
