import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answeredFigures, expectedFigures, questionQuery } from '../../test/dashboard-expected.ts';
import { business, owner } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;

// Counted by hand from the rows created below, not by the service's own query.
const rows = [
  { kel: '35.73.01.1007', hi: true, krtp: true, kbli: '10794' },
  { kel: '35.73.01.1001', hi: true, krtp: false, kbli: '16291' },
  { kel: '35.73.02.1011', hi: true, krtp: true, kbli: '23932' },
  { kel: '35.73.02.1011', hi: false, krtp: true, kbli: '10710' },
  { kel: '35.73.04.1004', hi: false, krtp: false, kbli: '32300' },
  { kel: '35.73.05.1004', hi: true, krtp: true, kbli: '10792', closed: true },
  { kel: '35.73.05.1004', hi: true, krtp: true, kbli: '10792', capital: 2_000_000_000 },
];

beforeAll(async () => {
  t = await createTestApp();
  for (const r of rows) {
    const res = await t.post(
      '/api/v1/businesses',
      business({
        kelurahanCode: r.kel,
        homeIndustry: r.hi,
        kbliCode: r.kbli,
        status: r.closed ? 'closed' : 'active',
        capital: r.capital ?? 5_000_000,
        owner: owner({ krtp: r.krtp }),
      }),
    );
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  }
  const first = await t.get('/api/v1/businesses?kelurahan=35.73.01.1007');
  await t.post(`/api/v1/businesses/${first.body.items[0].id}/permits`, {
    type: 'PIRT',
    number: '2103573010012-29',
    issuedOn: '2024-03-01',
  });
});
afterAll(() => t.close());

describe('dashboard summary', () => {
  it('counts active micro enterprises, home industries and KRTP-run ones, in total and per kecamatan', async () => {
    const res = await t.get('/api/v1/dashboard/summary');
    expect(res.status).toBe(200);
    const s = res.body;
    // closed and non-micro (kecil by capital) businesses are out
    expect([s.microEnterprises, s.homeIndustries, s.homeIndustriesKrtp]).toEqual([5, 3, 2]);
    const kec = Object.fromEntries(
      s.byKecamatan.map(
        (k: {
          name: string;
          microEnterprises: number;
          homeIndustries: number;
          homeIndustriesKrtp: number;
        }) => [k.name, [k.microEnterprises, k.homeIndustries, k.homeIndustriesKrtp]],
      ),
    );
    expect(kec).toEqual({
      Blimbing: [2, 2, 1],
      Klojen: [2, 1, 1],
      Kedungkandang: [0, 0, 0],
      Sukun: [1, 0, 0],
      Lowokwaru: [0, 0, 0],
    });
    const sector = Object.fromEntries(
      s.bySector.map((x: { sector: string; homeIndustries: number }) => [x.sector, x.homeIndustries]),
    );
    expect(sector.pangan).toBe(1);
    expect(sector.kayu).toBe(1);
    expect(s.byPermit.find((p: { type: string }) => p.type === 'PIRT').homeIndustries).toBe(1);
    expect(s.region).toEqual({ code: '35.73', name: 'Kota Malang' });
  });

  it('area tree carries the same counts per kelurahan', async () => {
    const tree = (await t.get('/api/v1/areas/tree')).body;
    expect(tree.children).toHaveLength(5);
    expect(tree.children.reduce((n: number, k: { children: unknown[] }) => n + k.children.length, 0)).toBe(
      57,
    );
    const klojen = tree.children.find((k: { name: string }) => k.name === 'Klojen');
    const penanggungan = klojen.children.find((k: { name: string }) => k.name === 'Penanggungan');
    expect([
      penanggungan.microEnterprises,
      penanggungan.homeIndustries,
      penanggungan.homeIndustriesKrtp,
    ]).toEqual([2, 1, 1]);
  });
});

describe('the KRTP figure follows the owner', () => {
  it('moves when an owner is marked KRTP or a business changes hands', async () => {
    const krtpBefore = (await t.get('/api/v1/dashboard/summary')).body.homeIndustriesKrtp;
    const rotan = (await t.get('/api/v1/businesses?kelurahan=35.73.01.1001')).body.items[0];
    const detail = (await t.get(`/api/v1/businesses/${rotan.id}`)).body;
    await t.patch(`/api/v1/people/${detail.owner.id}`, { version: detail.owner.version, krtp: true });
    expect((await t.get('/api/v1/dashboard/summary')).body.homeIndustriesKrtp).toBe(krtpBefore + 1);
    expect((await t.get('/api/v1/businesses?krtp=true&kelurahan=35.73.01.1001')).body.items).toHaveLength(1);
    const other = (await t.post('/api/v1/people', owner({ krtp: false }))).body.person;
    await t.patch(`/api/v1/businesses/${rotan.id}`, { version: detail.version, ownerId: other.id });
    expect((await t.get('/api/v1/dashboard/summary')).body.homeIndustriesKrtp).toBe(krtpBefore);
  });
});

describe('permit holdings and flows', () => {
  it('equal plain counts over the base tables, for the city and for a kecamatan leader', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
    const leader = await t.as('pimpinan', '35.73.01');
    for (const period of [
      { from: '2024-01-01', to: today },
      { from: '2024-03-01', to: '2024-03-31', asOf: '2024-03-31' },
      { from: '2023-01-01', to: '2024-02-29', asOf: '2024-02-29' },
    ]) {
      const q = { scope: '35.73', ...period };
      const s = (await t.get(`/api/v1/dashboard/summary?${questionQuery(q)}`)).body;
      expect(answeredFigures(s)).toEqual(await expectedFigures(t.db, q));
      const own = { ...q, scope: '35.73.01' };
      const mine = (await leader.get(`/api/v1/dashboard/summary?${questionQuery(own)}`)).body;
      expect(answeredFigures(mine)).toEqual(await expectedFigures(t.db, own));
    }
    // By hand: the one P-IRT (issued 1 Mar 2024, no expiry) belongs to a business registered today. It was
    // obtained in March 2024 (a flow is dated by its event) and is held now, but as of 31 March 2024 no one
    // held it: the business was not in the registry yet (the stock rule).
    const pirt = (s: { byPermit: { type: string; homeIndustries: number }[] }) =>
      s.byPermit.find((p) => p.type === 'PIRT')?.homeIndustries;
    const march = (await t.get('/api/v1/dashboard/summary?from=2024-03-01&to=2024-03-31&asOf=2024-03-31'))
      .body;
    expect(march.flows.permitsObtained).toBe(1);
    expect(pirt(march)).toBe(0);
    expect(march.microEnterprises).toBe(0);
    expect(pirt((await t.get('/api/v1/dashboard/summary')).body)).toBe(1);
  });
});

describe('areas and plumbing', () => {
  it('lists the kecamatan of the served region and the kelurahan of one of them', async () => {
    const kec = (await t.get('/api/v1/areas')).body.items.map((a: { name: string }) => a.name);
    expect(kec).toEqual(['Blimbing', 'Klojen', 'Kedungkandang', 'Sukun', 'Lowokwaru']);
    const kel = (await t.get('/api/v1/areas?parent=35.73.01')).body.items;
    expect(kel).toHaveLength(11);
  });

  it('answers unknown API paths and oversized bodies with a JSON error in Bahasa Indonesia', async () => {
    const nf = await t.get('/api/v1/nothing-here');
    expect(nf.status).toBe(404);
    expect(nf.body.error.message).toMatch(/tidak ditemukan/);
    const big = await t.post('/api/v1/people', { name: 'x'.repeat(1_100_000) });
    expect(big.status).toBe(413);
  });

  it('reports health', async () => {
    expect((await t.get('/api/v1/health')).body).toEqual({ status: 'ok', database: 'ok', region: '35.73' });
  });
});

describe('map', () => {
  it('places each kelurahan at its businesses and counts them; points only for roles that read the registry', async () => {
    const map = (await t.get('/api/v1/dashboard/map')).body;
    const kel = (code: string) => map.areas.find((a: { code: string }) => a.code === code);
    // From the rows above: 35.73.02.1011 holds one home industry and one other micro business.
    expect(kel('35.73.02.1011')).toMatchObject({ micro: 2, hi: 1, kecamatan: 'Klojen' });
    expect(kel('35.73.02.1011').lat).toBeCloseTo(-7.9597, 4);
    // 35.73.05.1004: one closed, one small (capital above the micro limit): neither counts.
    expect(kel('35.73.05.1004')).toMatchObject({ micro: 0, hi: 0 });
    // Active micro home industries with a position: rows 1, 2 and 3.
    expect(map.points).toHaveLength(3);
    const leader = await t.as('pimpinan', '35.73.02');
    const own = (await leader.get('/api/v1/dashboard/map')).body;
    expect(own.points).toBeNull();
    expect(own.areas.map((a: { code: string }) => a.code)).toEqual(['35.73.02.1011']);
  });
});
