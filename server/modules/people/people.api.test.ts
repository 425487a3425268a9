import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { business, nik, owner } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('people (owners)', () => {
  it('creates an owner with a normalised phone and NIK typed with spaces', async () => {
    const n = nik();
    const spaced = `${n.slice(0, 6)} ${n.slice(6, 12)} ${n.slice(12)}`;
    const res = await t.post('/api/v1/people', owner({ nik: spaced, phone: '812 3456 7890' }));
    expect(res.status).toBe(201);
    expect(res.body.person.nik).toBe(`${n.slice(0, 4)}********${n.slice(12)}`);
    expect(res.body.person.phone).toBe('+62812****7890');
    const id = res.body.person.id;
    const nikValue = await t.post(`/api/v1/people/${id}/reveal`, {
      field: 'nik',
      purpose: 'verifikasi data',
    });
    expect(nikValue.body.value).toBe(n);
    const phone = await t.post(`/api/v1/people/${id}/reveal`, {
      field: 'phone',
      purpose: 'hubungi untuk pelatihan',
    });
    expect(phone.body.value).toBe('+6281234567890');
  });

  it('shows every business one person runs', async () => {
    const o = (await t.post('/api/v1/people', owner())).body.person;
    await t.post(
      '/api/v1/businesses',
      business({ ownerId: o.id, owner: undefined, name: 'Warung Kue Bu Siti' }),
    );
    await t.post(
      '/api/v1/businesses',
      business({ ownerId: o.id, owner: undefined, name: 'Jahit Bu Siti', kbliCode: '14120' }),
    );
    const res = await t.get(`/api/v1/people/${o.id}`);
    expect(res.body.businesses.map((b: { name: string }) => b.name).sort()).toEqual([
      'Jahit Bu Siti',
      'Warung Kue Bu Siti',
    ]);
    const list = await t.get(`/api/v1/people?q=${encodeURIComponent('siti aminah')}`);
    expect(list.body.items.find((p: { id: number }) => p.id === o.id).businessCount).toBe(2);
  });

  it('keeps two people with the same name apart', async () => {
    const a = await t.post('/api/v1/people', owner({ name: 'Sri Wahyuni' }));
    const b = await t.post('/api/v1/people', owner({ name: 'Sri Wahyuni', kelurahanCode: '35.73.04.1005' }));
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(a.body.person.id).not.toBe(b.body.person.id);
  });

  it('rejects a phone that cannot be a number and a NIK with an impossible date', async () => {
    const res = await t.post('/api/v1/people', owner({ phone: '12ab', nik: '3573013002850001' }));
    expect(res.status).toBe(400);
    const codes = Object.fromEntries(
      res.body.error.fields.map((f: { path: string; code: string }) => [f.path, f.code]),
    );
    expect(codes.phone).toBe('PHONE_INVALID');
    expect(codes.nik).toBe('NIK_INVALID_DATE');
  });

  it('records an edit in the history and refuses a stale version', async () => {
    const p = (await t.post('/api/v1/people', owner({ krtp: false }))).body.person;
    const res = await t.patch(`/api/v1/people/${p.id}`, {
      version: p.version,
      krtp: true,
      phone: '+62 813 1111 2222',
    });
    expect(res.status).toBe(200);
    const stale = await t.patch(`/api/v1/people/${p.id}`, { version: p.version, krtp: false });
    expect(stale.status).toBe(409);
    const history = (await t.get(`/api/v1/people/${p.id}/history`)).body.items;
    expect(history[0].changes).toEqual(
      expect.arrayContaining([
        { field: 'krtp', old: false, new: true },
        { field: 'phone', old: '+62812****7890', new: '+62813****2222' },
      ]),
    );
  });
});
