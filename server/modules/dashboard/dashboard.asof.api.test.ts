import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildCountHistory } from '../../db/count-history.ts';
import { answeredFigures, expectedFigures, questionQuery } from '../../test/dashboard-expected.ts';
import { business, owner } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
const BLIMBING = '35.73.01.1007';
const KLOJEN = '35.73.02.1011';
const ids: Record<'x' | 'y' | 'z' | 'w', number> = { x: 0, y: 0, z: 0, w: 0 };

const at = (day: string) => `${day}T10:00:00+07:00`;

/** Dates the newest history rows of a business (the API stamps now()) to a scripted moment. */
async function backdate(id: number, action: string, day: string) {
  await sql`update history set at = ${at(day)}::timestamptz
    where id = (select max(id) from history where entity = 'business' and entity_id = ${id} and action = ${action})`.execute(
    t.db,
  );
}

async function create(key: keyof typeof ids, day: string) {
  const res = await t.post('/api/v1/businesses', business({ kelurahanCode: BLIMBING, owner: owner() }));
  if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  ids[key] = res.body.business.id;
  await sql`update businesses set created_at = ${at(day)}::timestamptz where id = ${ids[key]}`.execute(t.db);
  await backdate(ids[key], 'create', day);
}

async function patch(id: number, change: Record<string, unknown>, day: string) {
  const b = (await t.get(`/api/v1/businesses/${id}`)).body;
  const res = await t.patch(`/api/v1/businesses/${id}`, { version: b.version, ...change });
  if (res.status !== 200) throw new Error(JSON.stringify(res.body));
  await backdate(id, 'update', day);
}

/**
 * The scripted history: X registered 10 Jan 2024, Y 10 Feb, Z 20 Feb, W 1 May; X assessed IR 2 on 5 Mar;
 * Y moved to Klojen 1 Apr; Z closed 1 Jun; W merged into X 1 Jul and the merge undone 1 Sep.
 */
beforeAll(async () => {
  t = await createTestApp();
  await create('x', '2024-01-10');
  await create('y', '2024-02-10');
  await create('z', '2024-02-20');
  await create('w', '2024-05-01');
  await sql`update businesses set ir_level = 2, ir_level_since = '2024-03-05' where id = ${ids.x}`.execute(
    t.db,
  );
  await sql`insert into history (entity, entity_id, business_id, action, actor, at, changes)
    values ('business', ${ids.x}, ${ids.x}, 'update', 'uji', ${at('2024-03-05')}::timestamptz,
      '{"irLevel": [null, 2]}')`.execute(t.db);
  await patch(ids.y, { kelurahanCode: KLOJEN }, '2024-04-01');
  await patch(ids.z, { status: 'closed' }, '2024-06-01');
  const review = await t.db
    .insertInto('link_reviews')
    .values({ kind: 'business', a_id: ids.x, b_id: ids.w, score: 9, evidence: '[]' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const decided = await t.post(`/api/v1/reviews/${review.id}/decision`, { decision: 'same' });
  if (decided.status !== 200) throw new Error(JSON.stringify(decided.body));
  const merge = await t.db
    .selectFrom('merges')
    .select(['id', 'merged_id'])
    .where('review_id', '=', review.id)
    .executeTakeFirstOrThrow();
  expect(Number(merge.merged_id)).toBe(ids.w);
  await sql`update history set at = ${at('2024-07-01')}::timestamptz where action = 'merge'`.execute(t.db);
  const undone = await t.post(`/api/v1/merges/${merge.id}/undo`, {});
  if (undone.status !== 200) throw new Error(JSON.stringify(undone.body));
  await sql`update history set at = ${at('2024-09-01')}::timestamptz where action = 'unmerge'`.execute(t.db);
  await rebuildCountHistory(t.db);
});
afterAll(() => t.close());

type Summary = {
  microEnterprises: number;
  byKecamatan: { name: string; microEnterprises: number }[];
  byLevel: { level: string; homeIndustries: number }[];
};
const summary = async (query: string): Promise<Summary> => {
  const res = await t.get(`/api/v1/dashboard/summary${query}`);
  expect(res.status).toBe(200);
  return res.body;
};
const kec = (s: Summary, name: string) => s.byKecamatan.find((k) => k.name === name)?.microEnterprises;
const level2 = (s: Summary) => s.byLevel.find((l) => l.level === '2')?.homeIndustries;

describe('dashboard as of a date, from the change history', () => {
  // [date, registry size, in Blimbing, in Klojen, IR 2] worked out by hand from the script above.
  const expected: [string, number, number, number, number][] = [
    ['2023-12-31', 0, 0, 0, 0],
    ['2024-01-31', 1, 1, 0, 0],
    ['2024-02-15', 2, 2, 0, 0],
    ['2024-02-29', 3, 3, 0, 0],
    ['2024-03-05', 3, 3, 0, 1],
    ['2024-04-15', 3, 2, 1, 1],
    ['2024-05-01', 4, 3, 1, 1],
    ['2024-06-15', 3, 2, 1, 1],
    ['2024-07-15', 2, 1, 1, 1],
    ['2024-08-31', 2, 1, 1, 1],
    ['2024-09-01', 3, 2, 1, 1],
  ];
  it.each(expected)('as of %s', async (date, total, blimbing, klojen, ir2) => {
    const s = await summary(`?asOf=${date}`);
    expect([s.microEnterprises, kec(s, 'Blimbing'), kec(s, 'Klojen'), level2(s)]).toEqual([
      total,
      blimbing,
      klojen,
      ir2,
    ]);
  });

  it('as of today equals the current figures, breakdown by breakdown', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
    const now = await summary('');
    const asOf = await summary(`?asOf=${today}`);
    expect(now.microEnterprises).toBe(3);
    for (const key of ['microEnterprises', 'byKecamatan', 'byLevel', 'bySector', 'bySizeClass'] as const)
      expect(asOf[key as keyof Summary]).toEqual(now[key as keyof Summary]);
  });

  it('keeps the as-of figures when a business changes today (the change is dated today)', async () => {
    await patch(ids.y, { kelurahanCode: BLIMBING }, new Date().toISOString().slice(0, 10));
    await sql`update history set at = now() where id = (select max(id) from history)`.execute(t.db);
    const past = await summary('?asOf=2024-09-01');
    expect([kec(past, 'Blimbing'), kec(past, 'Klojen')]).toEqual([2, 1]);
    expect(kec(await summary(''), 'Klojen')).toBe(0);
  });

  it('a stock date in the past through `to` reads the same as `asOf`', async () => {
    const a = await summary('?to=2024-06-15');
    expect(a.microEnterprises).toBe(3);
  });
});

describe('permit holdings and flows as of the scripted dates', () => {
  // Added to the script: permits of X (P-IRT 15 Jan – 30 Jun 2024), Y (P-IRT without issue date, until
  // 31 Mar 2024), Z (P-IRT from 25 Feb 2024, Z closed 1 Jun) and W (NIB from 2 May 2024, through its merge
  // into X and back); X rises from IR 2 to IR 3 on 15 Aug 2024. Y gets a HALAL certificate on 20 Apr 2024
  // and its owner stops being a KRTP woman on 10 May 2024 (recorded in the owner's history).
  beforeAll(async () => {
    const permit = (id: number, type: string, no: string, issued: string | null, expires: string | null) =>
      sql`insert into permits (business_id, type, number, issued_on, expires_on)
        values (${id}, ${type}, ${no}, ${issued}, ${expires})`.execute(t.db);
    await permit(ids.x, 'PIRT', '210357301001229', '2024-01-15', '2024-06-30');
    await permit(ids.y, 'PIRT', '210357301001329', null, '2024-03-31');
    await permit(ids.z, 'PIRT', '210357301001429', '2024-02-25', null);
    await permit(ids.w, 'NIB', '9120000000001', '2024-05-02', null);
    await permit(ids.y, 'HALAL', 'ID35110000001', '2024-04-20', null);
    const owner = (await t.get(`/api/v1/businesses/${ids.y}`)).body.owner;
    expect(owner.krtp).toBe(true);
    const krtp = await t.patch(`/api/v1/people/${owner.id}`, { version: owner.version, krtp: false });
    if (krtp.status !== 200) throw new Error(JSON.stringify(krtp.body));
    await sql`update history set at = ${at('2024-05-10')}::timestamptz
      where id = (select max(id) from history where entity = 'person' and entity_id = ${owner.id})`.execute(
      t.db,
    );
    const a = await sql<{ id: number }>`
      insert into assessments (business_id, rubric_version, answers, total, suggested_level, level, assessed_on, assessor_name)
      values (${ids.x}, 1, '{}', 0, 3, 3, '2024-08-15', 'uji') returning id`.execute(t.db);
    await sql`insert into level_events (business_id, assessment_id, from_level, to_level, occurred_on, kelurahan_code, kecamatan_code)
      values (${ids.x}, ${a.rows[0]?.id}, 2, 3, '2024-08-15', ${BLIMBING}, '35.73.01')`.execute(t.db);
    await sql`update businesses set ir_level = 3, ir_level_since = '2024-08-15' where id = ${ids.x}`.execute(
      t.db,
    );
    await sql`insert into history (entity, entity_id, business_id, action, actor, at, changes)
      values ('business', ${ids.x}, ${ids.x}, 'update', 'uji', ${at('2024-08-15')}::timestamptz,
        '{"irLevel": [2, 3]}')`.execute(t.db);
    await rebuildCountHistory(t.db);
  });

  const byType = (s: { byPermit: { type: string; homeIndustries: number }[] }, type: string) =>
    s.byPermit.find((p) => p.type === type)?.homeIndustries;

  type Answer = {
    byPermit: { type: string; homeIndustries: number }[];
    homeIndustriesKrtp: number;
    flows: { permitsObtained: number; naikKelas: number };
  };
  const ask = async (q: string): Promise<Answer> => {
    const res = await t.get(`/api/v1/dashboard/summary?${q}`);
    expect(res.status).toBe(200);
    return res.body;
  };

  it.each([
    // [date, P-IRT, NIB, HALAL holders, permits obtained since 1 Jan 2024] by hand from the script above:
    // Y was not registered on 10 Jan; Z (closed since 1 Jun) held its P-IRT on 1 Mar; W (NIB) was merged
    // into X on 15 Jul, so neither its permit nor the business counted that day.
    ['2024-01-10', 0, 0, 0, 0],
    ['2024-03-01', 3, 0, 0, 2],
    ['2024-06-15', 1, 1, 1, 4],
    ['2024-07-15', 0, 0, 1, 3],
  ] as const)('as of %s, by hand', async (date, pirt, nib, halal, obtained) => {
    const s = await ask(`from=2024-01-01&to=${date}&asOf=${date}`);
    expect([byType(s, 'PIRT'), byType(s, 'NIB'), byType(s, 'HALAL'), s.flows.permitsObtained]).toEqual([
      pirt,
      nib,
      halal,
      obtained,
    ]);
  });

  it.each([
    // [query, P-IRT, HALAL holders, permits obtained, naik kelas] by hand: each business where it was, at the
    // level it had and with its owner's KRTP flag of that day.
    ['kecamatan=35.73.01&from=2024-01-01&asOf=2024-03-01', 3, 0, 2, 0], // Y still in Blimbing
    ['kecamatan=35.73.02&from=2024-01-01&asOf=2024-03-01', 0, 0, 0, 0],
    ['kecamatan=35.73.02&from=2024-01-01&asOf=2024-06-15', 0, 1, 1, 0], // Y in Klojen since 1 Apr
    ['kecamatan=35.73.01&from=2024-01-01&asOf=2024-06-15', 1, 0, 3, 0],
    ['kecamatan=35.73.01&from=2024-01-01', 0, 1, 4, 1], // now: Y back in Blimbing; W's NIB; X rose
    ['kecamatan=35.73.02&from=2024-01-01', 0, 0, 0, 0],
    ['krtp=true&from=2024-04-01&asOf=2024-04-30', 2, 1, 1, 0], // X, Z; Y's owner still KRTP
    ['krtp=false&from=2024-04-01&asOf=2024-04-30', 0, 0, 0, 0],
    ['krtp=true&from=2024-04-01&asOf=2024-06-15', 1, 0, 1, 0], // X's P-IRT; W's NIB obtained
    ['krtp=false&from=2024-04-01&asOf=2024-06-15', 0, 1, 1, 0], // Y's owner no longer KRTP
    ['level=2&from=2024-01-01&asOf=2024-06-15', 1, 0, 1, 0], // X at IR 2
    ['level=3&from=2024-01-01&asOf=2024-06-15', 0, 0, 0, 0],
    ['level=3&from=2024-01-01&asOf=2024-08-31', 0, 0, 1, 1], // X at IR 3 since 15 Aug
    ['level=2&from=2024-01-01&asOf=2024-08-31', 0, 0, 0, 0],
    ['level=none&from=2024-01-01&asOf=2024-08-31', 0, 1, 2, 0], // Y and Z; W merged away
    ['from=2024-01-01&asOf=2024-05-15', 2, 1, 4, 0], // Z open, Y's P-IRT expired
  ] as const)('%s, by hand', async (q, pirt, halal, obtained, naik) => {
    const s = await ask(q);
    expect([byType(s, 'PIRT'), byType(s, 'HALAL'), s.flows.permitsObtained, s.flows.naikKelas]).toEqual([
      pirt,
      halal,
      obtained,
      naik,
    ]);
  });

  it('counts KRTP-run home industries with the owner’s flag of the day', async () => {
    // 30 Apr: X, Y and Z, all owners KRTP; 15 Jun: X and W (Y's owner no longer, Z closed).
    expect((await ask('asOf=2024-04-30')).homeIndustriesKrtp).toBe(3);
    expect((await ask('asOf=2024-06-15')).homeIndustriesKrtp).toBe(2);
  });

  const dates = [
    '2023-12-31',
    '2024-01-31',
    '2024-02-29',
    '2024-04-15',
    '2024-05-09',
    '2024-05-10',
    '2024-06-15',
    '2024-07-15',
    '2024-08-15',
    '2024-09-01',
  ];

  it('equal plain counts over the base tables at every scripted date, filter and area', async () => {
    const leader = await t.as('pimpinan', '35.73.01');
    const filters = [
      {},
      { kecamatan: '35.73.01' },
      { kecamatan: '35.73.02' },
      { level: '3' },
      { level: '2' },
      { level: 'none' },
      { krtp: 'true' },
      { krtp: 'false' },
    ];
    for (const date of dates)
      for (const from of ['2024-01-01', '2024-08-01'])
        for (const f of filters) {
          const q = { scope: '35.73', ...f, from: [from, date].sort()[0] as string, to: date, asOf: date };
          const res = await t.get(`/api/v1/dashboard/summary?${questionQuery(q)}`);
          expect(answeredFigures(res.body), JSON.stringify(q)).toEqual(await expectedFigures(t.db, q));
          const own = { ...q, scope: '35.73.01' };
          const mine = await leader.get(`/api/v1/dashboard/summary?${questionQuery(own)}`);
          expect(answeredFigures(mine.body), JSON.stringify(own)).toEqual(await expectedFigures(t.db, own));
        }
    // The level rise of X counts in August (one business), not in the first half of the year.
    const aug = (await t.get('/api/v1/dashboard/summary?from=2024-08-01&to=2024-08-31&asOf=2024-08-31')).body;
    expect(aug.flows.naikKelas).toBe(1);
    const h1 = (await t.get('/api/v1/dashboard/summary?from=2024-01-01&to=2024-06-30&asOf=2024-06-30')).body;
    expect(h1.flows.naikKelas).toBe(0);
  });
  it('keeps past holdings and flows when a business changes today, without a rebuild (the triggers)', async () => {
    // X moves to Klojen and Z reopens today, through the API: only the triggers record it.
    await patch(ids.x, { kelurahanCode: KLOJEN }, new Date().toISOString().slice(0, 10));
    await sql`update history set at = now() where id = (select max(id) from history)`.execute(t.db);
    await patch(ids.z, { status: 'active' }, new Date().toISOString().slice(0, 10));
    await sql`update history set at = now() where id = (select max(id) from history)`.execute(t.db);
    const blimbing = await ask('kecamatan=35.73.01&from=2024-01-01&asOf=2024-03-01');
    expect([byType(blimbing, 'PIRT'), blimbing.flows.permitsObtained]).toEqual([3, 2]);
    const klojen = await ask('kecamatan=35.73.02&from=2024-08-01&asOf=2024-08-31');
    expect([byType(klojen, 'PIRT'), klojen.flows.naikKelas]).toEqual([0, 0]);
    expect(byType(await ask('asOf=2024-06-15'), 'PIRT')).toBe(1);
    const now = await ask('kecamatan=35.73.02&from=2024-01-01');
    expect([now.flows.naikKelas, now.flows.permitsObtained]).toEqual([1, 1]);
    expect(byType(await ask(''), 'PIRT')).toBe(1); // Z's open-ended P-IRT counts again
    for (const date of dates)
      for (const f of [{}, { kecamatan: '35.73.01' }, { kecamatan: '35.73.02' }, { level: '3' }]) {
        const q = {
          scope: '35.73',
          ...f,
          from: '2024-01-01' < date ? '2024-01-01' : date,
          to: date,
          asOf: date,
        };
        const res = await t.get(`/api/v1/dashboard/summary?${questionQuery(q)}`);
        expect(answeredFigures(res.body), JSON.stringify(q)).toEqual(await expectedFigures(t.db, q));
      }
  });

  it('the triggers’ spans and ledger equal a rebuild from the change history', async () => {
    const snapshot = async () => ({
      spans: (
        await sql<{
          k: string;
        }>`select concat_ws('|', business_id, valid_from, valid_to, present, kelurahan_code,
          sector, owner_krtp, ir_level, holds) as k from business_spans where valid_from < valid_to order by 1`.execute(
          t.db,
        )
      ).rows.map((r) => r.k),
      counts: (
        await sql<{
          k: string;
        }>`select concat_ws('|', kind, day, prev, since, kelurahan_code, sector, owner_krtp,
          ir_level, n) as k from figure_counts where n <> 0 order by 1`.execute(t.db)
      ).rows.map((r) => r.k),
    });
    const maintained = await snapshot();
    expect(maintained.spans.length).toBeGreaterThan(5);
    await rebuildCountHistory(t.db);
    expect(await snapshot()).toEqual(maintained);
  });
});
