import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { business, nik, owner } from '../../test/factories.ts';
import { type Client, createTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let sukunOperator: Client;
let blimbingOperator: Client;
const SUKUN = '35.73.04.1004';
const BLIMBING = '35.73.01.1007';
const FILTER = { level: '2', sector: 'pangan', permit: 'PIRT' };
let pirtSerial = 100;

/** A business with (optionally) a valid P-IRT and a set IR level. */
async function registered(
  name: string,
  kelurahanCode: string,
  o: { kbliCode?: string; pirt?: boolean; level?: number } = {},
) {
  const res = await t.post(
    '/api/v1/businesses',
    business({
      name,
      kelurahanCode,
      kbliCode: o.kbliCode ?? '10794',
      owner: owner({ name: `Ibu ${name}`, nik: nik(), kelurahanCode }),
    }),
  );
  expect(res.status).toBe(201);
  const id = res.body.business.id as number;
  if (o.pirt) {
    pirtSerial++;
    const number = `2073573${String(pirtSerial % 100).padStart(2, '0')}${String(pirtSerial).padStart(4, '0')}-29`;
    const p = await t.post(`/api/v1/businesses/${id}/permits`, {
      type: 'PIRT',
      number,
      issuedOn: '2024-02-01',
    });
    expect(p.status).toBe(201);
  }
  if (o.level) await t.db.updateTable('businesses').set({ ir_level: o.level }).where('id', '=', id).execute();
  return { id, ownerId: res.body.business.ownerId as number };
}

const ids: Record<string, number> = {};
let eventId: number;

beforeAll(async () => {
  t = await createTestApp({ PILAR_SIGN_NAME: 'Dra. Sri Wahyuni, M.Si' });
  for (const n of ['Keripik Satu', 'Keripik Dua', 'Keripik Tiga']) {
    ids[n] = (await registered(n, SUKUN, { pirt: true, level: 2 })).id;
  }
  ids['Keripik IR1'] = (await registered('Keripik IR1', SUKUN, { pirt: true, level: 1 })).id;
  ids['Keripik Tanpa Izin'] = (await registered('Keripik Tanpa Izin', SUKUN, { level: 2 })).id;
  ids['Jahit Sukun'] = (await registered('Jahit Sukun', SUKUN, { kbliCode: '14120', level: 2 })).id;
  for (const n of ['Keripik Blimbing', 'Tempe Blimbing']) {
    ids[n] = (await registered(n, BLIMBING, { pirt: true, level: 2 })).id;
  }
  const r = await registered('Keripik Menarik Diri', SUKUN, { pirt: true, level: 2 });
  ids['Keripik Menarik Diri'] = r.id;
  await t.post(`/api/v1/people/${r.ownerId}/consent`, {
    textVersion: 'UJI',
    channel: 'web',
    purposes: ['registry'],
  });
  await t.post(`/api/v1/people/${r.ownerId}/withdraw-consent`, { reason: 'tidak mau didata' });
  sukunOperator = await t.as('operator', '35.73.04', 'Operator Sukun');
  blimbingOperator = await t.as('operator', '35.73.01', 'Operator Blimbing');
});
afterAll(() => t.close());

/** Independent count: food businesses at IR 2 with a valid P-IRT, owner not restricted, in an area. */
async function sqlCount(scope: string) {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from businesses b join people p on p.id = b.owner_id
    where b.sector = 'pangan' and b.ir_level = 2 and p.processing_restricted_at is null and p.erased_at is null
      and (b.kelurahan_code like ${`${scope}.%`})
      and exists (select 1 from permits x where x.business_id = b.id and x.type = 'PIRT'
                  and (x.expires_on is null or x.expires_on >= current_date))`.execute(t.db);
  return rows[0]?.n ?? -1;
}

type Participant = { id: number; businessName: string; invitation: string; boothCode: string | null };
async function participants(client: Client = t): Promise<Record<string, Participant>> {
  const res = await client.get(`/api/v1/exhibitions/${eventId}`);
  expect(res.status).toBe(200);
  return Object.fromEntries(res.body.participants.map((p: Participant) => [p.businessName, p]));
}

describe('events', () => {
  it('creates an event with its days derived from the dates and refuses an inverted range', async () => {
    const bad = await t.post('/api/v1/exhibitions', {
      name: 'Gelar Produk Terbalik',
      startDate: '2026-04-12',
      endDate: '2026-04-10',
      venue: 'Balai Kota',
      organiser: 'DP3AP2KB',
      quota: 3,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('endDate');
    const res = await sukunOperator.post('/api/v1/exhibitions', {
      name: 'Gelar Produk Industri Rumahan 2026',
      startDate: '2026-04-10',
      endDate: '2026-04-12',
      venue: 'Gedung Kartini',
      organiser: 'DP3AP2KB Kota Malang',
      quota: 3,
      criteria: 'IR 2 pangan dengan P-IRT',
      criteriaFilter: { sector: 'pangan' },
    });
    expect(res.status).toBe(201);
    eventId = res.body.id;
    expect(res.body).toMatchObject({
      status: 'rencana',
      days: ['2026-04-10', '2026-04-11', '2026-04-12'],
      criteriaFilter: { sector: 'pangan' },
    });
    // Events are city-wide: the Blimbing operator sees it too.
    const list = (await blimbingOperator.get('/api/v1/exhibitions')).body.items;
    expect(list.map((e: { id: number }) => e.id)).toContain(eventId);
  });
});

describe('participants', () => {
  it('previews and invites by the business list filter, within the caller’s area', async () => {
    const preview = await sukunOperator.post(`/api/v1/exhibitions/${eventId}/invite-preview`, {
      filter: FILTER,
    });
    expect(preview.status).toBe(200);
    expect(preview.body.count).toBe(await sqlCount('35.73.04'));
    expect(preview.body.count).toBe(3);
    const all = await t.post(`/api/v1/exhibitions/${eventId}/invite`, { filter: FILTER });
    expect(all.status).toBe(200);
    expect(all.body.invited).toBe(await sqlCount('35.73'));
    expect(all.body).toMatchObject({ invited: 5, skippedRestricted: 1, skippedAlreadyIn: 0 });
    // The filter used to pick the participants is kept as the event's criteria.
    expect((await t.get(`/api/v1/exhibitions/${eventId}`)).body.exhibition.criteriaFilter).toEqual(FILTER);
    const again = await t.post(`/api/v1/exhibitions/${eventId}/invite`, { filter: FILTER });
    expect(again.body).toMatchObject({ invited: 0, skippedAlreadyIn: 5 });
    const tailor = await t.post(`/api/v1/exhibitions/${eventId}/invite`, {
      businessIds: [ids['Jahit Sukun']],
    });
    expect(tailor.body.invited).toBe(1);
    const sukun = await participants(sukunOperator);
    expect(Object.keys(sukun).sort()).toEqual(['Jahit Sukun', 'Keripik Dua', 'Keripik Satu', 'Keripik Tiga']);
    expect(Object.values(sukun).every((p) => p.invitation === 'diundang')).toBe(true);
  });

  it('refuses a confirmation beyond the quota with a clear message', async () => {
    const p = await participants();
    for (const n of ['Keripik Satu', 'Keripik Dua', 'Keripik Blimbing']) {
      const res = await t.patch(`/api/v1/exhibition-participants/${p[n]?.id}`, {
        invitation: 'dikonfirmasi',
      });
      expect(res.status).toBe(200);
    }
    const over = await sukunOperator.patch(`/api/v1/exhibition-participants/${p['Keripik Tiga']?.id}`, {
      invitation: 'dikonfirmasi',
    });
    expect(over.status).toBe(409);
    expect(over.body.error.code).toBe('QUOTA_FULL');
    expect(over.body.error.message).toContain('Kuota pameran sudah penuh: 3 dari 3');
    const declined = await t.patch(`/api/v1/exhibition-participants/${p['Tempe Blimbing']?.id}`, {
      invitation: 'menolak',
    });
    expect(declined.status).toBe(200);
    const version = (await t.get(`/api/v1/exhibitions/${eventId}`)).body.exhibition.version;
    const raised = await t.patch(`/api/v1/exhibitions/${eventId}`, { version, quota: 5 });
    expect(raised.status).toBe(200);
    for (const n of ['Keripik Tiga', 'Jahit Sukun']) {
      const res = await sukunOperator.patch(`/api/v1/exhibition-participants/${p[n]?.id}`, {
        invitation: 'dikonfirmasi',
      });
      expect(res.status).toBe(200);
    }
    expect((await t.get(`/api/v1/exhibitions/${eventId}`)).body.exhibition.confirmed).toBe(5);
  });

  it('keeps booth codes unique within the event', async () => {
    const p = await participants();
    const a = await t.patch(`/api/v1/exhibition-participants/${p['Keripik Satu']?.id}`, { boothCode: 'A-1' });
    expect(a.status).toBe(200);
    const same = await t.patch(`/api/v1/exhibition-participants/${p['Keripik Dua']?.id}`, {
      boothCode: 'a-1',
    });
    expect(same.status).toBe(409);
    expect(same.body.error.code).toBe('BOOTH_TAKEN');
    const b = await t.patch(`/api/v1/exhibition-participants/${p['Keripik Dua']?.id}`, { boothCode: 'A-2' });
    expect(b.status).toBe(200);
    const bad = await t.patch(`/api/v1/exhibition-participants/${p['Keripik Tiga']?.id}`, {
      boothCode: 'A 3!',
    });
    expect(bad.status).toBe(400);
    expect((await participants())['Keripik Satu']?.boothCode).toBe('A-1');
  });

  it('answers 404 for a participant outside the caller’s area, on every participant route', async () => {
    const p = await participants();
    const id = p['Keripik Satu']?.id;
    expect(
      (await blimbingOperator.patch(`/api/v1/exhibition-participants/${id}`, { boothCode: 'Z-9' })).status,
    ).toBe(404);
    const day = await blimbingOperator.post(`/api/v1/exhibition-participants/${id}/days`, {
      day: '2026-04-10',
      present: true,
    });
    expect(day.status).toBe(404);
    const lead = await blimbingOperator.post(`/api/v1/exhibition-participants/${id}/leads`, {
      buyerName: 'Pembeli',
      buyerPhone: '081234567890',
      consent: true,
    });
    expect(lead.status).toBe(404);
    expect((await participants(blimbingOperator))['Keripik Satu']).toBeUndefined();
  });
});

// Sales per participant and day (rupiah), attendance; the totals are summed here independently.
const SALES: [string, string, number, number | null][] = [
  ['Keripik Satu', '2026-04-10', 1_500_000, 30],
  ['Keripik Satu', '2026-04-11', 750_000, null],
  ['Keripik Dua', '2026-04-10', 320_000, 8],
  ['Keripik Blimbing', '2026-04-12', 2_100_000, 40],
  ['Jahit Sukun', '2026-04-11', 450_000, 3],
];

describe('attendance, sales and leads', () => {
  it('records attendance and sales per day for confirmed participants only', async () => {
    const p = await participants();
    for (const [name, day, amount, items] of SALES) {
      const res = await t.post(`/api/v1/exhibition-participants/${p[name]?.id}/days`, {
        day,
        present: true,
        salesAmount: amount,
        items,
      });
      expect(res.status).toBe(200);
    }
    // Keripik Tiga is confirmed but absent on every day.
    const absent = await t.post(`/api/v1/exhibition-participants/${p['Keripik Tiga']?.id}/days`, {
      day: '2026-04-10',
      present: false,
    });
    expect(absent.status).toBe(200);
    const declined = await t.post(`/api/v1/exhibition-participants/${p['Tempe Blimbing']?.id}/days`, {
      day: '2026-04-10',
      present: true,
    });
    expect(declined.status).toBe(409);
    expect(declined.body.error.code).toBe('NOT_CONFIRMED');
    const outside = await t.post(`/api/v1/exhibition-participants/${p['Keripik Satu']?.id}/days`, {
      day: '2026-04-13',
      present: true,
    });
    expect(outside.status).toBe(400);
    const negative = await t.post(`/api/v1/exhibition-participants/${p['Keripik Satu']?.id}/days`, {
      day: '2026-04-10',
      salesAmount: -5,
    });
    expect(negative.status).toBe(400);
    // The dates cannot move away from days already recorded, nor the quota below those confirmed.
    const version = (await t.get(`/api/v1/exhibitions/${eventId}`)).body.exhibition.version;
    const shrink = await t.patch(`/api/v1/exhibitions/${eventId}`, { version, startDate: '2026-04-11' });
    expect(shrink.status).toBe(409);
    expect(shrink.body.error.code).toBe('EVENT_DAYS_RECORDED');
    const lower = await t.patch(`/api/v1/exhibitions/${eventId}`, { version, quota: 4 });
    expect(lower.status).toBe(409);
    expect(lower.body.error.message).toContain('sudah dikonfirmasi (5)');
    // Only the field sent changes: attendance stays when the sales are corrected.
    await t.post(`/api/v1/exhibition-participants/${p['Keripik Dua']?.id}/days`, {
      day: '2026-04-10',
      salesAmount: 320_000,
    });
    const detail = (await t.get(`/api/v1/exhibitions/${eventId}`)).body;
    const dua = detail.participants.find((x: Participant) => x.businessName === 'Keripik Dua');
    expect(dua.days[0]).toMatchObject({ day: '2026-04-10', present: true, salesAmount: 320_000, items: 8 });
  });

  it('records a booth lead only with the buyer’s consent and a phone or email', async () => {
    const p = await participants();
    const id = p['Keripik Satu']?.id;
    const base = { buyerName: 'Bu Ratna', buyerPhone: '0812-3456-7001', message: 'Pesan 50 bungkus' };
    const noConsent = await t.post(`/api/v1/exhibition-participants/${id}/leads`, base);
    expect(noConsent.status).toBe(400);
    expect(noConsent.body.error.fields[0].path).toBe('consent');
    const refused = await t.post(`/api/v1/exhibition-participants/${id}/leads`, { ...base, consent: false });
    expect(refused.status).toBe(400);
    const noContact = await t.post(`/api/v1/exhibition-participants/${id}/leads`, {
      buyerName: 'Pak Anton',
      consent: true,
    });
    expect(noContact.status).toBe(400);
    for (const body of [
      { ...base, consent: true },
      { buyerName: 'Toko Oleh-oleh Malang', buyerEmail: 'toko@contoh.id', consent: true },
    ]) {
      expect((await t.post(`/api/v1/exhibition-participants/${id}/leads`, body)).status).toBe(201);
    }
    const blimbing = p['Keripik Blimbing']?.id;
    const b = await t.post(`/api/v1/exhibition-participants/${blimbing}/leads`, { ...base, consent: true });
    expect(b.status).toBe(201);
    const rows = await t.db
      .selectFrom('market_leads')
      .select(['business_id', 'source', 'event_id', 'buyer_phone', 'consented_at'])
      .where('event_id', '=', eventId)
      .execute();
    expect(rows).toHaveLength(3);
    const detail = (await t.get(`/api/v1/exhibitions/${eventId}`)).body.participants;
    const satu = detail.find((x: Participant) => x.businessName === 'Keripik Satu');
    expect(satu.leads).toBe(2);
    expect(rows.every((r) => r.source === 'pameran' && r.consented_at)).toBe(true);
    expect(rows[0]?.buyer_phone).toBe('+6281234567001');
  });

  it('prints the report with totals per sector and kecamatan summed independently', async () => {
    const res = await sukunOperator.get(`/api/v1/exhibitions/${eventId}/report.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const cityPdf = await t.get(`/api/v1/exhibitions/${eventId}/report.pdf`);
    const words = texts(String(cityPdf.body));
    const rupiah = (n: number) => `Rp ${n.toLocaleString('de-DE')}`;
    const sum = (names: string[]) =>
      SALES.filter(([n]) => names.includes(n)).reduce((s, [, , amount]) => s + amount, 0);
    const row = (label: string) => {
      const i = words.indexOf(label);
      expect(i).toBeGreaterThan(0);
      return words.slice(i + 1, i + 5);
    };
    // Food: Keripik Satu, Dua, Tiga (absent), Blimbing; 4 confirmed, 3 attended, 3 leads.
    const food = sum(['Keripik Satu', 'Keripik Dua', 'Keripik Blimbing']);
    expect(row('Makanan & minuman')).toEqual(['4', '3', rupiah(food), '3']);
    expect(row('Pakaian & tekstil')).toEqual(['1', '1', rupiah(450_000), '0']);
    const sukun = sum(['Keripik Satu', 'Keripik Dua', 'Jahit Sukun']);
    expect(row('Sukun')).toEqual(['4', '3', rupiah(sukun), '2']);
    expect(row('Blimbing')).toEqual(['1', '1', rupiah(2_100_000), '1']);
    expect(words).toContain('LAPORAN PELAKSANAAN PAMERAN');
    expect(words).toContain('Dra. Sri Wahyuni, M.Si');
    expect(words.some((w) => w.includes('10 April 2026 s.d. 12 April 2026'))).toBe(true);
    // The Sukun operator's report lists her area's participants only.
    const own = texts(String(res.body));
    expect(own).toContain('Keripik Satu');
    expect(own).not.toContain('Keripik Blimbing');
    const audited = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'exhibition.report')
      .execute();
    expect(audited).toHaveLength(2);
  });
});

function texts(pdf: string): string[] {
  return [...pdf.matchAll(/\(((?:\\.|[^\\)])*)\) Tj/g)].map((m) =>
    (m[1] ?? '')
      .replace(/\\([()\\])/g, '$1')
      .replace(/\\(\d{3})/g, (_, o) => String.fromCharCode(Number.parseInt(o, 8))),
  );
}

describe('closing the event', () => {
  it('writes the market-pillar result of each attendee once, even when closed twice at once', async () => {
    const roadmap = await t.post(`/api/v1/businesses/${ids['Keripik Satu']}/roadmap`, { targetLevel: 3 });
    expect(roadmap.status).toBe(200);
    const early = await t.post(`/api/v1/exhibitions/${eventId}/status`, { status: 'selesai' });
    expect(early.status).toBe(409);
    expect((await t.post(`/api/v1/exhibitions/${eventId}/status`, { status: 'berlangsung' })).status).toBe(
      200,
    );
    // Closing writes results across the city: a kecamatan's operator may not close.
    const local = await sukunOperator.post(`/api/v1/exhibitions/${eventId}/status`, { status: 'selesai' });
    expect(local.status).toBe(403);
    expect(local.body.error.message).toMatch(/tingkat kota/);
    const cityOperator = await t.as('operator', '35.73', 'Operator Kota');
    const [a, b] = await Promise.all([
      t.post(`/api/v1/exhibitions/${eventId}/status`, { status: 'selesai' }),
      cityOperator.post(`/api/v1/exhibitions/${eventId}/status`, { status: 'selesai' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const ok = a.status === 200 ? a.body : b.body;
    // Attended: Keripik Satu, Dua, Blimbing, Jahit Sukun; Keripik Tiga was absent every day.
    expect(ok).toMatchObject({ results: 4, interventions: 1 });
    expect(ok.exhibition.status).toBe('selesai');
    const interventions = await t.db
      .selectFrom('interventions')
      .select(['business_id', 'pillar', 'type', 'status', 'outcome'])
      .where('type', '=', 'pameran')
      .execute();
    expect(interventions).toEqual([
      {
        business_id: ids['Keripik Satu'],
        pillar: 'pasar',
        type: 'pameran',
        status: 'done',
        outcome:
          'Gelar Produk Industri Rumahan 2026: penjualan Rp 2.250.000 (30 barang), 2 calon pembeli, hadir 2 dari 3 hari',
      },
    ]);
    const measures = await t.db
      .selectFrom('outcome_measures')
      .select(['business_id', 'measured_on', 'market_channels'])
      .orderBy('business_id')
      .execute();
    const attended = ['Keripik Satu', 'Keripik Dua', 'Keripik Blimbing', 'Jahit Sukun'].map((n) => ids[n]);
    expect(measures.map((m) => m.business_id).sort()).toEqual([...attended].sort());
    expect(
      measures.every((m) => m.measured_on === '2026-04-12' && m.market_channels.includes('pameran')),
    ).toBe(true);
    const again = await t.post(`/api/v1/exhibitions/${eventId}/status`, { status: 'selesai' });
    expect(again.status).toBe(409);
    expect(
      (
        await t.db
          .selectFrom('outcome_measures')
          .select(sql<number>`count(*)::int`.as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ).toBe(4);
    const late = await t.post(
      `/api/v1/exhibition-participants/${(await participants())['Keripik Satu']?.id}/days`,
      {
        day: '2026-04-10',
        salesAmount: 1,
      },
    );
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('EVENT_CLOSED');
  });

  it('lets leaders read the event but not change it', async () => {
    const leader = await t.as('pimpinan', '35.73', 'Kepala Dinas');
    expect((await leader.get(`/api/v1/exhibitions/${eventId}`)).status).toBe(200);
    expect((await leader.get(`/api/v1/exhibitions/${eventId}/report.pdf`)).status).toBe(200);
    expect((await leader.post(`/api/v1/exhibitions/${eventId}/invite`, { filter: FILTER })).status).toBe(403);
    expect((await (await t.as('enumerator')).get('/api/v1/exhibitions')).status).toBe(403);
  });
});
