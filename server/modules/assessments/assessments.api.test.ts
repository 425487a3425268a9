import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { business, owner } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;

const KEYS = [
  'tenaga_kerja',
  'omzet',
  'legalitas',
  'pembukuan',
  'kualitas_produksi',
  'pembiayaan',
  'jangkauan_pasar',
  'teknologi',
];
/** Answers of version 1 adding up to `total`: options 0/1/2 score 0/1/2, filled from the first dimension. */
function answersFor(total: number): Record<string, number> {
  let left = total;
  return Object.fromEntries(
    KEYS.map((k) => {
      const s = Math.min(2, left);
      left -= s;
      return [k, s];
    }),
  );
}

/** Calendar arithmetic done by hand here (not with the module's helpers): the 10th of a month n months ago. */
function tenthOfMonthsAgo(n: number): string {
  const now = new Date(Date.now() + 7 * 3600_000); // WIB
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - n, 10));
  return d.toISOString().slice(0, 10);
}
const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

async function newBusiness(kelurahanCode: string, extra: Record<string, unknown> = {}) {
  const res = await t.post(
    '/api/v1/businesses',
    business({ kelurahanCode, owner: owner({ kelurahanCode }), ...extra }),
  );
  if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  return res.body.business.id as number;
}

async function assess(id: number, total: number, level: number, assessedOn: string, more = {}) {
  const res = await t.post(`/api/v1/businesses/${id}/assessments`, {
    rubricVersion: 1,
    answers: answersFor(total),
    level,
    assessedOn,
    ...more,
  });
  if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  return res.body;
}

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('rubric', () => {
  it('starts at version 1: eight dimensions scored 0–2, cut points 5 and 10', async () => {
    const res = await t.get('/api/v1/rubrics');
    expect(res.status).toBe(200);
    expect(res.body.current).toMatchObject({ version: 1, current: true, cutPoints: [5, 10], maxScore: 16 });
    expect(res.body.current.dimensions.map((d: { key: string }) => d.key)).toEqual(KEYS);
    expect(res.body.versions).toHaveLength(1);
  });

  it('refuses an inconsistent rubric with messages that say what to fix', async () => {
    const { current } = (await t.get('/api/v1/rubrics')).body;
    const dims = current.dimensions;
    const bad = {
      dimensions: [
        ...dims.slice(0, 7),
        { ...dims[0], label: 'Tenaga kerja lagi' },
        { key: 'Ekspor!', label: 'Ekspor', options: [{ label: 'Ya', score: 1 }] },
      ],
      cutPoints: [12, 8],
    };
    const res = await t.post('/api/v1/rubrics', bad);
    expect(res.status).toBe(400);
    const fields = Object.fromEntries(
      res.body.error.fields.map((f: { path: string; message: string }) => [f.path, f.message]),
    );
    expect(fields).toMatchObject({
      'dimensions.7.key': expect.stringContaining('dipakai lebih dari satu dimensi'),
      'dimensions.8.key': 'Kunci hanya huruf kecil, angka dan garis bawah, mis. pembukuan.',
      'dimensions.8.options': 'Dimensi "Ekspor" perlu paling sedikit 2 pilihan jawaban.',
      'cutPoints.1': 'Batas IR 2 (8) harus lebih besar dari batas IR 1 (12).',
    });
    expect((await t.get('/api/v1/rubrics')).body.versions).toHaveLength(1);
  });
});

describe('assessment of a business', () => {
  let id: number;
  beforeAll(async () => {
    id = await newBusiness('35.73.01.1007', { workersTotal: 3, monthlyTurnover: 12_000_000 });
    await t.post(`/api/v1/businesses/${id}/permits`, { type: 'PIRT', number: '2103573010012-29' });
  });

  it('pre-fills workers, turnover and legality from the registry', async () => {
    const res = await t.get(`/api/v1/businesses/${id}/assessment-draft`);
    expect(res.status).toBe(200);
    // 3 workers → "2–4 orang" (1), Rp 12 juta → "lebih dari Rp 10 juta" (2), a P-IRT → "NIB atau P-IRT" (1)
    expect(res.body.answers).toEqual({ tenaga_kerja: 1, omzet: 2, legalitas: 1 });
    expect(res.body.prefilled.tenaga_kerja).toBe('Dari registri: 3 tenaga kerja');
    expect(res.body.lastAssessedOn).toBeNull();
    expect(res.body.rubric.version).toBe(1);
  });

  it('names every unanswered dimension and refuses a stale rubric version', async () => {
    const { teknologi: _, ...partial } = answersFor(4);
    const res = await t.post(`/api/v1/businesses/${id}/assessments`, {
      rubricVersion: 1,
      answers: partial,
      level: 1,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual([
      { path: 'answers.teknologi', code: 'REQUIRED', message: 'Pilih jawaban untuk "Teknologi".' },
    ]);
    const stale = await t.post(`/api/v1/businesses/${id}/assessments`, {
      rubricVersion: 7,
      answers: answersFor(4),
      level: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('RUBRIC_OUTDATED');
  });

  it('stores the suggested level, the confirmed one, a first level event and the suggested needs', async () => {
    // total 4: tenaga_kerja 2, omzet 2, the rest 0 → IR 1
    const saved = await assess(id, 4, 1, tenthOfMonthsAgo(3));
    expect(saved.assessment).toMatchObject({
      total: 4,
      maxScore: 16,
      suggestedLevel: 1,
      level: 1,
      rubricVersion: 1,
    });
    expect(saved.event).toMatchObject({ fromLevel: null, toLevel: 1, direction: 'awal' });
    const titles = saved.needs.map((n: { title: string }) => n.title);
    expect(titles).toContain('Urus NIB / P-IRT');
    expect(titles).toContain('Pembukuan sederhana');
    expect(titles).not.toContain('Kewirausahaan: harga pokok dan strategi jual'); // omzet answered best
    const level = (await t.get(`/api/v1/businesses/${id}/level`)).body;
    expect(level).toMatchObject({ level: 1, since: tenthOfMonthsAgo(3) });
    // The next form starts from these answers, with today's registry facts where a dimension reads them.
    const draft = (await t.get(`/api/v1/businesses/${id}/assessment-draft`)).body;
    expect(draft.answers).toEqual({ ...answersFor(0), tenaga_kerja: 1, omzet: 2, legalitas: 1 });
    expect(draft.prefilled.pembukuan).toBe(`Dari penilaian terakhir (${tenthOfMonthsAgo(3)})`);
    expect(draft.lastAssessedOn).toBe(tenthOfMonthsAgo(3));
    const history = (await t.get(`/api/v1/businesses/${id}/history`)).body.items;
    expect(history[0].changes).toEqual([{ field: 'irLevel', old: null, new: 1 }]);
  });

  it('requires a reason to override the suggestion, and keeps both levels', async () => {
    const body = { rubricVersion: 1, answers: answersFor(7), level: 3, assessedOn: tenthOfMonthsAgo(2) };
    const res = await t.post(`/api/v1/businesses/${id}/assessments`, body);
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0]).toMatchObject({
      path: 'overrideReason',
      code: 'OVERRIDE_REASON_REQUIRED',
      message: 'Level berbeda dari saran (IR 2); tulis alasannya.',
    });
    const ok = await t.post(`/api/v1/businesses/${id}/assessments`, {
      ...body,
      overrideReason: 'Sudah memasok toko oleh-oleh di tiga kota',
      needs: [],
    });
    expect(ok.status).toBe(201);
    expect(ok.body.assessment).toMatchObject({ total: 7, suggestedLevel: 2, level: 3 });
    expect(ok.body.event).toMatchObject({ fromLevel: 1, toLevel: 3, direction: 'naik' });
    expect(ok.body.needs).toEqual([]);
  });

  it('refuses a date before the last assessment or after today', async () => {
    const before = await t.post(`/api/v1/businesses/${id}/assessments`, {
      rubricVersion: 1,
      answers: answersFor(4),
      level: 1,
      assessedOn: tenthOfMonthsAgo(5),
    });
    expect(before.body.error.fields[0]).toMatchObject({ path: 'assessedOn', code: 'DATE_BEFORE_LAST' });
    const future = await t.post(`/api/v1/businesses/${id}/assessments`, {
      rubricVersion: 1,
      answers: answersFor(4),
      level: 1,
      assessedOn: '2999-01-01',
    });
    expect(future.body.error.fields[0]).toMatchObject({ path: 'assessedOn', code: 'DATE_IN_FUTURE' });
  });

  it('writes no event when the level stays, and a turun-kelas event when it drops', async () => {
    const same = await assess(id, 14, 3, tenthOfMonthsAgo(1));
    expect(same.event).toBeNull();
    const down = await assess(id, 8, 2, today);
    expect(down.event).toMatchObject({ fromLevel: 3, toLevel: 2, direction: 'turun' });
    const level = (await t.get(`/api/v1/businesses/${id}/level`)).body;
    expect(level).toMatchObject({ level: 2, since: today });
    expect(level.events.map((e: { direction: string }) => e.direction)).toEqual(['turun', 'naik', 'awal']);
    expect(level.assessments.map((a: { total: number }) => a.total)).toEqual([8, 14, 7, 4]);
  });
});

describe('needs', () => {
  it('are added, edited, closed with a version guard', async () => {
    const id = await newBusiness('35.73.01.1007');
    const add = await t.post(`/api/v1/businesses/${id}/needs`, {
      pillar: 'pasar',
      title: 'Foto produk',
      priority: 'sedang',
    });
    expect(add.status).toBe(201);
    expect(add.body).toMatchObject({ source: 'manual', status: 'open', version: 1 });
    const bad = await t.post(`/api/v1/businesses/${id}/needs`, {
      pillar: 'hewan',
      title: 'x',
      priority: 'sedang',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['pillar', 'title']);
    const met = await t.patch(`/api/v1/needs/${add.body.id}`, {
      version: 1,
      status: 'met',
      priority: 'tinggi',
    });
    expect(met.body).toMatchObject({ status: 'met', priority: 'tinggi', version: 2 });
    const stale = await t.patch(`/api/v1/needs/${add.body.id}`, { version: 1, status: 'dropped' });
    expect(stale.status).toBe(409);
    const list = (await t.get(`/api/v1/businesses/${id}/needs`)).body.items;
    expect(list.map((n: { title: string; status: string }) => [n.title, n.status])).toEqual([
      ['Foto produk', 'met'],
    ]);
  });
});

describe('erasure of the owner (UU PDP)', () => {
  it('clears the free-text notes of her businesses’ assessments and needs; levels stay', async () => {
    const id = await newBusiness('35.73.01.1007');
    await assess(id, 7, 3, today, {
      notes: 'Bu Sri, janda, dua anak',
      overrideReason: 'Suaminya pegawai toko',
      needs: [{ pillar: 'sdm', title: 'Pembukuan sederhana', priority: 'tinggi', note: 'Anaknya membantu' }],
    });
    const ownerId = (await t.get(`/api/v1/businesses/${id}`)).body.owner.id;
    const erased = await t.post(`/api/v1/people/${ownerId}/erase`, { reason: 'Permintaan tertulis pemilik' });
    expect(erased.status).toBe(200);
    const [a] = (await t.get(`/api/v1/businesses/${id}/level`)).body.assessments;
    expect(a).toMatchObject({ notes: null, overrideReason: '(dihapus atas permintaan)', level: 3, total: 7 });
    expect((await t.get(`/api/v1/businesses/${id}/needs`)).body.items[0].note).toBeNull();
  });
});

describe('rubric versioning', () => {
  it('a new version changes new suggestions; old assessments keep their version and level', async () => {
    const id = await newBusiness('35.73.02.1011');
    const old = await assess(id, 6, 2, tenthOfMonthsAgo(1)); // IR 2 under cut points 5/10
    const { current } = (await t.get('/api/v1/rubrics')).body;
    const v2 = await t.post('/api/v1/rubrics', {
      dimensions: current.dimensions,
      cutPoints: [7, 12],
      note: 'Batas dinaikkan',
    });
    expect(v2.status).toBe(201);
    expect(v2.body).toMatchObject({ version: 2, current: true, cutPoints: [7, 12] });
    const v1 = (await t.get('/api/v1/rubrics/1')).body;
    expect(v1).toMatchObject({ version: 1, current: false, cutPoints: [5, 10] });
    const res = await t.post(`/api/v1/businesses/${id}/assessments`, {
      rubricVersion: 2,
      answers: answersFor(6),
      level: 1,
      assessedOn: today,
    });
    expect(res.status).toBe(201);
    expect(res.body.assessment).toMatchObject({ rubricVersion: 2, total: 6, suggestedLevel: 1 });
    const level = (await t.get(`/api/v1/businesses/${id}/level`)).body;
    const first = level.assessments.find((a: { id: number }) => a.id === old.assessment.id);
    expect(first).toMatchObject({ rubricVersion: 1, suggestedLevel: 2, level: 2 });
    const versions = (await t.get('/api/v1/rubrics')).body.versions;
    expect(versions.map((v: { version: number; assessments: number }) => [v.version, v.assessments])).toEqual(
      [
        [2, 1],
        [1, 1 + 4 + 1], // this business’s first one, the four of the business above, the erased owner’s
      ],
    );
  });
});

describe('naik kelas counts and area scope', () => {
  type Step = { kec: string; from: number | null; to: number; on: string };
  const log: Step[] = [];
  const levels = new Map<number, number>();
  const kecOf = new Map<number, string>();
  // Totals giving the wanted level under version 2 (cut points 7/12), the rubric current by now.
  const TOTAL = { 1: 3, 2: 9, 3: 14 } as const;
  async function step(id: number, level: 1 | 2 | 3, on: string) {
    const res = await t.post(`/api/v1/businesses/${id}/assessments`, {
      rubricVersion: 2,
      answers: answersFor(TOTAL[level]),
      level,
      assessedOn: on,
    });
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    const from = levels.get(id) ?? null;
    if (from !== level) log.push({ kec: kecOf.get(id) as string, from, to: level, on });
    levels.set(id, level);
  }
  const sukun = '35.73.04.1004';
  const lowokwaru = '35.73.05.1004';
  let s: number[];
  let l: number[];
  beforeAll(async () => {
    s = [
      await newBusiness(sukun),
      await newBusiness(sukun),
      await newBusiness(sukun),
      await newBusiness(sukun),
    ];
    l = [await newBusiness(lowokwaru), await newBusiness(lowokwaru)];
    for (const id of s) kecOf.set(id, '35.73.04');
    for (const id of l) kecOf.set(id, '35.73.05');
    const [s1, s2, s3] = s as [number, number, number];
    const [l1, l2] = l as [number, number];
    await step(s1, 1, tenthOfMonthsAgo(14));
    await step(s1, 2, tenthOfMonthsAgo(13));
    await step(s1, 3, tenthOfMonthsAgo(2));
    await step(s2, 1, tenthOfMonthsAgo(5));
    await step(s2, 2, tenthOfMonthsAgo(2));
    await step(s3, 2, tenthOfMonthsAgo(4));
    await step(s3, 1, today);
    await step(l1, 1, tenthOfMonthsAgo(3));
    await step(l1, 2, tenthOfMonthsAgo(1));
    await step(l2, 1, today);
  });

  /** Expected rows counted from the log, per month and kecamatan, since `from`. */
  function expectedRows(kecs: string[], from: string) {
    const rows = new Map<string, { naik: number; turun: number }>();
    for (const e of log) {
      if (e.from === null || !kecs.includes(e.kec) || e.on < from) continue;
      const key = `${e.on.slice(0, 7)} ${e.kec}`;
      const r = rows.get(key) ?? { naik: 0, turun: 0 };
      if (e.to > e.from) r.naik += 1;
      else r.turun += 1;
      rows.set(key, r);
    }
    return [...rows.entries()].sort().map(([k, v]) => ({ key: k, ...v }));
  }

  it('counts naik and turun kelas per month and kecamatan within the caller’s area', async () => {
    const pimpinan = await t.as('pimpinan', '35.73.04', 'Camat Sukun');
    const res = await pimpinan.get('/api/v1/reports/level?period=month');
    expect(res.status).toBe(200);
    const got = res.body.rows.map(
      (r: { period: string; kecamatanCode: string; naik: number; turun: number }) => ({
        key: `${r.period} ${r.kecamatanCode}`,
        naik: r.naik,
        turun: r.turun,
      }),
    );
    expect(got).toEqual(expectedRows(['35.73.04'], res.body.from));
    // S1's step 13 months ago lies before the default window; the two steps 2 months ago and S3's drop inside
    expect(res.body.totals).toEqual({ naik: 2, turun: 1 });
    expect(res.body.levels).toEqual([
      { kecamatanCode: '35.73.04', kecamatanName: 'Sukun', ir1: 1, ir2: 1, ir3: 1, unassessed: 1 },
    ]);
    const years = (await pimpinan.get(`/api/v1/reports/level?period=year&from=${tenthOfMonthsAgo(14)}`)).body;
    expect(years.totals).toEqual({ naik: 3, turun: 1 });
  });

  it('shows the naik-kelas figure of the last twelve months on the dashboard', async () => {
    const pimpinan = await t.as('pimpinan', '35.73.05', 'Camat Lowokwaru');
    const figure = (await pimpinan.get('/api/v1/dashboard/summary')).body.naikKelas;
    expect(figure).toEqual({
      naikKelas12Months: 1,
      turunKelas12Months: 0,
      ir1: 1,
      ir2: 1,
      ir3: 0,
      unassessed: 0,
    });
    const city = (await t.get('/api/v1/dashboard/summary')).body.naikKelas;
    // city-wide: the log's steps plus the first business (naik 2 months ago, turun today) and the Klojen one (turun)
    const inLog = log.filter((e) => e.from !== null && e.to > e.from && e.on > tenthOfMonthsAgo(12)).length;
    expect(city.naikKelas12Months).toBe(inLog + 1);
    expect(city.turunKelas12Months).toBe(1 + 1 + 1);
  });

  it('answers 404 for a business outside the caller’s area, as for a missing one', async () => {
    const pendamping = await t.as('pendamping', '35.73.04', 'Pendamping Sukun');
    const foreign = l[0] as number;
    const need = (
      await t.post(`/api/v1/businesses/${foreign}/needs`, {
        pillar: 'sdm',
        title: 'Pelatihan',
        priority: 'rendah',
      })
    ).body;
    for (const [method, path, body] of [
      ['GET', `/api/v1/businesses/${foreign}/level`],
      ['GET', `/api/v1/businesses/${foreign}/assessment-draft`],
      ['GET', `/api/v1/businesses/${foreign}/needs`],
      [
        'POST',
        `/api/v1/businesses/${foreign}/assessments`,
        { rubricVersion: 2, answers: answersFor(3), level: 1 },
      ],
      [
        'POST',
        `/api/v1/businesses/${foreign}/needs`,
        { pillar: 'sdm', title: 'Pelatihan', priority: 'rendah' },
      ],
      ['PATCH', `/api/v1/needs/${need.id}`, { version: 1, status: 'met' }],
      ['GET', '/api/v1/businesses/999999/level'],
    ] as [string, string, unknown?][]) {
      const res = await pendamping.call(method, path, body);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
    }
    const own = await pendamping.get(`/api/v1/businesses/${s[0]}/level`);
    expect(own.body.level).toBe(3);
    const report = (await pendamping.get('/api/v1/reports/level')).body;
    expect(report.levels.map((k: { kecamatanName: string }) => k.kecamatanName)).toEqual(['Sukun']);
  });
});

describe('monthly trends on the dashboard', () => {
  it('counts registrations, naik / turun kelas and permits issued per month, in the caller’s area only', async () => {
    const kel = '35.73.03.1010';
    const a = await newBusiness(kel);
    const b = await newBusiness(kel);
    await newBusiness(kel);
    // a: IR 1 two months ago, IR 2 last month (naik); b: IR 2 two months ago, IR 1 last month (turun).
    // Levels are set with a reason, so the test does not depend on the cut points of the current rubric.
    const { current } = (await t.get('/api/v1/rubrics')).body;
    const v = { rubricVersion: current.version, overrideReason: 'Uji tren bulanan' };
    await assess(a, 2, 1, tenthOfMonthsAgo(2), v);
    await assess(a, 8, 2, tenthOfMonthsAgo(1), v);
    await assess(b, 8, 2, tenthOfMonthsAgo(2), v);
    await assess(b, 2, 1, tenthOfMonthsAgo(1), v);
    await t.post(`/api/v1/businesses/${a}/permits`, {
      type: 'SKU',
      number: 'SKU/TREN/1',
      issuedOn: tenthOfMonthsAgo(1),
    });
    const leader = await t.as('pimpinan', kel);
    const res = await leader.get('/api/v1/dashboard/trends?months=3');
    expect(res.status).toBe(200);
    const month = (n: number) => tenthOfMonthsAgo(n).slice(0, 7);
    expect(res.body.months).toEqual([
      { month: month(2), registered: 0, naik: 0, turun: 0, permits: 0 },
      { month: month(1), registered: 0, naik: 1, turun: 1, permits: 1 },
      { month: month(0), registered: 3, naik: 0, turun: 0, permits: 0 },
    ]);
    expect((await leader.get('/api/v1/dashboard/trends?months=1')).status).toBe(400);
  });
});
