import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildCountHistory } from '../../db/count-history.ts';
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
