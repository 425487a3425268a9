import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { business, owner } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await t.post('/api/v1/businesses', business({ kelurahanCode: '35.73.04.1004', owner: owner() }));
  await t.post('/api/v1/businesses', business({ kelurahanCode: '35.73.01.1007', owner: owner() }));
});
afterAll(() => t.close());

const bearer = (secret: string) => ({
  get: (path: string) => t.anonymous().call('GET', path, undefined, { authorization: `Bearer ${secret}` }),
  post: (path: string, body: unknown) =>
    t.anonymous().call('POST', path, body, { authorization: `Bearer ${secret}` }),
});

describe('API tokens for partner systems', () => {
  it('act with the role and area of the token, without a session or CSRF token', async () => {
    const created = await t.post('/api/v1/tokens', {
      name: 'Dinas Koperasi Sukun',
      role: 'operator',
      scopeCode: '35.73.04',
    });
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^pilar_[A-Za-z0-9_-]{40,}$/);
    const api = bearer(created.body.secret);
    const list = (await api.get('/api/v1/businesses')).body.items;
    expect(list.map((b: { kecamatanName: string }) => b.kecamatanName)).toEqual(['Sukun']);
    const made = await api.post('/api/v1/people', owner({ kelurahanCode: '35.73.04.1005' }));
    expect(made.status).toBe(201);
    expect((await api.get('/api/v1/auth/me')).status).toBe(403);
    expect((await api.get('/api/v1/users')).status).toBe(403);
    const log = (await t.get('/api/v1/audit?action=person.create')).body.items;
    expect(log[0].actorName).toBe('Token: Dinas Koperasi Sukun');
  });

  it('never shows the secret again and stops working once revoked or expired', async () => {
    const created = (
      await t.post('/api/v1/tokens', { name: 'Bank mitra', role: 'pimpinan', scopeCode: '35.73' })
    ).body;
    const api = bearer(created.secret);
    expect((await api.get('/api/v1/dashboard/summary')).status).toBe(200);
    expect((await api.get('/api/v1/businesses')).status).toBe(403);
    const listed = (await t.get('/api/v1/tokens')).body.items;
    expect(JSON.stringify(listed)).not.toContain(created.secret);
    expect(listed.find((x: { id: number }) => x.id === created.token.id).lastUsedAt).not.toBeNull();
    expect((await t.post(`/api/v1/tokens/${created.token.id}/revoke`, {})).status).toBe(204);
    expect((await api.get('/api/v1/dashboard/summary')).status).toBe(401);
    const old = (
      await t.post('/api/v1/tokens', {
        name: 'Kedaluwarsa',
        role: 'pimpinan',
        scopeCode: '35.73',
        expiresOn: '2020-01-01',
      })
    ).body;
    expect((await bearer(old.secret).get('/api/v1/dashboard/summary')).status).toBe(401);
    expect((await bearer('pilar_bukan-token-sungguhan').get('/api/v1/areas')).status).toBe(401);
  });

  it('cannot be made for the admin role or outside the served region', async () => {
    expect(
      (await t.post('/api/v1/tokens', { name: 'Terlalu kuat', role: 'admin', scopeCode: '35.73' })).status,
    ).toBe(400);
    const foreign = await t.post('/api/v1/tokens', {
      name: 'Luar wilayah',
      role: 'mitra',
      scopeCode: '35.07',
    });
    expect(foreign.body.error.fields[0].code).toBe('SCOPE_OUTSIDE_REGION');
  });
});
