import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { business, owner } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
const ids: Record<string, number> = {};

beforeAll(async () => {
  t = await createTestApp();
  const add = async (key: string, b: Record<string, unknown>) => {
    const res = await t.post('/api/v1/businesses', b);
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    ids[key] = res.body.business.id;
  };
  await add('sanan', business());
  await add(
    'rotan',
    business({
      name: 'Rotan Makmur',
      kbliCode: '16291',
      products: 'kursi rotan',
      kelurahanCode: '35.73.01.1001',
      owner: owner({ krtp: false }),
    }),
  );
  await add(
    'batik',
    business({
      name: 'Batik Tulis Bu Ani',
      kbliCode: '13134',
      products: 'batik',
      kelurahanCode: '35.73.04.1004',
      homeIndustry: false,
      owner: owner(),
    }),
  );
  for (let i = 0; i < 5; i++) {
    await add(
      `kue${i}`,
      business({
        name: `Kue Basah Ibu ${i}`,
        kbliCode: '10792',
        products: 'kue',
        kelurahanCode: '35.73.05.1004',
        owner: owner(),
      }),
    );
  }
  const permit = await t.post(`/api/v1/businesses/${ids.sanan}/permits`, {
    type: 'PIRT',
    number: '2103573010012-29',
    issuedOn: '2024-03-01',
  });
  if (permit.status !== 201) throw new Error(JSON.stringify(permit.body));
});
afterAll(() => t.close());

const names = (body: { items: { name: string }[] }) => body.items.map((i) => i.name).sort();

describe('business list', () => {
  it('finds a business from a typo-ridden query', async () => {
    const res = await t.get('/api/v1/businesses?q=keripik%20tempe%20sanan');
    expect(res.status).toBe(200);
    expect(res.body.items[0].name).toBe('Kripik Tempe Sanan Jaya');
    expect(names(res.body)).not.toContain('Rotan Makmur');
  });

  it('filters by kecamatan, kelurahan, sector, KBLI, KRTP, permit held or missing and home-industry flag', async () => {
    expect(names((await t.get('/api/v1/businesses?kecamatan=35.73.04')).body)).toEqual([
      'Batik Tulis Bu Ani',
    ]);
    expect(names((await t.get('/api/v1/businesses?kelurahan=35.73.01.1001')).body)).toEqual(['Rotan Makmur']);
    expect(names((await t.get('/api/v1/businesses?sector=kayu')).body)).toEqual(['Rotan Makmur']);
    expect(names((await t.get('/api/v1/businesses?kbli=1079')).body)).toHaveLength(6);
    expect(names((await t.get('/api/v1/businesses?krtp=false')).body)).toEqual(['Rotan Makmur']);
    expect(names((await t.get('/api/v1/businesses?permit=PIRT')).body)).toEqual(['Kripik Tempe Sanan Jaya']);
    expect((await t.get('/api/v1/businesses?permit=NONE')).body.items).toHaveLength(7);
    // Food businesses still without a P-IRT: the five cake makers, not the one that holds it.
    const withoutPirt = names((await t.get('/api/v1/businesses?sector=pangan&permitMissing=PIRT')).body);
    expect(withoutPirt).toEqual([0, 1, 2, 3, 4].map((i) => `Kue Basah Ibu ${i}`));
    expect(names((await t.get('/api/v1/businesses?homeIndustry=false')).body)).toEqual([
      'Batik Tulis Bu Ani',
    ]);
    expect((await t.get('/api/v1/businesses?sizeClass=mikro')).body.items).toHaveLength(8);
    // The current IR level (set here as a confirmed assessment would): IR 1, and the others not yet assessed.
    const rotan = (await t.get('/api/v1/businesses?sector=kayu')).body.items[0].id;
    await t.db
      .updateTable('businesses')
      .set({ ir_level: 1, ir_level_since: '2026-10-01' })
      .where('id', '=', rotan)
      .execute();
    expect(names((await t.get('/api/v1/businesses?level=1')).body)).toEqual(['Rotan Makmur']);
    expect((await t.get('/api/v1/businesses?level=2')).body.items).toHaveLength(0);
    expect(names((await t.get('/api/v1/businesses?level=none')).body)).not.toContain('Rotan Makmur');
    expect((await t.get('/api/v1/businesses?level=4')).status).toBe(400);
  });

  it('pages by cursor without gaps or repeats', async () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await t.get(`/api/v1/businesses?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((i: { id: number }) => i.id));
      cursor = res.body.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(Object.values(ids).sort((a, b) => b - a));
  });

  it('pages a ranked search by cursor too', async () => {
    const first = await t.get('/api/v1/businesses?q=kue%20basah&limit=2');
    const second = await t.get(`/api/v1/businesses?q=kue%20basah&limit=2&cursor=${first.body.nextCursor}`);
    const all = [...first.body.items, ...second.body.items].map((i: { id: number }) => i.id);
    expect(new Set(all).size).toBe(4);
  });

  it('answers 400 for a bad cursor or filter', async () => {
    expect((await t.get('/api/v1/businesses?cursor=garbage')).body.error.code).toBe('BAD_CURSOR');
    const bad = await t.get('/api/v1/businesses?kecamatan=Blimbing');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('kecamatan');
  });
});
