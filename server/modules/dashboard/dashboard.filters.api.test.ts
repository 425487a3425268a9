import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answeredFigures,
  expectedFigures,
  type Question,
  questionQuery,
} from '../../test/dashboard-expected.ts';
import { business, owner } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
const IDS: number[] = [];

type Row = {
  kel: string;
  kbli: string;
  hi: boolean;
  krtp: boolean;
  level?: 1 | 2 | 3;
  closed?: boolean;
  small?: boolean;
  permit?: string;
};
// The registry of this test; every expectation below is counted from these rows in plain TypeScript.
const ROWS: Row[] = [
  { kel: '35.73.01.1007', kbli: '10794', hi: true, krtp: true, level: 1, permit: '2024-05-01' },
  { kel: '35.73.01.1007', kbli: '10794', hi: true, krtp: false, level: 2 },
  { kel: '35.73.01.1007', kbli: '16291', hi: true, krtp: true },
  { kel: '35.73.01.1001', kbli: '10794', hi: false, krtp: true, level: 1 },
  { kel: '35.73.01.1001', kbli: '14120', hi: true, krtp: true, level: 3, permit: '2023-01-15' },
  { kel: '35.73.01.1001', kbli: '10794', hi: true, krtp: true, level: 1, closed: true },
  { kel: '35.73.02.1011', kbli: '23932', hi: true, krtp: false, level: 2 },
  { kel: '35.73.02.1011', kbli: '10794', hi: true, krtp: true, small: true },
  { kel: '35.73.02.1011', kbli: '10794', hi: true, krtp: true },
  { kel: '35.73.04.1004', kbli: '16291', hi: false, krtp: false, level: 3 },
];
const SECTOR: Record<string, string> = {
  '10794': 'pangan',
  '16291': 'kayu',
  '14120': 'sandang',
  '23932': 'kerajinan',
};

type Filter = { kecamatan?: string; kelurahan?: string; sector?: string; level?: string; krtp?: string };
const FILTERS: Filter[] = [
  {},
  { kecamatan: '35.73.01' },
  { kelurahan: '35.73.01.1001' },
  { sector: 'pangan' },
  { level: '1' },
  { level: 'none' },
  { krtp: 'true' },
  { kecamatan: '35.73.01', sector: 'pangan', level: '1' },
  { kecamatan: '35.73.02', krtp: 'false' },
];

const matches = (r: Row, f: Filter) =>
  (!f.kecamatan || r.kel.startsWith(`${f.kecamatan}.`)) &&
  (!f.kelurahan || r.kel === f.kelurahan) &&
  (!f.sector || SECTOR[r.kbli] === f.sector) &&
  (!f.level || String(r.level ?? 'none') === f.level) &&
  (!f.krtp || String(r.krtp) === f.krtp);

/** [micro, home industries, KRTP-run home industries] of the rows passing `f` and `extra`. */
function expected(f: Filter, extra: (r: Row) => boolean = () => true) {
  const micro = ROWS.filter((r) => matches(r, f) && extra(r) && !r.closed && !r.small);
  const hi = micro.filter((r) => r.hi);
  return [micro.length, hi.length, hi.filter((r) => r.krtp).length];
}

beforeAll(async () => {
  t = await createTestApp();
  for (const r of ROWS) {
    const res = await t.post(
      '/api/v1/businesses',
      business({
        kelurahanCode: r.kel,
        homeIndustry: r.hi,
        kbliCode: r.kbli,
        status: r.closed ? 'closed' : 'active',
        capital: r.small ? 2_000_000_000 : 5_000_000,
        owner: owner({ krtp: r.krtp }),
      }),
    );
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    const id = res.body.business.id;
    IDS.push(id);
    if (r.level) await sql`update businesses set ir_level = ${r.level} where id = ${id}`.execute(t.db);
    if (r.permit) {
      const p = await t.post(`/api/v1/businesses/${id}/permits`, {
        type: 'NIB',
        number: String(1_234_567_890_100 + id),
        issuedOn: r.permit,
      });
      if (p.status !== 201) throw new Error(JSON.stringify(p.body));
    }
  }
});
afterAll(() => t.close());

type Counts = { microEnterprises: number; homeIndustries: number; homeIndustriesKrtp: number };
const triple = (c: Counts | undefined) => [c?.microEnterprises, c?.homeIndustries, c?.homeIndustriesKrtp];
const qs = (o: Record<string, string | undefined>) =>
  new URLSearchParams(Object.entries(o).filter((e): e is [string, string] => e[1] !== undefined)).toString();

/** The list's total for a figure: the figure's own filter (micro, home industry, KRTP) on top of `f`. */
async function listTotals(f: Record<string, string | undefined>) {
  const base = { ...f, status: 'active', micro: 'true' };
  const total = async (extra: Record<string, string>) =>
    (await t.get(`/api/v1/businesses/count?${qs({ ...base, ...extra })}`)).body.total as number;
  // Under a "not KRTP" filter the KRTP figure is zero by definition and links nowhere.
  const krtp = f.krtp === 'false' ? 0 : await total({ homeIndustry: 'true', krtp: 'true' });
  return [await total({}), await total({ homeIndustry: 'true' }), krtp];
}

/** A bar of a breakdown on a dimension the filter already fixes to another value is zero and links nowhere. */
async function expectLinked(f: Filter, key: keyof Filter, value: string, figure: Counts) {
  if (f[key] && f[key] !== value) expect(triple(figure)).toEqual([0, 0, 0]);
  else expect(await listTotals({ ...f, [key]: value })).toEqual(triple(figure));
}

describe.each(FILTERS)('dashboard filtered by %o', (f) => {
  it('has headline figures and every breakdown equal to a count of the rows', async () => {
    const res = await t.get(`/api/v1/dashboard/summary?${qs(f)}`);
    expect(res.status).toBe(200);
    const s = res.body;
    expect(triple(s)).toEqual(expected(f));
    for (const k of s.byKecamatan)
      expect(triple(k)).toEqual(expected(f, (r) => r.kel.startsWith(`${k.code}.`)));
    for (const k of s.byKelurahan) expect(triple(k)).toEqual(expected(f, (r) => r.kel === k.code));
    for (const x of s.bySector) expect(triple(x)).toEqual(expected(f, (r) => SECTOR[r.kbli] === x.sector));
    for (const l of s.byLevel)
      expect(triple(l)).toEqual(expected(f, (r) => String(r.level ?? 'none') === l.level));
    if (f.kecamatan || f.kelurahan) expect(s.byKelurahan.length).toBeGreaterThan(0);
    else expect(s.byKelurahan).toEqual([]);
  });

  it('links every figure to a list whose total equals it', async () => {
    const s = (await t.get(`/api/v1/dashboard/summary?${qs(f)}`)).body;
    expect(await listTotals(f)).toEqual(triple(s));
    for (const k of s.byKecamatan) await expectLinked(f, 'kecamatan', k.code, k);
    for (const k of s.byKelurahan) await expectLinked(f, 'kelurahan', k.code, k);
    for (const x of s.bySector) await expectLinked(f, 'sector', x.sector, x);
    for (const l of s.byLevel) await expectLinked(f, 'level', l.level, l);
  });
});

describe('flows within a period', () => {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());

  it('counts registrations and permits obtained in the period, and the list behind each agrees', async () => {
    const period = { from: '2024-01-01', to: today };
    // A registration counts with the level it had when registered (not yet assessed): no level filter here.
    for (const f of FILTERS.filter((x) => !x.level)) {
      const s = (await t.get(`/api/v1/dashboard/summary?${qs({ ...f, ...period })}`)).body;
      expect(s.flows.registered).toBe(ROWS.filter((r) => matches(r, f)).length);
      expect(s.flows.permitsObtained).toBe(
        ROWS.filter((r) => matches(r, f) && (r.permit ?? '') >= '2024').length,
      );
      const count = async (flow: string) =>
        (await t.get(`/api/v1/businesses/count?${qs({ ...f, ...period, flow })}`)).body.total;
      expect(await count('registered')).toBe(s.flows.registered);
      expect(await count('permit')).toBe(s.flows.permitsObtained);
    }
  });

  it('leaves out what lies outside the period', async () => {
    const s = (await t.get('/api/v1/dashboard/summary?from=2020-01-01&to=2023-12-31')).body;
    // The 2023 permit counts; registrations were all today, after the period (so the stock is as of its end).
    expect(s.flows).toMatchObject({ registered: 0, permitsObtained: 1 });
    expect(s.microEnterprises).toBe(0);
  });
});

describe('area filter within the caller’s scope', () => {
  it('gives a kecamatan leader only her area, whatever she asks for', async () => {
    const leader = await t.as('pimpinan', '35.73.02');
    const own = (await leader.get('/api/v1/dashboard/summary')).body;
    expect(triple(own)).toEqual(expected({ kecamatan: '35.73.02' }));
    expect(own.byKelurahan.length).toBeGreaterThan(1);
    const other = (await leader.get('/api/v1/dashboard/summary?kecamatan=35.73.01')).body;
    expect(triple(other)).toEqual([0, 0, 0]);
  });

  it('prints the recap for the chosen kecamatan only, and none for one outside her area', async () => {
    const all = String((await t.get('/api/v1/reports/recap.pdf')).body);
    const res = await t.get('/api/v1/reports/recap.pdf?kecamatan=35.73.02');
    expect(res.status).toBe(200);
    const one = String(res.body);
    expect(one.startsWith('%PDF-1.4')).toBe(true);
    expect(all).toContain('Blimbing');
    expect(one).toContain('Klojen');
    expect(one).not.toContain('Blimbing');
    const leader = await t.as('pimpinan', '35.73.02');
    expect((await leader.get('/api/v1/reports/recap.pdf?kecamatan=35.73.01')).status).toBe(404);
  });

  it('refuses a malformed filter with a message in Bahasa Indonesia', async () => {
    const res = await t.get('/api/v1/dashboard/summary?level=4');
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toMatch(/Level IR/);
  });
});

describe('permit holdings and flows, maintained through every change', () => {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
  // Now (two periods) and as of two past dates, under every filter; and a kecamatan leader's own area.
  const times: Omit<Question, 'scope'>[] = [
    { from: '2020-01-01', to: today },
    { from: '2024-01-01', to: '2024-03-15', asOf: '2024-03-15' },
    { from: '2023-01-01', to: '2024-06-01', asOf: '2024-06-01' },
    { from: '2024-03-01', to: '2025-01-01', asOf: '2025-01-01' },
  ];
  let permitNo = 0;

  /** Every question's holdings and flows equal the plain count over the base tables. */
  async function expectAllAgree(step: string) {
    const leader = await t.as('pimpinan', '35.73.02');
    const asks: [Question, Pick<TestApp, 'get'>][] = [];
    for (const f of FILTERS) for (const time of times) asks.push([{ scope: '35.73', ...f, ...time }, t]);
    for (const time of times) asks.push([{ scope: '35.73.02', ...time }, leader]);
    for (const [q, client] of asks) {
      const res = await client.get(`/api/v1/dashboard/summary?${questionQuery(q)}`);
      expect(res.status, step).toBe(200);
      expect(answeredFigures(res.body), `${step}: ${JSON.stringify(q)}`).toEqual(
        await expectedFigures(t.db, q),
      );
    }
  }

  async function addPermit(
    id: number,
    type: 'PIRT' | 'NIB',
    issuedOn: string | null,
    expiresOn: string | null,
  ) {
    permitNo += 1;
    const number =
      type === 'PIRT'
        ? `21035730100${String(permitNo).padStart(2, '0')}-29`
        : String(9_876_543_210_000 + permitNo);
    const res = await t.post(`/api/v1/businesses/${id}/permits`, { type, number, issuedOn, expiresOn });
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    return res.body.permit?.id ?? res.body.id;
  }

  async function patchPermit(id: number, change: Record<string, unknown>) {
    const { rows } = await sql<{ version: number }>`select version from permits where id = ${id}`.execute(
      t.db,
    );
    const res = await t.patch(`/api/v1/permits/${id}`, { version: rows[0]?.version, ...change });
    if (res.status !== 200) throw new Error(JSON.stringify(res.body));
  }

  async function patchBusiness(id: number, change: Record<string, unknown>) {
    const b = (await t.get(`/api/v1/businesses/${id}`)).body;
    const res = await t.patch(`/api/v1/businesses/${id}`, { version: b.version, ...change });
    if (res.status !== 200) throw new Error(JSON.stringify(res.body));
  }

  /** A level step as the assessment service writes one: the assessment, the event and the new level. */
  async function levelStep(id: number, from: number | null, to: number, day: string) {
    const a = await sql<{ id: number; kel: string; kec: string }>`
      insert into assessments (business_id, rubric_version, answers, total, suggested_level, level, assessed_on, assessor_name)
      values (${id}, 1, '{}', 0, ${to}, ${to}, ${day}, 'uji')
      returning id, (select kelurahan_code from businesses where id = ${id}) as kel,
        (select kecamatan_code from businesses where id = ${id}) as kec`.execute(t.db);
    const row = a.rows[0] as { id: number; kel: string; kec: string };
    await sql`insert into level_events (business_id, assessment_id, from_level, to_level, occurred_on, kelurahan_code, kecamatan_code)
      values (${id}, ${row.id}, ${from}, ${to}, ${day}, ${row.kel}, ${row.kec})`.execute(t.db);
    await sql`update businesses set ir_level = ${to}, ir_level_since = ${day} where id = ${id}`.execute(t.db);
  }

  it('agree before any change', async () => {
    await expectAllAgree('start');
  });

  it('follow permits inserted, overlapping, re-dated and deleted', async () => {
    const id = IDS[1] as number; // pangan, IR 2, Blimbing
    // Registered (in the history too) on 1 Jan 2024, so that it holds its permits as of 2024 dates.
    await sql`update businesses set created_at = '2024-01-01T10:00:00+07:00' where id = ${id}`.execute(t.db);
    await sql`update history set at = '2024-01-01T10:00:00+07:00'
      where entity = 'business' and entity_id = ${id} and action = 'create'`.execute(t.db);
    const first = await addPermit(id, 'PIRT', '2024-02-01', '2024-12-31');
    await expectAllAgree('permit inserted');
    // Overlaps the first: the business still counts once on the days both are valid.
    const second = await addPermit(id, 'PIRT', '2024-06-01', '2024-09-30');
    await expectAllAgree('overlapping permit');
    // By hand: on 2024-06-30 both PIRT permits of row 1 are valid — one business; now neither.
    const pirt = async (q: string) =>
      (await t.get(`/api/v1/dashboard/summary?${q}`)).body.byPermit.find(
        (p: { type: string }) => p.type === 'PIRT',
      ).homeIndustries;
    expect(await pirt('from=2024-01-01&to=2024-06-30&asOf=2024-06-30')).toBe(1);
    expect(await pirt('')).toBe(0);
    expect(await pirt('from=2024-01-01&to=2024-01-31&asOf=2024-01-31')).toBe(0);
    await patchPermit(first, { expiresOn: '2030-01-01' });
    await expectAllAgree('expiry moved');
    await patchPermit(first, { issuedOn: '2022-05-05', expiresOn: '2023-05-05' });
    await expectAllAgree('re-dated to the past');
    await addPermit(IDS[2] as number, 'NIB', null, null);
    await expectAllAgree('permit without dates');
    const del = await t.call('DELETE', `/api/v1/permits/${second}`);
    expect(del.status).toBe(204);
    await expectAllAgree('permit deleted');
  });

  it('follow level steps, a move to another kelurahan, a closure and the owner’s KRTP flag', async () => {
    await levelStep(IDS[0] as number, 1, 2, '2024-04-10');
    await levelStep(IDS[2] as number, null, 1, '2024-05-20');
    await levelStep(IDS[2] as number, 1, 3, '2025-02-02');
    await expectAllAgree('level steps');
    await patchBusiness(IDS[0] as number, { kelurahanCode: '35.73.02.1011' });
    await expectAllAgree('moved to Klojen');
    await patchBusiness(IDS[4] as number, { status: 'closed' });
    await expectAllAgree('closed');
    const owner0 = (await t.get(`/api/v1/businesses/${IDS[1]}`)).body.owner;
    const krtp = await t.patch(`/api/v1/people/${owner0.id}`, { version: owner0.version, krtp: true });
    expect(krtp.status).toBe(200);
    await expectAllAgree('owner marked KRTP');
  });

  it('follow programme enrolments, a session moved to another day and a withdrawal', async () => {
    const p = await t.post('/api/v1/programmes', {
      name: 'Kelas Label',
      pillar: 'produksi',
      organiser: 'Diskopindag',
    });
    expect(p.status).toBe(201);
    const session = async (day: string) => {
      const res = await t.post(`/api/v1/programmes/${p.body.id}/sessions`, {
        title: `Sesi ${day}`,
        startsAt: `${day}T09:00:00+07:00`,
        endsAt: `${day}T12:00:00+07:00`,
        place: 'Balai Kota Malang',
        quota: 10,
        scopeCode: '35.73',
      });
      if (res.status !== 201) throw new Error(JSON.stringify(res.body));
      return res.body.id as number;
    };
    const one = await session('2026-12-10');
    const two = await session('2026-12-20');
    for (const [s, ids] of [
      [one, [IDS[0], IDS[1], IDS[6]]],
      [two, [IDS[0], IDS[8]]],
    ] as const) {
      const res = await t.post(`/api/v1/sessions/${s}/enrol`, { businessIds: ids });
      expect(res.status).toBe(200);
    }
    // The sessions took place in the past: 2024-05-16 just after midnight in Jakarta (still 15 May in UTC),
    // and 2024-11-03.
    await sql`update programme_sessions set starts_at = '2024-05-16T00:30:00+07:00', ends_at = '2024-05-16T02:00:00+07:00'
      where id = ${one}`.execute(t.db);
    await sql`update programme_sessions set starts_at = '2024-11-03T09:00:00+07:00', ends_at = '2024-11-03T12:00:00+07:00'
      where id = ${two}`.execute(t.db);
    await expectAllAgree('enrolled, sessions in the past');
    // Counted by hand: four distinct businesses (row 0 twice), one of them (row 0) in both sessions.
    const all = (await t.get(`/api/v1/dashboard/summary?from=2020-01-01&to=${today}`)).body.flows;
    expect(all.programmeParticipants).toBe(4);
    const may = (await t.get('/api/v1/dashboard/summary?from=2024-05-16&to=2024-05-16&asOf=2024-05-16')).body;
    expect(may.flows.programmeParticipants).toBe(3);
    const detail = (await t.get(`/api/v1/sessions/${one}`)).body;
    const part = detail.participants.find((x: { businessId: number }) => x.businessId === IDS[1]);
    const withdrawn = await t.post(`/api/v1/participants/${part.id}/withdraw`, {});
    expect(withdrawn.status).toBe(200);
    await expectAllAgree('withdrawn');
    const after = (await t.get(`/api/v1/dashboard/summary?from=2020-01-01&to=${today}`)).body.flows;
    expect(after.programmeParticipants).toBe(3);
  });

  it('follow a merge of two businesses and its undoing', async () => {
    // Row 8 (Klojen, not assessed) has a permit and a level step of its own before it is merged into row 1.
    await addPermit(IDS[8] as number, 'NIB', '2024-03-03', null);
    await levelStep(IDS[8] as number, 1, 2, '2024-08-08');
    await expectAllAgree('before the merge');
    const review = await t.db
      .insertInto('link_reviews')
      .values({ kind: 'business', a_id: IDS[1] as number, b_id: IDS[8] as number, score: 9, evidence: '[]' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const decided = await t.post(`/api/v1/reviews/${review.id}/decision`, { decision: 'same' });
    expect(decided.status).toBe(200);
    expect((await sql`select 1 from businesses where id = ${IDS[8]}`.execute(t.db)).rows).toHaveLength(0);
    await expectAllAgree('merged');
    const merge = await t.db
      .selectFrom('merges')
      .select('id')
      .where('review_id', '=', review.id)
      .executeTakeFirstOrThrow();
    const undone = await t.post(`/api/v1/merges/${merge.id}/undo`, {});
    expect(undone.status).toBe(200);
    await expectAllAgree('merge undone');
  });

  it('follow two transactions changing one business at the same time', async () => {
    // The second transaction's permit arrives while the first is still open: its refresh must wait for the
    // first to commit and then replace the rows the first wrote (not the ones both started from).
    const id = IDS[6] as number; // Klojen, kerajinan, IR 2, enrolled in a programme: it has rows already
    const insert = (trx: typeof t.db, no: string, day: string) =>
      sql`insert into permits (business_id, type, number, issued_on) values (${id}, 'HALAL', ${no}, ${day})`.execute(
        trx,
      );
    const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const first = t.db.transaction().execute(async (trx) => {
      await insert(trx as unknown as typeof t.db, 'HALAL-1', '2024-01-05');
      await wait(400);
    });
    await wait(100);
    const second = t.db.transaction().execute(async (trx) => {
      await insert(trx as unknown as typeof t.db, 'HALAL-2', '2024-02-05');
    });
    await Promise.all([first, second]);
    await expectAllAgree('two transactions at once');
  });

  it('equal a full rebuild of the maintained counts after all of it', async () => {
    const snapshot = async () =>
      (
        await sql<{
          k: string;
        }>`select concat_ws('|', kind, day, prev, since, kelurahan_code, sector, owner_krtp, ir_level, n) as k
          from figure_counts where n <> 0 order by 1`.execute(t.db)
      ).rows.map((r) => r.k);
    const maintained = await snapshot();
    expect(maintained.length).toBeGreaterThan(10);
    await sql`select business_figures_rebuild()`.execute(t.db);
    expect(await snapshot()).toEqual(maintained);
  });
});

describe('a business whose owner withdrew consent', () => {
  // Aggregates hold no personal data: the figures keep counting her business; the list leaves the record
  // out and says how many it left out, so each figure = the list's total + hidden.
  it('still counts in the figures, and the list behind each says it hides her record', async () => {
    const id = IDS[7 - 1] as number; // Klojen, kerajinan, IR 2, home industry, micro, active
    const filters: Record<string, string>[] = [{}, { kecamatan: '35.73.02' }, { sector: 'kerajinan' }];
    const before = await Promise.all(
      filters.map(async (f) => triple((await t.get(`/api/v1/dashboard/summary?${qs(f)}`)).body)),
    );
    const owner = (await t.get(`/api/v1/businesses/${id}`)).body.owner;
    const basis = await t.post(`/api/v1/people/${owner.id}/consent`, {
      textVersion: 'PSTJ-2026-01',
      channel: 'paper',
      purposes: ['registry'],
      givenAt: new Date(Date.now() - 3_600_000).toISOString(),
    });
    expect(basis.status).toBe(201);
    const gone = await t.post(`/api/v1/people/${owner.id}/withdraw-consent`, { reason: 'Tidak mau didata' });
    expect(gone.status).toBe(200);
    for (const [i, f] of filters.entries()) {
      const s = (await t.get(`/api/v1/dashboard/summary?${qs(f)}`)).body;
      expect(triple(s), JSON.stringify(f)).toEqual(before[i]);
      const count = async (extra: Record<string, string>) =>
        (await t.get(`/api/v1/businesses/count?${qs({ ...f, status: 'active', micro: 'true', ...extra })}`))
          .body as { total: number; hidden: number };
      const all = [await count({}), await count({ homeIndustry: 'true' })];
      expect(all.map((c) => c.hidden)).toEqual([1, 1]);
      expect(all.map((c) => c.total + c.hidden)).toEqual(triple(s).slice(0, 2));
      const items = (await t.get(`/api/v1/businesses?${qs({ ...f, limit: '200' })}`)).body.items;
      expect(items.map((b: { id: number }) => b.id)).not.toContain(id);
    }
    // Her owner is not KRTP: the KRTP figure's list hides no one.
    const krtp = await t.get('/api/v1/businesses/count?status=active&micro=true&homeIndustry=true&krtp=true');
    expect(krtp.body.hidden).toBe(0);
  });
});
