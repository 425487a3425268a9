import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { business, nik, owner } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const HOUR = 3_600_000;
const hoursAgo = (h: number) => new Date(Date.now() - h * HOUR).toISOString();
const consent = { textVersion: 'PSTJ-2026-01', channel: 'paper', purposes: ['registry', 'mentoring'] };

/** A business with a new owner of her own; names unique per test so searches find only her. */
async function registered(ownerName: string, businessName: string, kelurahanCode = '35.73.01.1007') {
  const ownerNik = nik();
  const res = await t.post(
    '/api/v1/businesses',
    business({
      name: businessName,
      kelurahanCode,
      owner: owner({ name: ownerName, nik: ownerNik, kelurahanCode }),
    }),
  );
  expect(res.status).toBe(201);
  return {
    businessId: res.body.business.id as number,
    personId: res.body.business.ownerId as number,
    nik: ownerNik,
  };
}

const ids = (res: { body: { items: { id: number }[] } }) => res.body.items.map((i) => i.id);
const summary = async () => {
  const s = (await t.get('/api/v1/dashboard/summary')).body;
  return { micro: s.microEnterprises, hi: s.homeIndustries, krtp: s.homeIndustriesKrtp };
};
const auditOf = async (action: string) => (await t.get(`/api/v1/audit?action=${action}`)).body.items;

describe('legal basis and consent withdrawal', () => {
  it('records consent, and a withdrawal removes the person and her business from lists and search at once', async () => {
    const r = await registered('Wartini Rahayu', 'Rengginang Lorjuk Wartini');
    const given = await t.post(`/api/v1/people/${r.personId}/consent`, { ...consent, givenAt: hoursAgo(2) });
    expect(given.status).toBe(201);
    expect(given.body.current).toMatchObject({
      basis: 'consent',
      consentTextVersion: 'PSTJ-2026-01',
      channel: 'paper',
      purposes: ['registry', 'mentoring'],
      officerName: 'penguji',
      withdrawnAt: null,
    });
    expect(await t.get(`/api/v1/people?q=wartini`).then(ids)).toContain(r.personId);
    expect(await t.get(`/api/v1/businesses?q=rengginang lorjuk`).then(ids)).toContain(r.businessId);
    const before = await summary();

    const gone = await t.post(`/api/v1/people/${r.personId}/withdraw-consent`, {
      reason: 'Pemilik tidak mau didata lagi',
    });
    expect(gone.status).toBe(200);
    expect(gone.body.processingRestrictedAt).not.toBeNull();
    expect(gone.body.current.withdrawnReason).toBe('Pemilik tidak mau didata lagi');

    expect(await t.get(`/api/v1/people?q=wartini`).then(ids)).not.toContain(r.personId);
    const newBusiness = await t.post('/api/v1/businesses', business({ ownerId: r.personId }));
    expect(newBusiness.status).toBe(409);
    expect(newBusiness.body.error.code).toBe('PROCESSING_RESTRICTED');
    expect(await t.get('/api/v1/people?limit=200').then(ids)).not.toContain(r.personId);
    expect(await t.get(`/api/v1/businesses?q=rengginang lorjuk`).then(ids)).not.toContain(r.businessId);
    expect(await t.get(`/api/v1/businesses?ownerId=${r.personId}`).then(ids)).toEqual([]);
    // Aggregates hold no personal data: the counts keep her business.
    expect(await summary()).toEqual(before);
    // Her record stays reachable by id, marked.
    const profile = await t.get(`/api/v1/people/${r.personId}`);
    expect(profile.status).toBe(200);
    expect(profile.body.processingRestrictedAt).toBe(gone.body.processingRestrictedAt);
    expect((await auditOf('person.consent_withdraw')).map((a: { entityId: number }) => a.entityId)).toContain(
      r.personId,
    );

    const again = await t.post(`/api/v1/people/${r.personId}/withdraw-consent`, {
      reason: 'dua kali ditarik',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('NO_ACTIVE_CONSENT');

    const renewed = await t.post(`/api/v1/people/${r.personId}/consent`, consent);
    expect(renewed.body.processingRestrictedAt).toBeNull();
    expect(renewed.body.items).toHaveLength(2);
    expect(await t.get(`/api/v1/businesses?q=rengginang lorjuk`).then(ids)).toContain(r.businessId);
  });

  it('records a public task, refuses bad consent input, and hides people outside the caller’s area', async () => {
    const r = await registered('Suprihatin Lestari', 'Tempe Mendoan Suprihatin');
    const task = await t.post(`/api/v1/people/${r.personId}/public-task`, {
      note: 'Perwali Kota Malang tentang pendataan industri rumahan',
    });
    expect(task.status).toBe(201);
    expect(task.body.current).toMatchObject({ basis: 'public_task', purposes: [], channel: null });
    const withdraw = await t.post(`/api/v1/people/${r.personId}/withdraw-consent`, {
      reason: 'tidak berlaku',
    });
    expect(withdraw.status).toBe(409);

    const bad = await t.post(`/api/v1/people/${r.personId}/consent`, {
      textVersion: '',
      channel: 'fax',
      purposes: [],
      givenAt: new Date(Date.now() + 24 * HOUR).toISOString(),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'channel',
      'givenAt',
      'purposes',
      'textVersion',
    ]);

    const sukun = await t.as('enumerator', '35.73.04');
    expect((await sukun.get(`/api/v1/people/${r.personId}/legal-basis`)).status).toBe(404);
    expect((await sukun.post(`/api/v1/people/${r.personId}/consent`, consent)).status).toBe(404);
  });
});

describe('the subject’s own copy', () => {
  it('gives everything held about her as JSON with NIK and phone in clear, and audits it', async () => {
    const r = await registered('Sulastri Wahyuningsih', 'Sambal Pecel Bu Lastri');
    await t.post(`/api/v1/businesses/${r.businessId}/permits`, { type: 'SKU', number: 'SKU/SUBJ/2026/1' });
    await t.post(`/api/v1/people/${r.personId}/consent`, consent);
    await t.post('/api/v1/subject-requests', { personId: r.personId, kind: 'access', channel: 'in_person' });

    const res = await t.get(`/api/v1/people/${r.personId}/subject-data`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(`data-pribadi-${r.personId}.json`);
    const d = res.body;
    expect(d.person).toMatchObject({ name: 'Sulastri Wahyuningsih', nik: r.nik, phone: '+6281234567890' });
    expect(d.businesses.map((b: { name: string }) => b.name)).toEqual(['Sambal Pecel Bu Lastri']);
    expect(d.permits.map((p: { number: string }) => p.number)).toEqual(['SKU/SUBJ/2026/1']);
    const created = d.history.find((h: { entity: string }) => h.entity === 'person');
    expect(created.changes).toContainEqual({ field: 'nik', old: null, new: r.nik });
    expect(d.history.some((h: { entity: string }) => h.entity === 'permit')).toBe(true);
    expect(d.legalBases).toHaveLength(1);
    expect(d.subjectRequests.map((q: { kind: string }) => q.kind)).toEqual(['access']);

    const logged = (await auditOf('person.subject_data')).find(
      (a: { entityId: number }) => a.entityId === r.personId,
    );
    expect(logged).toMatchObject({ purpose: 'data subject access request', details: { format: 'json' } });
  });

  it('gives the same as a PDF in Bahasa Indonesia', async () => {
    const r = await registered('Endang Purwaningsih', 'Keripik Tempe Endang');
    const res = await t.get(`/api/v1/people/${r.personId}/subject-data.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const text = String(res.body);
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text).toContain('(Endang Purwaningsih)');
    expect(text).toContain('Salinan data pribadi');
    expect(text).toContain(`NIK: ${r.nik}`);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    const pdfLog = (await auditOf('person.subject_data')).find(
      (a: { entityId: number }) => a.entityId === r.personId,
    );
    expect(pdfLog.details.format).toBe('pdf');
  });

  it('is for the privacy officer only, and not for records outside her area', async () => {
    const r = await registered('Tutik Handayani', 'Bakpia Tutik');
    const enumerator = await t.as('enumerator');
    expect((await enumerator.get(`/api/v1/people/${r.personId}/subject-data`)).status).toBe(403);
    const sukun = await t.as('operator', '35.73.04');
    expect((await sukun.get(`/api/v1/people/${r.personId}/subject-data.pdf`)).status).toBe(404);
  });
});

describe('erasure', () => {
  it('erases her personal data in one go; businesses stay only as anonymous figures', async () => {
    const r = await registered('Murniati Kusumawardani', 'Kue Lapis Murniati Legit');
    await t.post(`/api/v1/businesses/${r.businessId}/permits`, { type: 'SKU', number: 'SKU/ERASE/2026/9' });
    const p = (await t.get(`/api/v1/people/${r.personId}`)).body;
    await t.patch(`/api/v1/people/${r.personId}`, { version: p.version, phone: '0813 5555 4444' });
    const before = await summary();

    const bad = await t.post(`/api/v1/people/${r.personId}/erase`, { reason: '' });
    expect(bad.status).toBe(400);
    const res = await t.post(`/api/v1/people/${r.personId}/erase`, { reason: 'Permintaan tertulis pemilik' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ personId: r.personId, businessesAnonymised: 1 });

    const person = (await t.get(`/api/v1/people/${r.personId}`)).body;
    expect(person).toMatchObject({
      name: `Dihapus atas permintaan (ID ${r.personId})`,
      nik: null,
      phone: null,
      birthDate: null,
      street: null,
      education: null,
    });
    expect(person.erasedAt).not.toBeNull();
    const reveal = await t.post(`/api/v1/people/${r.personId}/reveal`, {
      field: 'nik',
      purpose: 'uji penghapusan',
    });
    expect(reveal.body.value).toBeNull();

    // No route gives any of her personal values back, the history included.
    const everywhere = JSON.stringify([
      person,
      (await t.get(`/api/v1/people/${r.personId}/history`)).body,
      (await t.get(`/api/v1/businesses/${r.businessId}`)).body,
      (await t.get(`/api/v1/businesses/${r.businessId}/history`)).body,
      (await t.get(`/api/v1/people/${r.personId}/subject-data`)).body,
      (await t.get(`/api/v1/permits?businessId=${r.businessId}`)).body,
    ]);
    const maskedNik = `${r.nik.slice(0, 4)}********${r.nik.slice(12)}`;
    for (const value of [
      'Murniati',
      'Lapis',
      r.nik,
      maskedNik,
      '7890',
      '4444',
      'Jl. Sanan',
      'SKU/ERASE',
      '1985-04-18',
    ]) {
      expect({ value, found: everywhere.includes(value) }).toEqual({ value, found: false });
    }
    const biz = (await t.get(`/api/v1/businesses/${r.businessId}`)).body;
    expect(biz).toMatchObject({
      kbliCode: '10794',
      kelurahanCode: '35.73.01.1007',
      latitude: null,
      monthlyTurnover: null,
    });
    expect(await t.get('/api/v1/people?q=murniati').then(ids)).not.toContain(r.personId);
    expect(await t.get('/api/v1/businesses?limit=200').then(ids)).not.toContain(r.businessId);
    expect(await summary()).toEqual(before);

    const logged = (await auditOf('person.erase')).find(
      (a: { entityId: number }) => a.entityId === r.personId,
    );
    expect(logged.details).toMatchObject({ reason: 'Permintaan tertulis pemilik', businessesAnonymised: 1 });
    expect((await t.post(`/api/v1/people/${r.personId}/erase`, { reason: 'sekali lagi' })).status).toBe(409);
    expect((await t.post(`/api/v1/people/${r.personId}/consent`, consent)).status).toBe(409);
  });

  it('changes nothing when any step fails', async () => {
    const r = await registered('Sunarsih Widodo', 'Jamu Gendong Sunarsih');
    await t.post(`/api/v1/businesses/${r.businessId}/permits`, { type: 'SKU', number: 'SKU/ATOM/2026/1' });
    // The last writes (permit numbers, history) fail: the person and business edits before them must not stay.
    await sql`create function fail_erase() returns trigger language plpgsql as $$
      begin raise exception 'uji atomik'; end $$`.execute(t.db);
    await sql`create trigger fail_erase before update on permits for each row execute function fail_erase()`.execute(
      t.db,
    );
    try {
      const res = await t.post(`/api/v1/people/${r.personId}/erase`, { reason: 'uji transaksi tunggal' });
      expect(res.status).toBe(500);
    } finally {
      await sql`drop trigger fail_erase on permits`.execute(t.db);
      await sql`drop function fail_erase()`.execute(t.db);
    }
    const person = (await t.get(`/api/v1/people/${r.personId}`)).body;
    expect(person).toMatchObject({ name: 'Sunarsih Widodo', erasedAt: null });
    expect((await t.get(`/api/v1/businesses/${r.businessId}`)).body.name).toBe('Jamu Gendong Sunarsih');
    expect(
      await auditOf('person.erase').then((a) => a.map((e: { entityId: number }) => e.entityId)),
    ).not.toContain(r.personId);
  });
});

describe('data-subject requests', () => {
  it('carries the legal deadline and flags a request open past it', async () => {
    const r = await registered('Siti Khotimah', 'Kerupuk Samiler Khotimah');
    const receivedAt = hoursAgo(4 * 24);
    const late = await t.post('/api/v1/subject-requests', {
      personId: r.personId,
      kind: 'access',
      channel: 'paper',
      receivedAt,
      note: 'Minta salinan data',
    });
    expect(late.status).toBe(201);
    expect(Date.parse(late.body.dueAt) - Date.parse(receivedAt)).toBe(72 * HOUR);
    expect(late.body).toMatchObject({ status: 'open', overdue: true, personName: 'Siti Khotimah' });
    const fresh = await t.post('/api/v1/subject-requests', {
      personId: r.personId,
      kind: 'rectification',
      channel: 'phone',
    });
    expect(fresh.body.overdue).toBe(false);

    const overdue = await t.get('/api/v1/subject-requests?overdue=true');
    expect(ids(overdue)).toContain(late.body.id);
    expect(ids(overdue)).not.toContain(fresh.body.id);
    expect(ids(await t.get('/api/v1/subject-requests?overdue=false'))).toContain(fresh.body.id);
    expect(ids(await t.get('/api/v1/subject-requests?kind=rectification'))).toEqual([fresh.body.id]);

    const closed = await t.patch(`/api/v1/subject-requests/${late.body.id}`, {
      status: 'done',
      outcome: 'Salinan PDF diserahkan langsung',
    });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'done', overdue: false, closedByName: 'penguji' });
    expect(closed.body.closedAt).not.toBeNull();
    const tooShort = await t.patch(`/api/v1/subject-requests/${late.body.id}`, {
      status: 'rejected',
      outcome: 'x',
    });
    expect(tooShort.status).toBe(400);
    const again = await t.patch(`/api/v1/subject-requests/${late.body.id}`, {
      status: 'rejected',
      outcome: 'sudah selesai',
    });
    expect(again.status).toBe(409);
  });

  it('keeps requests about people outside the caller’s area out of her reach', async () => {
    const r = await registered('Rukmini Sari', 'Sari Kedelai Rukmini');
    const req = (
      await t.post('/api/v1/subject-requests', { personId: r.personId, kind: 'erasure', channel: 'web' })
    ).body;
    const sukun = await t.as('operator', '35.73.04');
    expect(ids(await sukun.get('/api/v1/subject-requests'))).not.toContain(req.id);
    expect(
      (await sukun.patch(`/api/v1/subject-requests/${req.id}`, { status: 'done', outcome: 'dihapus' }))
        .status,
    ).toBe(404);
    expect(
      (await sukun.post('/api/v1/subject-requests', { personId: r.personId, kind: 'access', channel: 'web' }))
        .status,
    ).toBe(404);
  });
});

describe('breach register', () => {
  it('counts down the 3×24-hour notification clock and records the notifications', async () => {
    const late = await t.post('/api/v1/breaches', {
      discoveredAt: hoursAgo(80),
      description: 'Laptop enumerator berisi ekspor data hilang',
      dataCategories: ['identity', 'contact'],
      peopleAffected: 120,
    });
    expect(late.status).toBe(201);
    expect(Date.parse(late.body.notifyBy) - Date.parse(late.body.discoveredAt)).toBe(72 * HOUR);
    expect(late.body.hoursLeft).toBeCloseTo(-8, 0);
    const recent = (
      await t.post('/api/v1/breaches', {
        discoveredAt: hoursAgo(10),
        description: 'Kata sandi operator terlihat di grup WhatsApp',
        dataCategories: ['account'],
      })
    ).body;
    expect(recent.hoursLeft).toBeCloseTo(62, 0);
    expect(recent.recordedByName).toBe('penguji');

    const early = await t.patch(`/api/v1/breaches/${late.body.id}`, { notifiedSubjectsAt: hoursAgo(90) });
    expect(early.status).toBe(400);
    expect(early.body.error.fields[0]).toMatchObject({
      path: 'notifiedSubjectsAt',
      code: 'BEFORE_DISCOVERY',
    });
    const told = await t.patch(`/api/v1/breaches/${late.body.id}`, {
      notifiedSubjectsAt: hoursAgo(2),
      notifiedAuthorityAt: hoursAgo(1),
      status: 'contained',
    });
    expect(told.status).toBe(200);
    expect(told.body).toMatchObject({ status: 'contained', peopleAffected: 120 });
    expect(told.body.notifiedAuthorityAt).not.toBeNull();
    const list = (await t.get('/api/v1/breaches')).body.items;
    expect(list.map((b: { id: number }) => b.id)).toEqual([recent.id, late.body.id]);

    expect((await (await t.as('operator')).get('/api/v1/breaches')).status).toBe(403);
    expect((await t.patch('/api/v1/breaches/999999', { status: 'closed' })).status).toBe(404);
  });
});
