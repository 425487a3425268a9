import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { business, owner } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;

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
