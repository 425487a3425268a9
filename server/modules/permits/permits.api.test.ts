import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { business } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let businessId: number;
beforeAll(async () => {
  t = await createTestApp();
  businessId = (await t.post('/api/v1/businesses', business())).body.business.id;
});
afterAll(() => t.close());

describe('permits', () => {
  it('stores a P-IRT in canonical form, derives its expiry and shows it on the profile', async () => {
    const res = await t.post(`/api/v1/businesses/${businessId}/permits`, {
      type: 'PIRT',
      number: '2 1035 7301 0012 29',
      issuedOn: '2024-03-01',
    });
    expect(res.status).toBe(201);
    expect(res.body.permit).toMatchObject({
      number: '2103573010012-29',
      expiresOn: '2029-03-01',
      valid: true,
    });
    const profile = await t.get(`/api/v1/businesses/${businessId}`);
    expect(profile.body.permits.map((p: { type: string }) => p.type)).toEqual(['PIRT']);
  });

  it('rejects malformed numbers per type with a message that says what to fix', async () => {
    const nib = await t.post(`/api/v1/businesses/${businessId}/permits`, { type: 'NIB', number: '12345' });
    expect(nib.status).toBe(400);
    expect(nib.body.error.fields[0]).toMatchObject({ path: 'number', code: 'PERMIT_NIB_FORMAT' });
    const bpom = await t.post(`/api/v1/businesses/${businessId}/permits`, {
      type: 'BPOM_MD',
      number: 'ML 123',
    });
    expect(bpom.body.error.fields[0].code).toBe('PERMIT_BPOM_FORMAT');
    const order = await t.post(`/api/v1/businesses/${businessId}/permits`, {
      type: 'SKU',
      number: 'SKU/01',
      issuedOn: '2024-05-01',
      expiresOn: '2023-01-01',
    });
    expect(order.body.error.fields[0].code).toBe('PERMIT_DATES_ORDER');
  });

  it('refuses the same number twice', async () => {
    const first = await t.post(`/api/v1/businesses/${businessId}/permits`, {
      type: 'NIB',
      number: '9120001234567',
    });
    expect(first.status).toBe(201);
    const again = await t.post(`/api/v1/businesses/${businessId}/permits`, {
      type: 'NIB',
      number: '9120 0012 34567',
    });
    expect(again.status).toBe(409);
  });

  it("takes one owner's NIB on each of her businesses, once each, and refuses it on another owner's", async () => {
    const mine = (await t.get(`/api/v1/businesses/${businessId}`)).body;
    const second = (
      await t.post('/api/v1/businesses', business({ ownerId: mine.owner.id, name: 'Jahit Bu Siti' }))
    ).body.business;
    const nib = { type: 'NIB', number: '8120009876543' };
    expect((await t.post(`/api/v1/businesses/${businessId}/permits`, nib)).status).toBe(201);
    expect((await t.post(`/api/v1/businesses/${second.id}/permits`, nib)).status).toBe(201);
    expect((await t.post(`/api/v1/businesses/${second.id}/permits`, nib)).status).toBe(409);
    const theirs = (await t.post('/api/v1/businesses', business())).body.business;
    const refused = await t.post(`/api/v1/businesses/${theirs.id}/permits`, nib);
    expect(refused.status).toBe(409);
    expect(refused.body.error.fields[0].message).toContain('milik pelaku usaha lain');
  });

  it('counts an expired permit as not held, and keeps a deleted one in the history', async () => {
    const expired = await t.post(`/api/v1/businesses/${businessId}/permits`, {
      type: 'HALAL',
      number: 'ID35110000123450120',
      issuedOn: '2015-01-01',
      expiresOn: '2019-01-01',
    });
    expect(expired.body.permit.valid).toBe(false);
    const held = (await t.get('/api/v1/businesses?permit=HALAL')).body.items;
    expect(held).toHaveLength(0);
    expect((await t.del(`/api/v1/permits/${expired.body.permit.id}`)).status).toBe(204);
    const history = (await t.get(`/api/v1/businesses/${businessId}/history`)).body.items;
    expect(history[0]).toMatchObject({ entity: 'permit', action: 'delete' });
    expect((await t.del(`/api/v1/permits/${expired.body.permit.id}`)).status).toBe(404);
  });

  it('edits a permit with optimistic locking', async () => {
    const p = (
      await t.post(`/api/v1/businesses/${businessId}/permits`, { type: 'SKU', number: 'SKU/2025/17' })
    ).body.permit;
    const res = await t.patch(`/api/v1/permits/${p.id}`, { version: p.version, number: 'SKU/2025/18' });
    expect(res.body.permit.number).toBe('SKU/2025/18');
    expect((await t.patch(`/api/v1/permits/${p.id}`, { version: p.version, number: 'x' })).status).toBe(409);
    const list = (await t.get(`/api/v1/permits?businessId=${businessId}&type=SKU`)).body.items;
    expect(list.map((x: { number: string }) => x.number)).toEqual(['SKU/2025/18']);
  });
});
