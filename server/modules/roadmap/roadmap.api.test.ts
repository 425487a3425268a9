import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, jakartaToday } from '../../../shared/rules/mentoring.ts';
import { business, owner } from '../../test/factories.ts';
import { type Client, createTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let pendamping: Client; // Blimbing
let sukun: Client; // a pendamping of another kecamatan
let kesehatan: Client; // mitra of the health office
let koperasi: Client; // mitra of another office
let pendampingId: number;
let businessId: number;
let roadmapId: number;
const today = jakartaToday();

async function mitra(office: string) {
  const c = await t.as('mitra', '35.73', `Mitra ${office}`);
  const me = (await c.get('/api/v1/auth/me')).body;
  await t.db.updateTable('users').set({ partner_office: office }).where('id', '=', me.id).execute();
  return c;
}

async function add(body: Record<string, unknown>) {
  const res = await pendamping.post(`/api/v1/roadmaps/${roadmapId}/interventions`, body);
  expect(res.status).toBe(200);
  return res.body;
}

beforeAll(async () => {
  t = await createTestApp();
  pendamping = await t.as('pendamping', '35.73.01', 'Bu Rina Pendamping');
  pendampingId = (await pendamping.get('/api/v1/auth/me')).body.id;
  sukun = await t.as('pendamping', '35.73.04', 'Pendamping Sukun');
  kesehatan = await mitra('Dinas Kesehatan Kota Malang');
  koperasi = await mitra('Dinas Koperasi dan UMKM');
  const b = await t.post(
    '/api/v1/businesses',
    business({ owner: owner({ name: 'Siti Aminah Rahayu', phone: '0812-3456-7890' }) }),
  );
  businessId = b.body.business.id;
});
afterAll(() => t.close());

describe('roadmap per business', () => {
  it('creates one active roadmap, carried by its creator by default', async () => {
    const none = await pendamping.get(`/api/v1/businesses/${businessId}/roadmap`);
    expect(none.body).toEqual({ roadmap: null });
    const res = await pendamping.post(`/api/v1/businesses/${businessId}/roadmap`, {
      targetLevel: 2,
      targetDate: '2027-06-30',
    });
    expect(res.status).toBe(200);
    expect(res.body.roadmap).toMatchObject({
      targetLevel: 2,
      targetDate: '2027-06-30',
      responsibleUserId: pendampingId,
      responsibleName: 'Bu Rina Pendamping',
      interventions: [],
    });
    roadmapId = res.body.roadmap.id;
    const again = await pendamping.post(`/api/v1/businesses/${businessId}/roadmap`, { targetLevel: 3 });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('ROADMAP_EXISTS');
  });

  it('refuses a target level outside IR 1–3 and a stale version', async () => {
    const bad = await pendamping.patch(`/api/v1/roadmaps/${roadmapId}`, { targetLevel: 4, version: 1 });
    expect(bad.status).toBe(400);
    const ok = await pendamping.patch(`/api/v1/roadmaps/${roadmapId}`, {
      notes: 'Fokus legalitas',
      version: 1,
    });
    expect(ok.body.roadmap).toMatchObject({ notes: 'Fokus legalitas', version: 2 });
    const stale = await pendamping.patch(`/api/v1/roadmaps/${roadmapId}`, { notes: 'x', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');
  });
});

describe('interventions and their statuses', () => {
  it('takes the pillar from the type and flags overdue on the Jakarta calendar', async () => {
    const late = await add({ type: 'fasilitasi_nib', title: 'Fasilitasi NIB', dueDate: addDays(today, -3) });
    expect(late).toMatchObject({ pillar: 'legalitas', status: 'planned', overdue: true });
    expect(late.next).toEqual(['in_progress', 'done', 'done_no_result', 'unreachable', 'declined']);
    const dueToday = await add({ type: 'pelatihan', title: 'Pelatihan pembukuan', dueDate: today });
    expect(dueToday).toMatchObject({ pillar: 'sdm', overdue: false });
    const own = await add({ type: 'pelatihan', pillar: 'pasar', title: 'Pelatihan foto produk' });
    expect(own).toMatchObject({ pillar: 'pasar', overdue: false, dueDate: null });
  });

  it('moves along the allowed transitions only, with outcome and reopening note', async () => {
    const i = await add({ type: 'kunjungan', title: 'Kunjungan pertama', dueDate: addDays(today, -1) });
    const move = (body: Record<string, unknown>) =>
      pendamping.post(`/api/v1/interventions/${i.id}/status`, body);
    const noOutcome = await move({ status: 'done', version: 1 });
    expect(noOutcome.status).toBe(400);
    expect(noOutcome.body.error.fields[0]).toMatchObject({ path: 'outcome' });
    expect(noOutcome.body.error.fields[0].message).toContain('Tuliskan hasil');
    const started = await move({ status: 'in_progress', version: 1 });
    expect(started.body).toMatchObject({ status: 'in_progress', overdue: true, version: 2 });
    const done = await move({ status: 'done', outcome: 'Pembukuan harian dimulai', version: 2 });
    expect(done.body).toMatchObject({ status: 'done', outcome: 'Pembukuan harian dimulai', overdue: false });
    expect(done.body.next).toEqual(['in_progress']);
    const refused = await move({ status: 'declined', version: 3 });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      code: 'STATUS_TRANSITION',
      message:
        'Status "Selesai, berhasil" tidak dapat diubah menjadi "Ditolak pelaku usaha"; yang boleh: "Berjalan".',
    });
    const noNote = await move({ status: 'in_progress', version: 3 });
    expect(noNote.status).toBe(400);
    expect(noNote.body.error.fields[0].path).toBe('note');
    const stale = await move({ status: 'in_progress', note: 'Dibuka lagi', version: 2 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');
    const reopened = await move({ status: 'in_progress', note: 'Perlu kunjungan lanjutan', version: 3 });
    expect(reopened.body.status).toBe('in_progress');
    expect(reopened.body.log.map((l: { from: string | null; to: string }) => [l.from, l.to])).toEqual([
      [null, 'planned'],
      ['planned', 'in_progress'],
      ['in_progress', 'done'],
      ['done', 'in_progress'],
    ]);
    expect(reopened.body.log[3]).toMatchObject({
      note: 'Perlu kunjungan lanjutan',
      actor: 'Bu Rina Pendamping',
    });
  });

  it('answers 404 outside the caller’s area, as for a missing record', async () => {
    const i = await add({ type: 'katalog', title: 'Foto katalog' });
    expect((await sukun.get(`/api/v1/businesses/${businessId}/roadmap`)).status).toBe(404);
    expect((await sukun.get(`/api/v1/interventions/${i.id}`)).status).toBe(404);
    expect(
      (await sukun.post(`/api/v1/interventions/${i.id}/status`, { status: 'in_progress', version: 1 }))
        .status,
    ).toBe(404);
    expect((await sukun.post(`/api/v1/roadmaps/${roadmapId}/apply-template`, { templateId: 1 })).status).toBe(
      404,
    );
    expect(
      (await sukun.post(`/api/v1/roadmaps/${roadmapId}/interventions`, { type: 'katalog', title: 'x y z' }))
        .status,
    ).toBe(404);
    expect((await pendamping.get('/api/v1/interventions/999999')).status).toBe(404);
  });
});

describe('referrals to partner offices', () => {
  let referral: { id: number };
  it('shows a referral to its office only, with no NIK or turnover', async () => {
    referral = await add({
      type: 'fasilitasi_pirt',
      title: 'Fasilitasi P-IRT',
      partnerOffice: '  Dinas Kesehatan Kota Malang ',
      dueDate: addDays(today, -2),
    });
    const list = (await kesehatan.get('/api/v1/referrals')).body;
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({
      id: referral.id,
      businessName: 'Kripik Tempe Sanan Jaya',
      partnerOffice: 'Dinas Kesehatan Kota Malang',
      overdue: true,
    });
    const detail = (await kesehatan.get(`/api/v1/referrals/${referral.id}`)).body;
    expect(detail).toMatchObject({
      ownerFirstName: 'Siti',
      ownerPhone: expect.stringMatching(/\*/),
      products: 'keripik tempe, keripik sanjai',
      kelurahanName: 'Purwantoro',
      kecamatanName: 'Blimbing',
    });
    expect(detail.ownerPhone).not.toContain('3456');
    const text = JSON.stringify(detail);
    expect(text).not.toMatch(/nik|turnover|omzet|Rahayu/i);
    expect((await kesehatan.get('/api/v1/referrals?overdue=false')).body.total).toBe(0);
    expect((await kesehatan.get('/api/v1/referrals?status=done')).body.total).toBe(0);
  });

  it('hides it from another office (404) and the registry from every mitra (403)', async () => {
    expect((await koperasi.get('/api/v1/referrals')).body).toEqual({ items: [], total: 0 });
    expect((await koperasi.get(`/api/v1/referrals/${referral.id}`)).status).toBe(404);
    const move = await koperasi.post(`/api/v1/referrals/${referral.id}/status`, {
      status: 'in_progress',
      version: 1,
    });
    expect(move.status).toBe(404);
    expect((await kesehatan.get(`/api/v1/businesses/${businessId}/roadmap`)).status).toBe(403);
    expect((await kesehatan.get(`/api/v1/interventions/${referral.id}`)).status).toBe(403);
    expect((await kesehatan.get('/api/v1/businesses')).status).toBe(403);
  });

  it('answers a partner system by the office of its API token', async () => {
    const token = async (partnerOffice: string) => {
      const made = await t.post('/api/v1/tokens', {
        name: `Sistem ${partnerOffice}`,
        role: 'mitra',
        scopeCode: '35.73',
        partnerOffice,
      });
      return (path: string) =>
        t.anonymous().call('GET', path, undefined, { authorization: `Bearer ${made.body.secret}` });
    };
    const health = await token('Dinas Kesehatan Kota Malang');
    expect((await health('/api/v1/referrals')).body.items.map((i: { id: number }) => i.id)).toEqual([
      referral.id,
    ]);
    const other = await token('Kemenag Kota Malang');
    expect((await other(`/api/v1/referrals/${referral.id}`)).status).toBe(404);
  });

  it('lets the office update status and outcome, seen by the pendamping', async () => {
    const started = await kesehatan.post(`/api/v1/referrals/${referral.id}/status`, {
      status: 'in_progress',
      version: 1,
    });
    expect(started.body).toMatchObject({ status: 'in_progress', version: 2 });
    const done = await kesehatan.post(`/api/v1/referrals/${referral.id}/status`, {
      status: 'done',
      outcome: 'Penyuluhan keamanan pangan diikuti; P-IRT terbit',
      version: 2,
    });
    expect(done.status).toBe(200);
    const seen = (await pendamping.get(`/api/v1/interventions/${referral.id}`)).body;
    expect(seen).toMatchObject({
      status: 'done',
      outcome: 'Penyuluhan keamanan pangan diikuti; P-IRT terbit',
    });
    expect(seen.log.at(-1).actor).toBe('Mitra Dinas Kesehatan Kota Malang');
    // An owner who withdrew consent is no longer processed: her referrals leave the office's list.
    const b = (await t.post('/api/v1/businesses', business({ owner: owner() }))).body.business;
    const r = (await pendamping.post(`/api/v1/businesses/${b.id}/roadmap`, { targetLevel: 2 })).body.roadmap;
    const sent = await pendamping.post(`/api/v1/roadmaps/${r.id}/interventions`, {
      type: 'fasilitasi_pirt',
      title: 'P-IRT kedua',
      partnerOffice: 'Dinas Kesehatan Kota Malang',
    });
    expect((await kesehatan.get(`/api/v1/referrals/${sent.body.id}`)).status).toBe(200);
    await t.post(`/api/v1/people/${b.ownerId}/consent`, {
      textVersion: 'UJI',
      channel: 'web',
      purposes: ['registry'],
    });
    await t.post(`/api/v1/people/${b.ownerId}/withdraw-consent`, { reason: 'tidak ingin didata lagi' });
    expect((await kesehatan.get(`/api/v1/referrals/${sent.body.id}`)).status).toBe(404);
    expect((await kesehatan.get('/api/v1/referrals')).body.total).toBe(1);
    // The agency's staff see every referral of their area.
    expect(
      (await t.get('/api/v1/referrals?status=done')).body.items.map((i: { id: number }) => i.id),
    ).toEqual([referral.id]);
  });

  it('lists open referrals first, the soonest due on top, and the closed ones after', async () => {
    const later = await add({
      type: 'fasilitasi_pirt',
      title: 'Uji laboratorium',
      partnerOffice: 'Dinas Kesehatan Kota Malang',
      dueDate: addDays(today, 40),
    });
    const sooner = await add({
      type: 'fasilitasi_pirt',
      title: 'Penyuluhan keamanan pangan',
      partnerOffice: 'Dinas Kesehatan Kota Malang',
      dueDate: addDays(today, 20),
    });
    const ids = (await kesehatan.get('/api/v1/referrals')).body.items.map((i: { id: number }) => i.id);
    // The closed one (done, due two days ago) would come first by due date alone. Both are due after
    // the next 14 days, so Pekerjaan saya below does not list them as coming.
    expect(ids).toEqual([sooner.id, later.id, referral.id]);
  });
});

describe('adapting and closing', () => {
  it('edits an intervention with its version and closes the roadmap so a new one can start', async () => {
    const i = await add({ type: 'rujukan_kur', title: 'Rujukan KUR' });
    const edited = await pendamping.patch(`/api/v1/interventions/${i.id}`, {
      dueDate: '2027-02-01',
      partnerOffice: 'Bank Jatim Cabang Malang',
      version: 1,
    });
    expect(edited.body).toMatchObject({
      dueDate: '2027-02-01',
      partnerOffice: 'Bank Jatim Cabang Malang',
      version: 2,
    });
    expect(edited.body.pillar).toBe('pembiayaan');
    const stale = await pendamping.patch(`/api/v1/interventions/${i.id}`, {
      title: 'Rujukan KUR mikro',
      version: 1,
    });
    expect(stale.status).toBe(409);
    const other = (await t.post('/api/v1/businesses', business({ owner: owner() }))).body.business.id;
    const first = (await pendamping.post(`/api/v1/businesses/${other}/roadmap`, { targetLevel: 2 })).body
      .roadmap;
    const closed = await pendamping.patch(`/api/v1/roadmaps/${first.id}`, { closed: true, version: 1 });
    expect(closed.body).toEqual({ roadmap: null });
    const again = await pendamping.patch(`/api/v1/roadmaps/${first.id}`, { notes: 'x', version: 2 });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('ROADMAP_CLOSED');
    const next = await pendamping.post(`/api/v1/businesses/${other}/roadmap`, { targetLevel: 3 });
    expect(next.body.roadmap).toMatchObject({ targetLevel: 3 });
    expect(next.body.roadmap.id).not.toBe(first.id);
  });
});

describe('merging duplicates', () => {
  it('refuses to merge two businesses that both have an open roadmap, and merges once one is closed', async () => {
    const make = async (name: string) =>
      (await t.post('/api/v1/businesses', business({ name, owner: owner() }))).body.business.id as number;
    const [a, b] = [await make('Keripik Dobel A'), await make('Keripik Dobel B')];
    const plans = [];
    for (const id of [a, b])
      plans.push((await t.post(`/api/v1/businesses/${id}/roadmap`, { targetLevel: 2 })).body.roadmap);
    const pair = await t.db
      .insertInto('link_reviews')
      .values({ kind: 'business', a_id: a, b_id: b, score: 12, evidence: '[]' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const refused = await t.post(`/api/v1/reviews/${pair.id}/decision`, { decision: 'same' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('MERGE_CONFLICT');
    expect((await t.get(`/api/v1/businesses/${b}`)).status).toBe(200);
    const closed = await t.patch(`/api/v1/roadmaps/${plans[1].id}`, {
      version: plans[1].version,
      closed: true,
    });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    const merged = await t.post(`/api/v1/reviews/${pair.id}/decision`, { decision: 'same' });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    expect((await t.get(`/api/v1/businesses/${a}/roadmap`)).body.roadmap.id).toBe(plans[0].id);
  });
});

describe('my work', () => {
  it('lists her businesses, overdue and next-14-days interventions by due date', async () => {
    const soon = await add({ type: 'marketplace', title: 'Buka toko daring', dueDate: addDays(today, 5) });
    const later = await add({ type: 'pameran', title: 'Gelar Produk', dueDate: addDays(today, 30) });
    const mine = (await pendamping.get('/api/v1/my-work')).body;
    expect(mine.today).toBe(today);
    // Her roadmaps, first due first; the one whose owner withdrew consent is left out.
    expect(mine.businesses).toHaveLength(2);
    expect(mine.businesses[0]).toMatchObject({
      businessId,
      businessName: 'Kripik Tempe Sanan Jaya',
      targetLevel: 2,
      overdue: 2,
      nextDue: addDays(today, -3),
    });
    const titles = (items: { title: string }[]) => items.map((i) => i.title);
    expect(titles(mine.overdue)).toEqual(['Fasilitasi NIB', 'Kunjungan pertama']);
    expect(titles(mine.upcoming)).toEqual(['Pelatihan pembukuan', 'Buka toko daring']);
    expect(titles(mine.upcoming)).not.toContain(later.title);
    expect(mine.upcoming[1]).toMatchObject({ id: soon.id, dueDate: addDays(today, 5), overdue: false });
    const other = (await sukun.get('/api/v1/my-work')).body;
    expect(other).toMatchObject({ businesses: [], overdue: [], upcoming: [] });
  });
});

describe('templates', () => {
  it('applies a seeded template as planned interventions due at start + offset', async () => {
    const list = (await pendamping.get('/api/v1/roadmap-templates?level=1&sector=pangan')).body.items;
    const food = list.find((x: { name: string }) => x.name.startsWith('IR 1 Makanan'));
    expect(food.lines.map((l: { type: string }) => l.type)).toEqual([
      'pelatihan',
      'fasilitasi_nib',
      'fasilitasi_pirt',
      'fasilitasi_halal',
      'rujukan_mekaar',
    ]);
    const before = (await pendamping.get(`/api/v1/businesses/${businessId}/roadmap`)).body.roadmap
      .interventions;
    const res = await pendamping.post(`/api/v1/roadmaps/${roadmapId}/apply-template`, {
      templateId: food.id,
      startDate: '2027-01-01',
    });
    expect(res.status).toBe(200);
    const added = res.body.roadmap.interventions.filter(
      (i: { id: number }) => !before.some((b: { id: number }) => b.id === i.id),
    );
    const byTitle = Object.fromEntries(added.map((i: { title: string }) => [i.title, i]));
    expect(added).toHaveLength(5);
    expect(byTitle['Pendampingan halal self-declare']).toMatchObject({
      dueDate: '2027-04-01',
      partnerOffice: 'Kemenag Kota Malang',
      pillar: 'legalitas',
      status: 'planned',
      responsibleUserId: null,
    });
    expect(byTitle['Pelatihan pembukuan sederhana']).toMatchObject({
      dueDate: '2027-01-31',
      responsibleUserId: pendampingId,
      partnerOffice: null,
    });
  });

  it('is managed by admin and operator only', async () => {
    const input = {
      name: 'IR 1 Kayu: dasar',
      level: 1,
      sector: 'kayu',
      lines: [{ pillar: 'sdm', type: 'pelatihan', title: 'Pelatihan finishing', offsetDays: 20 }],
    };
    expect((await pendamping.post('/api/v1/roadmap-templates', input)).status).toBe(403);
    const made = await t.post('/api/v1/roadmap-templates', input);
    expect(made.body).toMatchObject({ name: 'IR 1 Kayu: dasar', active: true, version: 1 });
    const off = await t.patch(`/api/v1/roadmap-templates/${made.body.id}`, { active: false, version: 1 });
    expect(off.body).toMatchObject({ active: false, version: 2 });
    const shown = (await pendamping.get('/api/v1/roadmap-templates')).body.items.map(
      (x: { id: number }) => x.id,
    );
    expect(shown).not.toContain(made.body.id);
    const apply = await pendamping.post(`/api/v1/roadmaps/${roadmapId}/apply-template`, {
      templateId: made.body.id,
    });
    expect(apply.status).toBe(404);
    const empty = await t.post('/api/v1/roadmap-templates', { ...input, lines: [] });
    expect(empty.status).toBe(400);
  });
});

describe('satisfaction', () => {
  it('asks only after done; the owner answers once through a hashed token', async () => {
    const i = await add({ type: 'pelatihan', title: 'Pelatihan kemasan' });
    expect((await pendamping.post(`/api/v1/interventions/${i.id}/satisfaction-link`, {})).status).toBe(409);
    await pendamping.post(`/api/v1/interventions/${i.id}/status`, {
      status: 'done',
      outcome: 'Kemasan baru dipakai',
      version: 1,
    });
    const link = (await pendamping.post(`/api/v1/interventions/${i.id}/satisfaction-link`, {})).body;
    expect(link.path).toBe(`/kepuasan/${link.token}`);
    const stored = await t.db.selectFrom('satisfaction_links').select('token_hash').execute();
    expect(stored.map((s) => s.token_hash)).not.toContain(link.token);
    const anon = t.anonymous();
    const page = await anon.get(`/api/v1/satisfaction/${link.token}`);
    expect(page.body).toEqual({
      title: 'Pelatihan kemasan',
      question: expect.stringContaining('1 = sangat tidak puas'),
      answered: false,
    });
    expect((await anon.post(`/api/v1/satisfaction/${link.token}`, { score: 6 })).status).toBe(400);
    const answer = await anon.post(`/api/v1/satisfaction/${link.token}`, { score: 4, comment: 'Bermanfaat' });
    expect(answer.status).toBe(200);
    const twice = await anon.post(`/api/v1/satisfaction/${link.token}`, { score: 1 });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('LINK_USED');
    expect((await anon.get(`/api/v1/satisfaction/${link.token}`)).body.answered).toBe(true);
    expect((await anon.get(`/api/v1/satisfaction/${'x'.repeat(32)}`)).status).toBe(404);
    const seen = (await pendamping.get(`/api/v1/interventions/${i.id}`)).body;
    expect(seen.satisfaction).toMatchObject({ score: 4, comment: 'Bermanfaat', channel: 'pemilik' });
    const byHand = await pendamping.post(`/api/v1/interventions/${i.id}/satisfaction`, { score: 5 });
    expect(byHand.body.satisfaction).toMatchObject({ score: 5, channel: 'pendamping', comment: null });
  });
});

describe('aggregates', () => {
  it('counts interventions by pillar × status in the caller’s area', async () => {
    const all = (await t.get('/api/v1/roadmap-summary')).body;
    const rows = await t.db.selectFrom('interventions').select(['pillar', 'status']).execute();
    expect(all.total).toBe(rows.length);
    const legalDone = rows.filter((r) => r.pillar === 'legalitas' && r.status === 'done').length;
    expect(
      all.rows.find(
        (r: { pillar: string; status: string }) => r.pillar === 'legalitas' && r.status === 'done',
      ).count,
    ).toBe(legalDone);
    expect(all.overdue).toBe(2);
    const elsewhere = await t.as('pimpinan', '35.73.04');
    expect((await elsewhere.get('/api/v1/roadmap-summary')).body).toEqual({ rows: [], total: 0, overdue: 0 });
  });
});
