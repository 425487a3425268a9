import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { business, nik, owner } from '../../test/factories.ts';
import { type Client, createTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let sukunOperator: Client;
let blimbingOperator: Client;
const SUKUN = '35.73.04.1004';
const BLIMBING = '35.73.01.1007';

async function registered(name: string, kelurahanCode: string, kbliCode = '10794') {
  const res = await t.post(
    '/api/v1/businesses',
    business({
      name,
      kelurahanCode,
      kbliCode,
      owner: owner({ name: `Ibu ${name}`, nik: nik(), kelurahanCode }),
    }),
  );
  expect(res.status).toBe(201);
  return { id: res.body.business.id as number, ownerId: res.body.business.ownerId as number };
}

const food: number[] = []; // Sukun, food, no P-IRT: in ascending id order
let withPirt: number;
let tailor: number;
let blimbingFood: number;
let restricted: number;
let programmeId: number;
let sessionId: number;

beforeAll(async () => {
  t = await createTestApp();
  for (const n of ['Keripik Satu', 'Keripik Dua', 'Keripik Tiga', 'Keripik Empat', 'Keripik Lima']) {
    food.push((await registered(n, SUKUN)).id);
  }
  withPirt = (await registered('Kue Berizin', SUKUN)).id;
  await t.post(`/api/v1/businesses/${withPirt}/permits`, {
    type: 'PIRT',
    number: '2073573010123-29',
    issuedOn: '2024-02-01',
  });
  tailor = (await registered('Jahit Sukun', SUKUN, '14120')).id;
  blimbingFood = (await registered('Keripik Blimbing', BLIMBING)).id;
  const r = await registered('Keripik Menarik Diri', SUKUN);
  restricted = r.id;
  await t.post(`/api/v1/people/${r.ownerId}/consent`, {
    textVersion: 'UJI',
    channel: 'web',
    purposes: ['registry'],
  });
  await t.post(`/api/v1/people/${r.ownerId}/withdraw-consent`, { reason: 'tidak mau didata' });
  sukunOperator = await t.as('operator', '35.73.04', 'Operator Sukun');
  blimbingOperator = await t.as('operator', '35.73.01', 'Operator Blimbing');
  const p = await sukunOperator.post('/api/v1/programmes', {
    name: 'Pendampingan P-IRT',
    pillar: 'legalitas',
    organiser: 'Dinas Kesehatan Kota Malang',
    targetLevels: [1],
    targetSectors: ['pangan'],
    description: 'Pendampingan pengurusan izin P-IRT.',
  });
  expect(p.status).toBe(201);
  programmeId = p.body.id;
  const s = await sukunOperator.post(`/api/v1/programmes/${programmeId}/sessions`, {
    title: 'Penyuluhan keamanan pangan',
    startsAt: '2026-03-10T09:00:00+07:00',
    endsAt: '2026-03-10T15:00:00+07:00',
    place: 'Kantor Kelurahan Bandungrejosari',
    quota: 3,
    trainer: 'dr. Rina',
    scopeCode: '35.73.04',
  });
  expect(s.status).toBe(201);
  sessionId = s.body.id;
});
afterAll(() => t.close());

const FILTER = { sector: 'pangan', permitMissing: 'PIRT' };
const participants = async (id = sessionId) =>
  (await sukunOperator.get(`/api/v1/sessions/${id}`)).body.participants as {
    id: number;
    businessId: number;
    status: string;
    waitlistPosition: number | null;
  }[];

describe('enrolment from a filter', () => {
  it('refuses a session in an area outside the operator’s own', async () => {
    const res = await sukunOperator.post(`/api/v1/programmes/${programmeId}/sessions`, {
      title: 'Sesi Blimbing',
      startsAt: '2026-04-01T09:00:00+07:00',
      endsAt: '2026-04-01T12:00:00+07:00',
      place: 'Balai RW',
      quota: 10,
      scopeCode: '35.73.01',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0]).toMatchObject({ path: 'scopeCode', code: 'AREA_OUTSIDE_REGION' });
  });

  it('previews the count: food businesses without P-IRT in the caller’s area, restricted owners left out', async () => {
    const res = await sukunOperator.post(`/api/v1/sessions/${sessionId}/enrol-preview`, { filter: FILTER });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ count: 5, alreadyIn: 0, freeSeats: 3 });
    expect(res.body.preview.map((b: { id: number }) => b.id)).toEqual(food);
    // A city admin's filter is still cut to the session's area: the Blimbing business never appears.
    const city = await t.post(`/api/v1/sessions/${sessionId}/enrol-preview`, { filter: FILTER });
    expect(city.body.count).toBe(5);
    const blimbing = await sukunOperator.post(`/api/v1/sessions/${sessionId}/enrol-preview`, {
      filter: { ...FILTER, kecamatan: '35.73.01' },
    });
    expect(blimbing.body.count).toBe(0);
  });

  it('seats up to the quota and puts the rest on the waiting list in a stable order', async () => {
    const res = await sukunOperator.post(`/api/v1/sessions/${sessionId}/enrol`, { filter: FILTER });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      enrolled: 3,
      waitlisted: 2,
      skippedRestricted: 1,
      skippedAlreadyIn: 0,
      notFound: 0,
    });
    const list = await participants();
    expect(list.map((p) => [p.businessId, p.status, p.waitlistPosition])).toEqual([
      [food[0], 'enrolled', null],
      [food[1], 'enrolled', null],
      [food[2], 'enrolled', null],
      [food[3], 'waitlisted', 1],
      [food[4], 'waitlisted', 2],
    ]);
    expect(list.map((p) => p.businessId)).not.toContain(restricted);
    expect(list.map((p) => p.businessId)).not.toContain(withPirt);
    expect(list.map((p) => p.businessId)).not.toContain(tailor);
    const again = await sukunOperator.post(`/api/v1/sessions/${sessionId}/enrol`, { filter: FILTER });
    expect(again.body).toMatchObject({ enrolled: 0, waitlisted: 0, skippedAlreadyIn: 5 });
  });

  it('never enrols a business outside the caller’s area, nor one whose owner withdrew consent', async () => {
    const res = await sukunOperator.post(`/api/v1/sessions/${sessionId}/enrol`, {
      businessIds: [blimbingFood, restricted],
    });
    expect(res.body).toEqual({
      enrolled: 0,
      waitlisted: 0,
      skippedRestricted: 1,
      skippedAlreadyIn: 0,
      notFound: 1,
    });
    expect((await participants()).length).toBe(5);
  });

  it('promotes the first of the waiting list when a seated participant withdraws; a returner queues last', async () => {
    const [first] = await participants();
    const res = await sukunOperator.post(`/api/v1/participants/${first?.id}/withdraw`, {});
    expect(res.status).toBe(200);
    expect(res.body.promoted).toMatchObject({ businessId: food[3], status: 'enrolled' });
    const again = await sukunOperator.post(`/api/v1/participants/${first?.id}/withdraw`, {});
    expect(again.status).toBe(409);
    // The one who withdrew is listed last with the time she withdrew, and takes no seat.
    const detail = (await sukunOperator.get(`/api/v1/sessions/${sessionId}`)).body;
    expect(detail.enrolled).toBe(3);
    const gone = detail.participants.at(-1);
    expect(gone).toMatchObject({ businessId: food[0], status: 'withdrawn' });
    expect(Date.now() - Date.parse(gone.withdrawnAt)).toBeLessThan(60_000);
    expect(detail.participants.filter((p: { withdrawnAt: string | null }) => p.withdrawnAt)).toHaveLength(1);
    const back = await sukunOperator.post(`/api/v1/sessions/${sessionId}/enrol`, { businessIds: [food[0]] });
    expect(back.body).toMatchObject({ enrolled: 0, waitlisted: 1 });
    const list = await participants();
    expect(list.map((p) => [p.businessId, p.status, p.waitlistPosition])).toEqual([
      [food[1], 'enrolled', null],
      [food[2], 'enrolled', null],
      [food[3], 'enrolled', null],
      [food[4], 'waitlisted', 1],
      [food[0], 'waitlisted', 2],
    ]);
    expect(list.at(-1)).toMatchObject({ withdrawnAt: null });
  });

  it('hands out one last seat once when two enrolments race', async () => {
    const s = await sukunOperator.post(`/api/v1/programmes/${programmeId}/sessions`, {
      title: 'Kelas kecil',
      startsAt: '2026-12-01T09:00:00+07:00',
      endsAt: '2026-12-01T12:00:00+07:00',
      place: 'Balai RW 03',
      quota: 1,
      scopeCode: SUKUN,
    });
    const [a, b] = await Promise.all([
      sukunOperator.post(`/api/v1/sessions/${s.body.id}/enrol`, { businessIds: [food[0]] }),
      sukunOperator.post(`/api/v1/sessions/${s.body.id}/enrol`, { businessIds: [food[1]] }),
    ]);
    expect(a.body.enrolled + b.body.enrolled).toBe(1);
    expect(a.body.waitlisted + b.body.waitlisted).toBe(1);
    const raised = await sukunOperator.patch(`/api/v1/sessions/${s.body.id}`, { version: 1, quota: 2 });
    expect(raised.body.participants.map((p: { status: string }) => p.status)).toEqual([
      'enrolled',
      'enrolled',
    ]);
  });

  it('shows a city-wide session to a kecamatan operator: she enrols and sees her own area only, the city edits it', async () => {
    const city = await t.post(`/api/v1/programmes/${programmeId}/sessions`, {
      title: 'Kelas se-kota',
      startsAt: '2026-12-05T09:00:00+07:00',
      endsAt: '2026-12-05T12:00:00+07:00',
      place: 'Balai Kota Malang',
      quota: 10,
      scopeCode: '35.73',
    });
    const id = city.body.id;
    await t.post(`/api/v1/sessions/${id}/enrol`, { businessIds: [blimbingFood] });
    const mine = await sukunOperator.post(`/api/v1/sessions/${id}/enrol`, {
      businessIds: [tailor, blimbingFood],
    });
    expect(mine.body).toMatchObject({ enrolled: 1, notFound: 1 });
    const seen = (await sukunOperator.get(`/api/v1/sessions/${id}`)).body;
    expect(seen.participants.map((p: { businessId: number }) => p.businessId)).toEqual([tailor]);
    expect(seen.enrolled).toBe(2);
    const edit = await sukunOperator.patch(`/api/v1/sessions/${id}`, { version: 1, quota: 20 });
    expect(edit.status).toBe(403);
    const kelurahan = await t.as('pendamping', SUKUN, 'Pendamping Bandungrejosari');
    expect((await kelurahan.get(`/api/v1/sessions/${sessionId}`)).status).toBe(200);
    await t.post(`/api/v1/participants/${seen.participants[0].id}/withdraw`, {});
  });

  it('hides the session and its participants from another kecamatan', async () => {
    const [first] = await participants();
    expect((await blimbingOperator.get(`/api/v1/sessions/${sessionId}`)).status).toBe(404);
    expect((await blimbingOperator.post(`/api/v1/participants/${first?.id}/withdraw`, {})).status).toBe(404);
    const programme = (await blimbingOperator.get(`/api/v1/programmes/${programmeId}`)).body;
    expect(programme.sessions.map((x: { scopeName: string }) => x.scopeName)).toEqual(['Kota Malang']);
  });
});

describe('duplicates', () => {
  it('merges two duplicate businesses that were both enrolled, and un-merges them back', async () => {
    const a = (await registered('Tahu Kembar A', SUKUN)).id;
    const b = (await registered('Tahu Kembar B', SUKUN)).id;
    const own = await t.post('/api/v1/programmes', {
      name: 'Kelas Kemasan',
      pillar: 'produksi',
      organiser: 'Diskopindag',
    });
    const s = await t.post(`/api/v1/programmes/${own.body.id}/sessions`, {
      title: 'Kelas kembar',
      startsAt: '2026-12-10T09:00:00+07:00',
      endsAt: '2026-12-10T12:00:00+07:00',
      place: 'Balai RW 01',
      quota: 5,
      scopeCode: SUKUN,
    });
    await t.post(`/api/v1/sessions/${s.body.id}/enrol`, { businessIds: [a, b] });
    const review = await t.db
      .insertInto('link_reviews')
      .values({ kind: 'business', a_id: a, b_id: b, score: 9, evidence: '[]' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const merged = await t.post(`/api/v1/reviews/${review.id}/decision`, { decision: 'same', keep: 'a' });
    expect(merged.status).toBe(200);
    const after = (await t.get(`/api/v1/sessions/${s.body.id}`)).body.participants;
    expect(after.map((p: { businessId: number }) => p.businessId)).toEqual([a, a]);
    expect((await t.post(`/api/v1/merges/${merged.body.mergeId}/undo`, {})).status).toBe(200);
    const undone = (await t.get(`/api/v1/sessions/${s.body.id}`)).body.participants;
    expect(undone.map((p: { businessId: number }) => p.businessId)).toEqual([a, b]);
  });
});

describe('attendance, scores and certificates', () => {
  it('records attendance and scores of seated participants only, taken by a pendamping', async () => {
    const pendamping = await t.as('pendamping', '35.73.04', 'Pendamping Sukun');
    const list = await participants();
    const seated = list.filter((p) => p.status === 'enrolled');
    const scores = [
      [60, 85],
      [40, 70],
      [75, 80],
    ];
    for (const [i, p] of seated.entries()) {
      const [pre, post] = scores[i] as [number, number];
      const res = await pendamping.patch(`/api/v1/participants/${p.id}`, {
        attended: i < 2,
        preScore: pre,
        postScore: post,
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ attended: i < 2, preScore: pre, postScore: post });
    }
    const waiting = list.find((p) => p.status === 'waitlisted');
    expect((await pendamping.patch(`/api/v1/participants/${waiting?.id}`, { attended: true })).status).toBe(
      409,
    );
    expect((await pendamping.patch(`/api/v1/participants/${seated[0]?.id}`, { postScore: 101 })).status).toBe(
      400,
    );
    expect((await pendamping.post(`/api/v1/sessions/${sessionId}/enrol`, { filter: FILTER })).status).toBe(
      403,
    );
  });

  it('writes a certificate PDF with the participant’s name for one who attended, and audits it', async () => {
    const seated = (await participants()).filter((p) => p.status === 'enrolled');
    const absent = await t.get(`/api/v1/participants/${seated[2]?.id}/certificate.pdf`);
    expect(absent.status).toBe(409);
    const res = await sukunOperator.get(`/api/v1/participants/${seated[0]?.id}/certificate.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const text = String(res.body);
    expect(text.startsWith('%PDF-1.4')).toBe(true);
    expect(text).toContain('(Ibu Keripik Dua)');
    expect(text).toContain('(Pendampingan P-IRT)');
    expect(text).toContain('(SERTIFIKAT)');
    expect(text).toContain(
      `PILAR/2026/${String(sessionId).padStart(4, '0')}/${String(seated[0]?.id).padStart(5, '0')}`,
    );
    expect(text).toContain('(10 Maret 2026 di Kantor Kelurahan Bandungrejosari)');
    const audit = (await t.get('/api/v1/audit?action=participant.certificate')).body.items;
    expect(audit.some((a: { entityId: number }) => a.entityId === seated[0]?.id)).toBe(true);
  });
});

describe('outcomes and the before/after report', () => {
  // Turnover [older, latest before, on the day, first after, later] per seated business.
  const series: Record<number, [number, number, number | null, number, number]> = {
    0: [1_000_000, 2_000_000, null, 3_000_000, 9_000_000],
    1: [5_000_000, 4_000_000, 4_500_000, 3_500_000, 1_000_000],
    2: [2_000_000, 6_000_000, null, 8_000_000, 8_000_000],
  };
  const dates = ['2025-11-01', '2026-02-01', '2026-03-10', '2026-04-15', '2026-08-01'];

  it('records dated measures and lists them with the permits obtained', async () => {
    const res = await t.post(`/api/v1/businesses/${withPirt}/outcomes`, {
      measuredOn: '2026-01-05',
      monthlyTurnover: 3_000_000,
      workers: 2,
      marketChannels: ['whatsapp', 'marketplace'],
      financingAmount: 10_000_000,
      financingSource: 'KUR BRI',
    });
    expect(res.status).toBe(201);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).toMatchObject({
      monthlyTurnover: 3_000_000,
      marketChannels: ['whatsapp', 'marketplace'],
    });
    expect(res.body.permitsObtained).toEqual([
      expect.objectContaining({ type: 'PIRT', issuedOn: '2024-02-01' }),
    ]);
    const bad = await t.post(`/api/v1/businesses/${withPirt}/outcomes`, {
      measuredOn: '2026-01-05',
      financingAmount: 5,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0]).toMatchObject({ path: 'financingSource' });
    expect((await blimbingOperator.get(`/api/v1/businesses/${withPirt}/outcomes`)).status).toBe(404);
  });

  it('reports medians before and after the session, checked against hand-computed figures', async () => {
    const seated = (await participants()).filter((p) => p.status === 'enrolled');
    for (const [i, p] of seated.entries()) {
      const values = series[i] as (number | null)[];
      for (const [k, on] of dates.entries()) {
        if (values[k] === null) continue;
        const workers = k < 3 ? 2 : 2 + i; // 2 before; 2, 3, 4 after
        await t.post(`/api/v1/businesses/${p.businessId}/outcomes`, {
          measuredOn: on,
          monthlyTurnover: values[k],
          workers,
        });
      }
    }
    const pimpinan = await t.as('pimpinan', '35.73.04', 'Camat Sukun');
    const res = await pimpinan.get(`/api/v1/programmes/${programmeId}/report`);
    expect(res.status).toBe(200);
    // Counted once per business: the 'Kelas kecil' (1 December) also seats Keripik Satu and Keripik Dua, so
    // Keripik Dua's "after" is the first measure after 1 December (none yet): two businesses have both.
    // Keripik Tiga: 4.5 juta (on 10 March itself) → 3.5 juta; Keripik Empat: 6.0 → 8.0 juta.
    expect(res.body.turnover).toEqual({ withBoth: 2, before: 5_250_000, after: 5_750_000, improved: 1 });
    expect(res.body.workers).toEqual({ withBoth: 2, before: 2, after: 3.5, improved: 2 });
    // Four businesses (three seated here, two in the small class, one in both); five participations.
    expect(res.body.participants).toBe(4);
    expect(res.body.participations).toBe(5);
    expect(res.body.byKecamatan).toEqual([{ code: '35.73.04', name: 'Sukun', businesses: 4 }]);
    const independent = await sql<{ businesses: number; participations: number }>`
      select count(distinct sp.business_id)::int as businesses, count(*)::int as participations
      from session_participants sp join programme_sessions s on s.id = sp.session_id
      join businesses b on b.id = sp.business_id
      where s.programme_id = ${programmeId} and sp.status = 'enrolled' and b.kecamatan_code = '35.73.04'`.execute(
      t.db,
    );
    expect(independent.rows[0]).toEqual({ businesses: 4, participations: 5 });
    const main = res.body.sessions.find((s: { id: number }) => s.id === sessionId);
    expect(main).toMatchObject({
      enrolled: 3,
      waitlisted: 2,
      attended: 2,
      absent: 1,
      preMedian: 60,
      postMedian: 80,
      preMean: 58.3,
      postMean: 78.3,
    });
    expect(JSON.stringify(res.body)).not.toContain('Keripik');
    const all = (await pimpinan.get('/api/v1/programme-reports')).body.items;
    expect(all.find((r: { programmeId: number }) => r.programmeId === programmeId)).toEqual(
      expect.objectContaining({
        name: 'Pendampingan P-IRT',
        sessions: 3,
        participants: 4,
        participations: 5,
        turnover: res.body.turnover,
        workers: res.body.workers,
      }),
    );
    expect(all.map((r: { name: string }) => r.name)).toEqual(['Kelas Kemasan', 'Pendampingan P-IRT']);
    expect((await pimpinan.get(`/api/v1/sessions/${sessionId}`)).status).toBe(403);
    const blimbing = (await blimbingOperator.get(`/api/v1/programmes/${programmeId}/report`)).body;
    // Blimbing sees only the city-wide session and its own business in it.
    expect(blimbing.participants).toBe(1);
    expect(blimbing.sessions.map((x: { title: string }) => x.title)).toEqual(['Kelas se-kota']);
  });
});
