import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, ROLES, type Role } from '../../shared/contracts/auth.ts';
import { business, owner } from '../test/factories.ts';
import { type Client, createTestApp, type TestApp } from '../test/harness.ts';
import { ROUTE_ACCESS } from './access.ts';
import { buildOpenApiDocument } from './openapi.ts';

// Every operation of the OpenAPI document, so a new route cannot escape the matrix.
const doc = buildOpenApiDocument();
const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
  Object.keys(item ?? {}).map((method) => ({ method: method.toUpperCase(), path })),
);

type Records = {
  business: number;
  person: number;
  permit: number;
  user: number;
  token: number;
  import: number;
  review: number;
  merge: number;
  roadmap: number;
  intervention: number;
  template: number;
  need: number;
  programme: number;
  session: number;
  participant: number;
  visit: number;
  exhibition: number;
  exhibitionParticipant: number;
  product: number;
  lead: number;
};
const OFFICE = 'Dinas Uji Matriks';
let t: TestApp;
let inside: Records; // in Sukun (35.73.04)
let outside: Records; // in Blimbing (35.73.01)

/** Two people of one area, a review pair of them and a review pair merged (its merge to undo). */
async function linkageRecords(kelurahanCode: string) {
  const person = async () =>
    (await t.post('/api/v1/people', owner({ kelurahanCode }))).body.person.id as number;
  const pairOf = async () => {
    const [a, b] = [await person(), await person()];
    const row = {
      kind: 'person' as const,
      a_id: Math.min(a, b),
      b_id: Math.max(a, b),
      score: 8,
      evidence: '[]',
    };
    return (await t.db.insertInto('link_reviews').values(row).returning('id').executeTakeFirstOrThrow()).id;
  };
  const review = await pairOf();
  const merged = await pairOf();
  await t.post(`/api/v1/reviews/${merged}/decision`, { decision: 'same' });
  const { id: merge } = await t.db
    .selectFrom('merges')
    .select('id')
    .where('review_id', '=', merged)
    .executeTakeFirstOrThrow();
  return { review, merge };
}

/** An import uploaded by a user of the area (an import belongs to its uploader's area). */
async function importIn(scope: string) {
  const uploader = await t.as('operator', scope, `Pengunggah ${scope}`);
  const csv = new TextEncoder().encode(
    'NIK;Nama Pemilik;Kelurahan;Nama Usaha\n;Siti Aminah;Bandulan;Kue Siti\n',
  );
  const res = await uploader.upload(
    '/api/v1/imports',
    { source: 'Uji matriks' },
    { name: 'uji.csv', bytes: csv },
  );
  return res.body.id as number;
}

/** A roadmap with one intervention referred to the test office (mitra clients belong to it). */
async function roadmapRecords(businessId: number) {
  const roadmap = (await t.post(`/api/v1/businesses/${businessId}/roadmap`, { targetLevel: 2 })).body.roadmap
    .id;
  const intervention = (
    await t.post(`/api/v1/roadmaps/${roadmap}/interventions`, {
      type: 'fasilitasi_pirt',
      title: 'Fasilitasi P-IRT',
      partnerOffice: OFFICE,
    })
  ).body.id;
  return { roadmap, intervention };
}

/** A session of the area with its business seated and present (a programme is the city's catalogue). */
async function programmeRecords(kelurahanCode: string, businessId: number) {
  const programme = (
    await t.post('/api/v1/programmes', {
      name: `Program ${kelurahanCode}`,
      pillar: 'sdm',
      organiser: 'DP3AP2KB',
    })
  ).body.id as number;
  const session = (
    await t.post(`/api/v1/programmes/${programme}/sessions`, {
      title: 'Sesi uji',
      startsAt: '2026-05-01T09:00:00+07:00',
      endsAt: '2026-05-01T12:00:00+07:00',
      place: 'Balai RW',
      quota: 5,
      scopeCode: kelurahanCode.slice(0, 8),
    })
  ).body.id as number;
  await t.post(`/api/v1/sessions/${session}/enrol`, { businessIds: [businessId] });
  const participant = (await t.get(`/api/v1/sessions/${session}`)).body.participants[0].id as number;
  await t.patch(`/api/v1/participants/${participant}`, { attended: true });
  return { programme, session, participant };
}

/** A visit to the business with one photo (the matrix reads it back; recording is exercised by the route). */
async function visitRecord(businessId: number) {
  const visit = await t.db
    .insertInto('visits')
    .values({
      business_id: businessId,
      visit_date: '2026-05-02',
      officer_name: 'Penguji matriks',
      topics: ['sdm'],
      findings: 'Uji matriks akses',
      created_by: 'Penguji matriks',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  await t.db
    .insertInto('visit_photos')
    .values({ visit_id: visit.id, n: 1, content_type: 'image/png', bytes: png })
    .execute();
  return visit.id;
}

/** A city-wide exhibition with the business invited and confirmed (participant routes are cut to its area). */
async function exhibitionRecords(businessId: number) {
  const exhibition = (
    await t.post('/api/v1/exhibitions', {
      name: `Gelar Produk uji ${businessId}`,
      startDate: '2026-05-10',
      endDate: '2026-05-11',
      venue: 'Balai Kota',
      organiser: 'DP3AP2KB',
      quota: 5,
    })
  ).body.id as number;
  await t.post(`/api/v1/exhibitions/${exhibition}/invite`, { businessIds: [businessId] });
  const exhibitionParticipant = (await t.get(`/api/v1/exhibitions/${exhibition}`)).body.participants[0]
    .id as number;
  await t.patch(`/api/v1/exhibition-participants/${exhibitionParticipant}`, { invitation: 'dikonfirmasi' });
  return { exhibition, exhibitionParticipant };
}

/** A product of the business with one photo (stored directly, as the visit's), and a buyer's lead for it. */
async function productRecords(businessId: number) {
  const product = (
    await t.post(`/api/v1/businesses/${businessId}/products`, { name: 'Produk matriks', category: 'makanan' })
  ).body.id as number;
  const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xd9]);
  const photo = { product_id: product, n: 1, content_type: 'image/jpeg' as const, width: 1, height: 1 };
  await t.db
    .insertInto('product_photos')
    .values({ ...photo, bytes: jpeg, thumb: jpeg, thumb_width: 1, thumb_height: 1 })
    .execute();
  const lead = await t.db
    .insertInto('market_leads')
    .values({
      business_id: businessId,
      product_id: product,
      source: 'katalog',
      buyer_name: 'Pembeli matriks',
      buyer_email: 'pembeli@contoh.id',
      consented_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { product, lead: lead.id };
}

async function seed(
  kelurahanCode: string,
  number: string,
): Promise<Omit<Records, 'user' | 'token' | 'template'>> {
  const b = (await t.post('/api/v1/businesses', business({ kelurahanCode, owner: owner({ kelurahanCode }) })))
    .body.business;
  const p = (await t.post(`/api/v1/businesses/${b.id}/permits`, { type: 'SKU', number })).body.permit;
  const need = (
    await t.post(`/api/v1/businesses/${b.id}/needs`, {
      pillar: 'sdm',
      title: 'Uji matriks',
      priority: 'rendah',
    })
  ).body;
  const scope = kelurahanCode.slice(0, 8);
  return {
    business: b.id,
    person: b.ownerId,
    permit: p.id,
    need: need.id,
    import: await importIn(scope),
    ...(await linkageRecords(kelurahanCode)),
    ...(await roadmapRecords(b.id)),
    ...(await programmeRecords(kelurahanCode, b.id)),
    visit: await visitRecord(b.id),
    ...(await exhibitionRecords(b.id)),
    ...(await productRecords(b.id)),
  };
}

// Withdrawal and erasure act on a person of their own who has already withdrawn consent, so she stays out
// of the lists the last test counts; a permitted role gets 200 or 409, never 401/403/404.
const withdrawn = new Map<Records, Promise<number>>();
function withdrawnPerson(r: Records): Promise<number> {
  const make = async () => {
    const kelurahanCode = r === outside ? '35.73.01.1007' : '35.73.04.1004';
    const id = (await t.post('/api/v1/people', owner({ kelurahanCode }))).body.person.id;
    await t.post(`/api/v1/people/${id}/consent`, {
      textVersion: 'UJI',
      channel: 'web',
      purposes: ['registry'],
    });
    await t.post(`/api/v1/people/${id}/withdraw-consent`, { reason: 'uji matriks akses' });
    return id;
  };
  if (!withdrawn.has(r)) withdrawn.set(r, make());
  return withdrawn.get(r) as Promise<number>;
}

/** Privacy records a route acts on and may close: a fresh one per call (area scope follows the person). */
async function privacyRecord(op: { method: string; path: string }, r: Records) {
  if (/^\/api\/v1\/people\/\{id\}\/(withdraw-consent|erase)$/.test(op.path)) return withdrawnPerson(r);
  if (op.path === '/api/v1/subject-requests/{id}') {
    const req = { personId: r.person, kind: 'access', channel: 'web' };
    return (await t.post('/api/v1/subject-requests', req)).body.id as number;
  }
  if (op.path === '/api/v1/breaches/{id}') {
    const breach = {
      discoveredAt: new Date().toISOString(),
      description: 'uji matriks akses',
      dataCategories: ['account'],
    };
    return (await t.post('/api/v1/breaches', breach)).body.id as number;
  }
  return undefined;
}

// Exports belong to the user who asked for them: each role's own one, and another user's (which is 404).
const exportsOf = new Map<Role | 'other', Promise<number>>();
function exportOf(who: Role | 'other'): Promise<number> {
  const make = async () => {
    const client = who === 'other' ? t : clients[who];
    const res = await client.post('/api/v1/exports', { format: 'csv' });
    return (res.body.id as number | undefined) ?? 0;
  };
  if (!exportsOf.has(who)) exportsOf.set(who, make());
  return exportsOf.get(who) as Promise<number>;
}

/** A request for the operation on a record: bodies are minimal (a permitted caller may get 400, never 401/403). */
async function request(op: { method: string; path: string }, r: Records, role?: Role) {
  if (op.path.startsWith('/api/v1/exports/{id}')) {
    const id = await exportOf(r === inside && role ? role : 'other');
    return { path: op.path.replace('{id}', String(id)), body: undefined };
  }
  // A delete needs a record of its own, or the next role would find it gone.
  if (op.method === 'DELETE' && op.path === '/api/v1/permits/{id}') {
    const p = await t.post(`/api/v1/businesses/${r.business}/permits`, {
      type: 'SKU',
      number: `SKU/DEL/${Math.random()}`,
    });
    return { path: `/api/v1/permits/${p.body.permit.id}`, body: undefined };
  }
  if (op.method === 'DELETE' && op.path.startsWith('/api/v1/products/{id}')) {
    const { product } = await productRecords(r.business);
    return { path: op.path.replace('{id}', String(product)).replace('{n}', '1'), body: undefined };
  }
  const owner: [string, number][] = [
    ['/api/v1/people', r.person],
    ['/api/v1/permits', r.permit],
    ['/api/v1/users', r.user],
    ['/api/v1/tokens', r.token],
    ['/api/v1/imports', r.import],
    ['/api/v1/reviews', r.review],
    ['/api/v1/merges', r.merge],
    ['/api/v1/roadmaps', r.roadmap],
    ['/api/v1/interventions', r.intervention],
    ['/api/v1/referrals', r.intervention],
    ['/api/v1/roadmap-templates', r.template],
    ['/api/v1/needs', r.need],
    ['/api/v1/rubrics', 1],
    ['/api/v1/programmes', r.programme],
    ['/api/v1/sessions', r.session],
    ['/api/v1/participants', r.participant],
    ['/api/v1/visits', r.visit],
    ['/api/v1/exhibitions', r.exhibition],
    ['/api/v1/exhibition-participants', r.exhibitionParticipant],
    ['/api/v1/products', r.product],
    ['/api/v1/leads', r.lead],
  ];
  const id =
    (await privacyRecord(op, r)) ?? owner.find(([prefix]) => op.path.startsWith(prefix))?.[1] ?? r.business;
  const path = op.path.replace('{id}', String(id)).replace('{n}', '1');
  const bodies: Record<string, unknown> = {
    'POST /api/v1/people/{id}/reveal': { field: 'nik', purpose: 'uji matriks akses' },
    'POST /api/v1/businesses/{id}/permits': { type: 'SKU', number: `SKU/M/${Math.random()}` },
    'PATCH /api/v1/businesses/{id}': { version: 999 },
    'PATCH /api/v1/people/{id}': { version: 999 },
    'PATCH /api/v1/permits/{id}': { version: 999 },
    'POST /api/v1/people/{id}/consent': { textVersion: 'UJI', channel: 'paper', purposes: ['registry'] },
    'POST /api/v1/people/{id}/public-task': { note: 'uji matriks akses' },
    'POST /api/v1/people/{id}/withdraw-consent': { reason: 'uji matriks akses' },
    'POST /api/v1/people/{id}/erase': { reason: 'uji matriks akses' },
    'POST /api/v1/subject-requests': { personId: r.person, kind: 'access', channel: 'web' },
    'PATCH /api/v1/subject-requests/{id}': { status: 'done', outcome: 'uji matriks akses' },
    'POST /api/v1/breaches': {
      discoveredAt: new Date().toISOString(),
      description: 'uji matriks akses',
      dataCategories: ['account'],
    },
    'PATCH /api/v1/breaches/{id}': { status: 'contained' },
    'POST /api/v1/imports/{id}/commit': { mode: 'valid_rows' },
    'POST /api/v1/people/{id}/adopt': { rowId: 1, field: 'name', version: 1 },
    'POST /api/v1/businesses/{id}/adopt': { rowId: 1, field: 'name', version: 1 },
    'POST /api/v1/reviews/{id}/decision': { decision: 'distinct' },
    'POST /api/v1/businesses/{id}/roadmap': { targetLevel: 2 },
    'PATCH /api/v1/roadmaps/{id}': { version: 999 },
    'POST /api/v1/roadmaps/{id}/interventions': { type: 'pelatihan', title: 'Pelatihan uji matriks' },
    'POST /api/v1/roadmaps/{id}/apply-template': { templateId: r.template },
    'PATCH /api/v1/interventions/{id}': { version: 999 },
    'POST /api/v1/interventions/{id}/status': { status: 'in_progress', version: 999 },
    'POST /api/v1/interventions/{id}/satisfaction': { score: 4 },
    'POST /api/v1/referrals/{id}/status': { status: 'in_progress', version: 999 },
    'POST /api/v1/roadmap-templates': {
      name: 'Templat uji matriks',
      level: 1,
      lines: [{ pillar: 'sdm', type: 'pelatihan', title: 'Pelatihan uji', offsetDays: 7 }],
    },
    'PATCH /api/v1/roadmap-templates/{id}': { version: 999 },
    // Valid in shape, so the area check answers before the rubric's own (an empty answer set is refused).
    'POST /api/v1/businesses/{id}/assessments': { rubricVersion: 1, answers: {}, level: 1 },
    'POST /api/v1/businesses/{id}/needs': { pillar: 'sdm', title: 'Uji matriks', priority: 'rendah' },
    'PATCH /api/v1/needs/{id}': { version: 999 },
    'POST /api/v1/programmes': { name: 'Program uji matriks', pillar: 'pasar', organiser: 'Diskopindag' },
    'PATCH /api/v1/programmes/{id}': { version: 999 },
    'POST /api/v1/programmes/{id}/sessions': {
      title: 'Sesi matriks',
      startsAt: '2026-06-01T09:00:00+07:00',
      endsAt: '2026-06-01T10:00:00+07:00',
      place: 'Balai',
      quota: 3,
      scopeCode: '35.73.04',
    },
    'PATCH /api/v1/sessions/{id}': { version: 999 },
    'POST /api/v1/sessions/{id}/enrol-preview': { filter: {} },
    'POST /api/v1/sessions/{id}/enrol': { businessIds: [r.business] },
    'PATCH /api/v1/participants/{id}': { attended: true },
    'POST /api/v1/businesses/{id}/outcomes': { measuredOn: '2026-06-01', workers: 2 },
    'POST /api/v1/exhibitions': {
      name: 'Gelar Produk matriks',
      startDate: '2026-06-01',
      endDate: '2026-06-02',
      venue: 'Balai',
      organiser: 'DP3AP2KB',
      quota: 3,
    },
    'PATCH /api/v1/exhibitions/{id}': { version: 999 },
    // Opening it again answers 409 after the first role; it is never closed here.
    'POST /api/v1/exhibitions/{id}/status': { status: 'berlangsung' },
    'POST /api/v1/exhibitions/{id}/invite-preview': { filter: {} },
    'POST /api/v1/exhibitions/{id}/invite': { businessIds: [r.business] },
    'PATCH /api/v1/exhibition-participants/{id}': { boothCode: 'M-1' },
    'POST /api/v1/exhibition-participants/{id}/days': { day: '2026-05-10', present: true, salesAmount: 1000 },
    'POST /api/v1/exhibition-participants/{id}/leads': {
      buyerName: 'Pembeli matriks',
      buyerPhone: '081234567890',
      consent: true,
    },
    'POST /api/v1/businesses/{id}/catalogue/consent': { textVersion: 'UJI', channel: 'lisan' },
    'POST /api/v1/businesses/{id}/catalogue/withdraw': { reason: 'uji matriks akses' },
    'POST /api/v1/businesses/{id}/products': { name: 'Produk uji matriks', category: 'kerajinan' },
    'PATCH /api/v1/products/{id}': { version: 999 },
    'PATCH /api/v1/leads/{id}': { status: 'dihubungi' },
  };
  // Multipart routes get a form (a JSON body would be refused for its media type before the area check).
  if (op.method === 'POST' && op.path === '/api/v1/businesses/{id}/visits') {
    const form = new FormData();
    form.set('data', JSON.stringify({ topics: ['sdm'], findings: 'Uji matriks akses' }));
    bodies[`${op.method} ${op.path}`] = form;
  }
  if (op.method === 'POST' && op.path === '/api/v1/products/{id}/photos') {
    const form = new FormData();
    form.set('file', new File([new TextEncoder().encode('bukan foto')], 'uji.txt'));
    bodies[`${op.method} ${op.path}`] = form;
  }
  const body =
    bodies[`${op.method} ${op.path}`] ?? (op.method === 'GET' || op.method === 'DELETE' ? undefined : {});
  return { path, body };
}

const clients = {} as Record<Role, Client>;
beforeAll(async () => {
  t = await createTestApp();
  // User routes act on a spare account, never on the admin client's own (revoke-sessions would sign it out).
  const spare = (
    await t.post('/api/v1/users', {
      username: 'cadangan',
      name: 'Akun Cadangan',
      role: 'mitra',
      scopeCode: '35.73',
      password: 'tangga biru melompat senja',
    })
  ).body.id;
  const token = (
    await t.post('/api/v1/tokens', { name: 'Sistem mitra uji', role: 'mitra', scopeCode: '35.73' })
  ).body.token.id;
  const template = (await t.get('/api/v1/roadmap-templates')).body.items[0].id;
  inside = { ...(await seed('35.73.04.1004', 'SKU/IN/1')), user: spare, token, template };
  outside = { ...(await seed('35.73.01.1007', 'SKU/OUT/1')), user: spare, token, template };
  for (const role of ROLES) clients[role] = await t.as(role, '35.73.04', `Penguji ${role} Sukun`);
  // The mitra client works for the office the test interventions are referred to.
  await t.db.updateTable('users').set({ partner_office: OFFICE }).where('role', '=', 'mitra').execute();
  // The pendamping client mentors the Sukun business (she carries its roadmap), so its buyer leads are hers.
  const pendamping = (await clients.pendamping.get('/api/v1/auth/me')).body.id;
  await t.db
    .updateTable('roadmaps')
    .set({ responsible_user_id: pendamping })
    .where('business_id', '=', inside.business)
    .execute();
});
afterAll(() => t.close());

describe('access matrix over every route of the OpenAPI document', () => {
  it('classifies every route', () => {
    const missing = operations.filter((o) => !ROUTE_ACCESS[`${o.method} ${o.path}`]);
    expect(missing).toEqual([]);
    expect(operations.length).toBe(Object.keys(ROUTE_ACCESS).length);
  });

  it('answers 401 to anonymous callers on every non-public route', async () => {
    for (const op of operations) {
      const access = ROUTE_ACCESS[`${op.method} ${op.path}`];
      if (access === 'public') continue;
      const { path, body } = await request(op, inside);
      const res = await t.anonymous().call(op.method, path, body);
      expect({ op, status: res.status }).toEqual({ op, status: 401 });
    }
  });

  for (const role of ROLES) {
    it(`${role}: 403 exactly where the role lacks the permission, 404 for records outside its area`, async () => {
      for (const op of operations) {
        const access = ROUTE_ACCESS[`${op.method} ${op.path}`];
        if (!access || access === 'public' || op.path.startsWith('/api/v1/auth/')) continue;
        const allowed = access === 'signedIn' || can(role, access);
        const own = await request(op, inside, role);
        const res = await clients[role].call(op.method, own.path, own.body);
        if (!allowed) {
          expect({ op, status: res.status }).toEqual({ op, status: 403 });
          continue;
        }
        expect({ op, status: res.status, forbidden: [401, 403, 404].includes(res.status) }).toEqual({
          op,
          status: res.status,
          forbidden: false,
        });
        // Users, tokens, the breach register, templates, the rubric, the programme catalogue and exhibitions are
        // the agency's own, not records of an area (a programme's sessions and report, and an exhibition's
        // participants and report, are cut to the caller's area).
        const scoped =
          op.path.includes('{id}') &&
          !/^\/api\/v1\/(users|tokens|breaches|roadmap-templates|rubrics|programmes|exhibitions)\//.test(
            op.path,
          );
        if (!scoped) continue;
        const foreign = await request(op, outside, role);
        const out = await clients[role].call(op.method, foreign.path, foreign.body);
        expect({ op, status: out.status }).toEqual({ op, status: 404 });
      }
    });
  }
});

describe('partner offices (mitra)', () => {
  it('reach their referrals and the area list, nothing of the registry', () => {
    const reach = operations
      .map((o) => `${o.method} ${o.path}`)
      .filter((k) => {
        const access = ROUTE_ACCESS[k];
        return access !== 'public' && access !== 'signedIn' && !!access && can('mitra', access);
      });
    expect(reach.sort()).toEqual([
      'GET /api/v1/areas',
      'GET /api/v1/areas/tree',
      'GET /api/v1/referrals',
      'GET /api/v1/referrals/{id}',
      'POST /api/v1/referrals/{id}/status',
    ]);
  });

  it('see a referral of another office as missing (404)', async () => {
    const other = await t.as('mitra', '35.73', 'Mitra kantor lain');
    const id = (await other.get('/api/v1/auth/me')).body.id;
    await t.db.updateTable('users').set({ partner_office: 'Kantor Lain' }).where('id', '=', id).execute();
    expect((await other.get(`/api/v1/referrals/${inside.intervention}`)).status).toBe(404);
    expect((await other.get('/api/v1/referrals')).body.total).toBe(0);
    expect((await clients.mitra.get('/api/v1/referrals')).body.total).toBe(1);
  });
});

describe('area scope in lists and figures', () => {
  it('lists and counts only what lies in the caller’s area', async () => {
    const sukun = clients.operator;
    const list = (await sukun.get('/api/v1/businesses')).body.items;
    expect(list.map((b: { kecamatanName: string }) => b.kecamatanName)).toEqual(['Sukun']);
    const people = (await sukun.get('/api/v1/people')).body.items;
    expect(people.map((p: { id: number }) => p.id)).toContain(inside.person);
    expect(new Set(people.map((p: { kecamatanName: string }) => p.kecamatanName))).toEqual(
      new Set(['Sukun']),
    );
    const permits = (await sukun.get('/api/v1/permits')).body.items;
    expect(permits.length).toBeGreaterThan(0);
    expect(new Set(permits.map((p: { businessId: number }) => p.businessId))).toEqual(
      new Set([inside.business]),
    );
    const summary = (await clients.pimpinan.get('/api/v1/dashboard/summary')).body;
    expect(summary.region.name).toBe('Sukun');
    expect(summary.microEnterprises).toBe(1);
    expect(summary.byKecamatan.map((k: { name: string }) => k.name)).toEqual(['Sukun']);
    const tree = (await sukun.get('/api/v1/areas/tree')).body;
    expect(tree.children.map((k: { name: string }) => k.name)).toEqual(['Sukun']);
    const city = (await t.get('/api/v1/dashboard/summary')).body;
    expect(city.microEnterprises).toBe(2);
  });

  it('prints reports of the caller’s area only: another kecamatan’s summary or business does not exist', async () => {
    const leader = clients.pimpinan;
    expect((await leader.get('/api/v1/reports/summary.pdf?kecamatan=35.73.01')).status).toBe(404);
    expect((await leader.get('/api/v1/reports/summary.pdf?kecamatan=35.73.04')).status).toBe(200);
    const sukun = clients.operator;
    expect((await sukun.get(`/api/v1/businesses/${outside.business}/profile.pdf`)).status).toBe(404);
    expect((await sukun.get(`/api/v1/businesses/${inside.business}/profile.pdf`)).status).toBe(200);
    expect((await leader.get(`/api/v1/businesses/${inside.business}/profile.pdf`)).status).toBe(403);
  });

  it('refuses to file a business in a kelurahan outside the caller’s area', async () => {
    const res = await clients.enumerator.post(
      '/api/v1/businesses',
      business({ kelurahanCode: '35.73.01.1007', owner: owner() }),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0]).toMatchObject({ path: 'kelurahanCode', code: 'AREA_OUTSIDE_REGION' });
  });
});
