import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { business, nik, owner } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('create a business with a new owner', () => {
  it('stores it, derives kecamatan, sector and size class, and masks the NIK in lists', async () => {
    const o = owner();
    const res = await t.post('/api/v1/businesses', business({ owner: o }));
    expect(res.status).toBe(201);
    const b = res.body.business;
    expect(b.kecamatanCode).toBe('35.73.01');
    expect(b.kecamatanName).toBe('Blimbing');
    expect(b.kelurahanName).toBe('Purwantoro');
    expect(b.sector).toBe('pangan');
    expect(b.sizeClass).toBe('mikro');
    expect(b.owner.phone).toBe('+62812****7890');
    expect(b.owner.nik).toBe(`${o.nik.slice(0, 4)}********${o.nik.slice(12)}`);
    const list = await t.get(`/api/v1/businesses?ownerId=${b.ownerId}`);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0].ownerNik).toBe(`${o.nik.slice(0, 4)}********${o.nik.slice(12)}`);
  });

  it('rejects an impossible NIK with a field message in Bahasa Indonesia and saves nothing', async () => {
    const before = await t.get('/api/v1/businesses?q=usaha%20gagal');
    const bad = business({ name: 'Usaha Gagal Simpan', owner: owner({ nik: '3573014102850000' }) });
    const res = await t.post('/api/v1/businesses', bad);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    const field = res.body.error.fields.find((f: { path: string }) => f.path === 'owner.nik');
    expect(field.code).toBe('NIK_SERIAL_ZERO');
    expect(field.message).toMatch(/NIK/);
    const after = await t.get('/api/v1/businesses?q=usaha%20gagal');
    expect(after.body.items.length).toBe(before.body.items.length);
  });

  it('reports every broken field at once', async () => {
    const res = await t.post(
      '/api/v1/businesses',
      business({ name: '', workersTotal: 1, workersWomen: 3, owner: owner({ nik: '12345' }) }),
    );
    expect(res.status).toBe(400);
    const paths = res.body.error.fields.map((f: { path: string }) => f.path).sort();
    expect(paths).toEqual(['name', 'owner.nik', 'workersWomen']);
  });

  it('rejects a kelurahan outside the served region', async () => {
    const res = await t.post(
      '/api/v1/businesses',
      business({ kelurahanCode: '35.07.01.2001', owner: owner() }),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0]).toMatchObject({ path: 'kelurahanCode', code: 'AREA_OUTSIDE_REGION' });
  });

  it('warns, without refusing, when the NIK disagrees with the declared gender', async () => {
    const res = await t.post(
      '/api/v1/businesses',
      business({ owner: owner({ nik: nik('L'), gender: 'P' }) }),
    );
    expect(res.status).toBe(201);
    expect(res.body.warnings.map((w: { code: string }) => w.code)).toContain('NIK_GENDER_MISMATCH');
  });

  it('refuses a second person with the same NIK and points to the existing one', async () => {
    const o = owner();
    const first = await t.post('/api/v1/businesses', business({ owner: o }));
    const second = await t.post(
      '/api/v1/businesses',
      business({ name: 'Usaha Kedua', owner: { ...o, name: 'Orang Lain' } }),
    );
    expect(second.status).toBe(409);
    expect(second.body.error.fields[0].message).toContain(String(first.body.business.ownerId));
  });

  it('stores text as typed, markup included', async () => {
    const res = await t.post(
      '/api/v1/businesses',
      business({ name: '<script>alert(1)</script> Kue', owner: owner() }),
    );
    expect(res.status).toBe(201);
    const got = await t.get(`/api/v1/businesses/${res.body.business.id}`);
    expect(got.body.name).toBe('<script>alert(1)</script> Kue');
  });
});

describe('edit a business', () => {
  it('records who changed which field from what to what, and refuses a stale version', async () => {
    const created = (await t.post('/api/v1/businesses', business({ owner: owner() }))).body.business;
    const res = await t.patch(`/api/v1/businesses/${created.id}`, {
      version: created.version,
      monthlyTurnover: 7_000_000,
      name: 'Kripik Tempe Sanan Jaya Abadi',
    });
    expect(res.status).toBe(200);
    expect(res.body.business.version).toBe(created.version + 1);
    const stale = await t.patch(`/api/v1/businesses/${created.id}`, {
      version: created.version,
      name: 'Tertimpa',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');
    const history = (await t.get(`/api/v1/businesses/${created.id}/history`)).body.items;
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({ action: 'update', actor: 'penguji' });
    expect(history[0].changes).toEqual(
      expect.arrayContaining([
        { field: 'monthlyTurnover', old: 4_500_000, new: 7_000_000 },
        { field: 'name', old: 'Kripik Tempe Sanan Jaya', new: 'Kripik Tempe Sanan Jaya Abadi' },
      ]),
    );
    expect(history[0].changes).toHaveLength(2);
    expect((await t.get(`/api/v1/businesses/${created.id}`)).body.name).toBe('Kripik Tempe Sanan Jaya Abadi');
  });

  it('moves a business to a new owner in one transaction, or not at all', async () => {
    const created = (await t.post('/api/v1/businesses', business({ owner: owner() }))).body.business;
    const bad = await t.patch(`/api/v1/businesses/${created.id}`, {
      version: created.version,
      owner: owner({ name: 'Dewi Lestari', nik: '3573014102850000' }),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('owner.nik');
    expect((await t.get('/api/v1/people?q=dewi%20lestari')).body.items).toHaveLength(0);
    const res = await t.patch(`/api/v1/businesses/${created.id}`, {
      version: created.version,
      owner: owner({ name: 'Dewi Lestari' }),
    });
    expect(res.status).toBe(200);
    expect(res.body.business.owner.name).toBe('Dewi Lestari');
    expect(res.body.business.ownerId).not.toBe(created.ownerId);
  });

  it('records the signed-in user as the author of a change', async () => {
    const pendamping = await t.as('pendamping', '35.73', "Siti Ni'mah");
    const created = (await pendamping.post('/api/v1/businesses', business({ owner: owner() }))).body.business;
    const history = (await t.get(`/api/v1/businesses/${created.id}/history`)).body.items;
    expect(history.map((h: { actor: string }) => h.actor)).toEqual(["Siti Ni'mah"]);
  });

  it('answers 404 for an unknown business', async () => {
    expect((await t.get('/api/v1/businesses/999999')).status).toBe(404);
    expect((await t.patch('/api/v1/businesses/999999', { version: 1, name: 'x' })).status).toBe(404);
  });
});
