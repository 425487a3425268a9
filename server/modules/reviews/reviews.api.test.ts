import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { business, nik, owner } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { refreshIndex } from '../imports/linkage-index.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Two records of one woman, as two offices entered her: the older without phone, the newer without NIK. */
async function pair() {
  const a = (await t.post('/api/v1/people', owner({ name: 'Siti Aminah', phone: null }))).body.person;
  const b = (
    await t.post('/api/v1/people', owner({ name: 'Hj. Siti Aminah', nik: null, phone: '0813 1111 2222' }))
  ).body.person;
  const biz = (await t.post('/api/v1/businesses', business({ ownerId: b.id, name: 'Keripik Bu Siti' }))).body
    .business;
  const [lo, hi] = a.id < b.id ? [a.id, b.id] : [b.id, a.id];
  await t.db
    .insertInto('link_reviews')
    .values({
      kind: 'person',
      a_id: lo,
      b_id: hi,
      score: 9.5,
      evidence: JSON.stringify([{ field: 'name', outcome: 'partial', weight: 4, note: 'Nama mirip' }]),
    })
    .execute();
  const review = (await t.get('/api/v1/reviews?kind=person')).body.items.find(
    (r: { a: { id: number } }) => r.a.id === lo,
  );
  return { a, b, biz, review };
}

const stable = (p: Record<string, unknown>) => {
  const { version: _v, updatedAt: _u, ...rest } = p;
  return rest;
};

describe('review queue → merge → un-merge', () => {
  it('shows the pair side by side with the fields that differ', async () => {
    const { review } = await pair();
    expect(review).toBeTruthy();
    expect(review.differs).toEqual(expect.arrayContaining(['name', 'nik', 'phone']));
    expect(review.a.fields.nik).toMatch(/^3573\*+\d{4}$/);
    expect(review.evidence[0].note).toBe('Nama mirip');
  });

  it('merges field by field, moves the businesses, and un-merge restores both exactly', async () => {
    const { a, b, biz, review } = await pair();
    const beforeA = (await t.get(`/api/v1/people/${a.id}`)).body;
    const beforeB = (await t.get(`/api/v1/people/${b.id}`)).body;
    const res = await t.post(`/api/v1/reviews/${review.id}/decision`, {
      decision: 'same',
      keep: 'a',
      fields: { name: 'b' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);

    const merged = (await t.get(`/api/v1/people/${a.id}`)).body;
    expect(merged.name).toBe('Hj. Siti Aminah');
    expect(merged.nik).toBe(beforeA.nik);
    expect(merged.phone).toBe(beforeB.phone);
    expect((await t.get(`/api/v1/people/${b.id}`)).status).toBe(404);
    expect((await t.get(`/api/v1/businesses/${biz.id}`)).body.owner.id).toBe(a.id);
    const history = (await t.get(`/api/v1/people/${a.id}/history`)).body.items;
    expect(history[0].action).toBe('merge');

    const merges = (await t.get(`/api/v1/merges?kind=person&recordId=${a.id}`)).body.items;
    expect(merges).toHaveLength(1);
    expect((await t.post(`/api/v1/merges/${merges[0].id}/undo`, {})).status).toBe(200);
    expect(stable((await t.get(`/api/v1/people/${a.id}`)).body)).toEqual(stable(beforeA));
    expect(stable((await t.get(`/api/v1/people/${b.id}`)).body)).toEqual(stable(beforeB));
    expect((await t.get(`/api/v1/businesses/${biz.id}`)).body.owner.id).toBe(b.id);
    expect((await t.get(`/api/v1/reviews/${review.id}`)).body.state).toBe('open');
    expect((await t.post(`/api/v1/merges/${merges[0].id}/undo`, {})).body.error.code).toBe('ALREADY_UNDONE');
  });

  it('merges two businesses under her one NIB into one holding it once, and un-merge gives each its own', async () => {
    const o = (await t.post('/api/v1/people', owner({ name: 'Nur Indah', phone: '0813 7777 0303' }))).body
      .person;
    const made = async (name: string) =>
      (await t.post('/api/v1/businesses', business({ ownerId: o.id, name }))).body.business;
    const [x, y] = [await made('Mawar Indah'), await made('UD Mawar Indah')];
    const nib = { type: 'NIB', number: '0429004927898' };
    for (const b of [x, y])
      expect((await t.post(`/api/v1/businesses/${b.id}/permits`, nib)).status).toBe(201);
    const permitsOf = async (id: number) =>
      (await t.get(`/api/v1/businesses/${id}`)).body.permits.map((p: { id: number; number: string }) => [
        p.id,
        p.number,
      ]);
    const before = [await permitsOf(x.id), await permitsOf(y.id)];
    const [lo, hi] = x.id < y.id ? [x.id, y.id] : [y.id, x.id];
    const row = await t.db
      .insertInto('link_reviews')
      .values({ kind: 'business', a_id: lo, b_id: hi, score: 14, evidence: '[]' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const res = await t.post(`/api/v1/reviews/${row.id}/decision`, { decision: 'same', keep: 'a' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(await permitsOf(lo)).toEqual([[expect.any(Number), nib.number]]);
    const [merge] = (await t.get(`/api/v1/merges?kind=business&recordId=${lo}`)).body.items;
    expect((await t.post(`/api/v1/merges/${merge.id}/undo`, {})).status).toBe(200);
    expect([await permitsOf(x.id), await permitsOf(y.id)]).toEqual(before);
  });

  it('remembers "not the same" and takes the pair off the queue', async () => {
    const { a, b, review } = await pair();
    const res = await t.post(`/api/v1/reviews/${review.id}/decision`, { decision: 'distinct' });
    expect(res.body.state).toBe('distinct');
    // In both records' history, each naming the other.
    for (const [self, other] of [
      [a.id, b.id],
      [b.id, a.id],
    ]) {
      const [entry] = (await t.get(`/api/v1/people/${self}/history`)).body.items;
      expect(entry).toMatchObject({
        action: 'distinct',
        changes: [{ field: 'distinctFrom', old: null, new: other }],
      });
    }
    const open = (await t.get('/api/v1/reviews?kind=person')).body.items.map((r: { id: number }) => r.id);
    expect(open).not.toContain(review.id);
    expect((await t.post(`/api/v1/reviews/${review.id}/decision`, { decision: 'same' })).status).toBe(409);
    // Listed among the pairs marked not the same, with who decided and when.
    const marked = (await t.get('/api/v1/reviews?kind=person&state=distinct&limit=100')).body.items.find(
      (r: { id: number }) => r.id === review.id,
    );
    expect(marked).toMatchObject({ state: 'distinct', decidedBy: expect.any(String) });
    expect(Date.now() - Date.parse(marked.decidedAt)).toBeLessThan(60_000);
  });

  it('puts a pair marked "not the same" back in the queue, in both records\' history', async () => {
    const { a, b, review } = await pair();
    // Only a pair so marked can be put back.
    expect((await t.post(`/api/v1/reviews/${review.id}/reopen`, {})).body.error.code).toBe(
      'REVIEW_NOT_DISTINCT',
    );
    await t.post(`/api/v1/reviews/${review.id}/decision`, { decision: 'distinct' });
    const res = await t.post(`/api/v1/reviews/${review.id}/reopen`, {});
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const back = (await t.get(`/api/v1/reviews/${review.id}`)).body;
    expect(back).toMatchObject({ state: 'open', decidedBy: null, decidedAt: null });
    for (const [self, other] of [
      [a.id, b.id],
      [b.id, a.id],
    ]) {
      const [entry] = (await t.get(`/api/v1/people/${self}/history`)).body.items;
      expect(entry).toMatchObject({
        action: 'reopen',
        changes: [{ field: 'distinctFrom', old: other, new: null }],
      });
    }
    // It can be decided again.
    expect((await t.post(`/api/v1/reviews/${review.id}/decision`, { decision: 'distinct' })).status).toBe(
      200,
    );
    const pendamping = await t.as('pendamping');
    expect((await pendamping.post(`/api/v1/reviews/${review.id}/reopen`, {})).status).toBe(403);
  });

  it('lists the pairs that left the queue when their score fell (gone), apart from the open ones', async () => {
    const { review } = await pair();
    await t.db
      .updateTable('link_reviews')
      .set({ state: 'gone', decided_by: 'penautan ulang', decided_at: new Date() })
      .where('id', '=', review.id)
      .execute();
    const ids = async (state: string) =>
      (await t.get(`/api/v1/reviews?kind=person&state=${state}&limit=100`)).body.items.map(
        (r: { id: number }) => r.id,
      );
    expect(await ids('gone')).toContain(review.id);
    expect(await ids('open')).not.toContain(review.id);
    expect(await ids('distinct')).not.toContain(review.id);
  });

  it('lists the latest merges of the reader’s area, newest first, page after page', async () => {
    const merged: { survivorId: number; mergedId: number }[] = [];
    for (const keep of ['a', 'b'] as const) {
      const { a, b, review } = await pair();
      await t.post(`/api/v1/reviews/${review.id}/decision`, { decision: 'same', keep, fields: {} });
      merged.push(keep === 'a' ? { survivorId: a.id, mergedId: b.id } : { survivorId: b.id, mergedId: a.id });
    }
    const first = (await t.get('/api/v1/merges?kind=person&limit=1')).body.items;
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ ...merged[1], survivorName: expect.any(String), undoneAt: null });
    const next = (await t.get(`/api/v1/merges?kind=person&limit=1&before=${first[0].id}`)).body.items;
    expect(next[0]).toMatchObject({ ...merged[0] });
    expect(next[0].id).toBeLessThan(first[0].id);
    // Another area's operator sees neither; a business list holds no person merges.
    const other = await t.as('operator', '35.73.03');
    const theirs = (await other.get('/api/v1/merges?kind=person&limit=100')).body.items;
    expect(theirs.map((m: { id: number }) => m.id)).not.toContain(first[0].id);
    const businesses = (await t.get('/api/v1/merges?kind=business&limit=100')).body.items;
    expect(businesses.map((m: { id: number }) => m.id)).not.toContain(first[0].id);
    // Undone from the list, it stays listed as undone.
    expect((await t.post(`/api/v1/merges/${first[0].id}/undo`, {})).status).toBe(200);
    const after = (await t.get('/api/v1/merges?kind=person&limit=1')).body.items[0];
    expect(after).toMatchObject({ id: first[0].id, undoneAt: expect.any(String) });
  });

  it('hides pairs outside the reviewer’s area and refuses roles that do not review', async () => {
    const { review } = await pair();
    const other = await t.as('operator', '35.73.03');
    expect((await other.get(`/api/v1/reviews/${review.id}`)).status).toBe(404);
    const pendamping = await t.as('pendamping');
    expect((await pendamping.get('/api/v1/reviews')).status).toBe(403);
  });
});

describe('pairs weighed again when a record changes by hand', () => {
  type Review = { id: number; state: string; score: number; evidence: { field: string; outcome: string }[] };
  const reviewOf = async (id: number): Promise<Review> => (await t.get(`/api/v1/reviews/${id}`)).body;
  const openPair = async (x: number, y: number) => {
    const [a, b] = x < y ? [x, y] : [y, x];
    const row = await t.db
      .insertInto('link_reviews')
      .values({
        kind: 'person',
        a_id: a,
        b_id: b,
        score: 9.5,
        evidence: JSON.stringify([{ field: 'name', outcome: 'partial', weight: 4, note: 'Nama mirip' }]),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(row.id);
  };
  const person = async (fields: Record<string, unknown>) =>
    (await t.post('/api/v1/people', owner({ name: 'Wiwik Sulistyowati', street: 'Jl. Tenes 4', ...fields })))
      .body.person;

  it('takes a pair out of the queue when an edit shows the two are different women', async () => {
    const a = await person({ phone: '0813 5555 0101' });
    const b = await person({ nik: null, phone: null, birthDate: null });
    const id = await openPair(a.id, b.id);
    await refreshIndex(t.db);
    // Her own NIK, born twenty years later: not the woman of record a.
    const res = await t.patch(`/api/v1/people/${b.id}`, {
      nik: nik('P', '2005-02-11'),
      birthDate: '2005-02-11',
      version: b.version,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const r = await reviewOf(id);
    expect(r.state).toBe('gone');
    expect(r.score).toBeLessThan(9.5);
    expect(r.evidence.map((e) => e.field)).toContain('nik');
    expect(r.evidence.find((e) => e.field === 'nik')?.outcome).toBe('disagree');
  });

  it('keeps a pair an edit leaves alike in the queue, with the evidence as it is now', async () => {
    const a = await person({ phone: '0813 5555 0202' });
    const b = await person({ nik: null, phone: null });
    const id = await openPair(a.id, b.id);
    // A registry filled only by hand: the linkage index counts nobody yet, and scores stay finite.
    const res = await t.patch(`/api/v1/people/${b.id}`, { phone: '0813 5555 0202', version: b.version });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const r = await reviewOf(id);
    expect(Number.isFinite(r.score)).toBe(true);
    expect(r.evidence.find((e) => e.field === 'phone')?.outcome).toBe('agree');
  });

  it('weighs a business pair again when one of the two is renamed', async () => {
    const o = await person({ phone: '0813 5555 0505' });
    const x = (await t.post('/api/v1/businesses', business({ ownerId: o.id, name: 'Sambal Wiwik' }))).body
      .business;
    const y = (await t.post('/api/v1/businesses', business({ ownerId: o.id, name: 'Sambal Bu Wiwik' }))).body
      .business;
    const [lo, hi] = x.id < y.id ? [x.id, y.id] : [y.id, x.id];
    const row = await t.db
      .insertInto('link_reviews')
      .values({ kind: 'business', a_id: lo, b_id: hi, score: 9.5, evidence: '[]' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await refreshIndex(t.db);
    const res = await t.patch(`/api/v1/businesses/${y.id}`, {
      name: 'Laundry Kiloan Berkah',
      products: 'cuci setrika',
      kbliCode: '96200',
      version: y.version,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const r = await reviewOf(Number(row.id));
    expect(r.state).toBe('gone');
    expect(r.evidence.map((e) => e.field)).toContain('name');
  });

  it("gives the survivor of a merge the merged record's other open pairs, and an un-merge weighs them again", async () => {
    const a = await person({ phone: '0813 5555 0303', street: 'Jl. Tenes 9' });
    const b = await person({ nik: null, phone: '0813 5555 0404', street: 'Jl. Tenes 9' });
    const c = await person({ nik: null, phone: '0813 5555 0404', street: 'Jl. Tenes 9', name: 'Wiwik S.' });
    await refreshIndex(t.db);
    const ab = await openPair(a.id, b.id);
    const bc = await openPair(b.id, c.id);
    const res = await t.post(`/api/v1/reviews/${ab}/decision`, {
      decision: 'same',
      keep: 'a',
      fields: { phone: 'b' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    // b is gone into a, with her phone: her pair with c is a's now, weighed with a's fields as merged.
    const open = (await t.get('/api/v1/reviews?kind=person&limit=100')).body.items as {
      id: number;
      a: { id: number };
      b: { id: number };
      evidence: { field: string; outcome: string }[];
    }[];
    const ac = open.find((r) => [r.a.id, r.b.id].sort().join() === [a.id, c.id].sort().join());
    expect(ac).toBeTruthy();
    expect(ac?.evidence.find((e) => e.field === 'phone')?.outcome).toBe('agree');
    expect(open.some((r) => r.id === bc)).toBe(false);

    const [merge] = (await t.get(`/api/v1/merges?kind=person&recordId=${a.id}`)).body.items;
    expect((await t.post(`/api/v1/merges/${merge.id}/undo`, {})).status).toBe(200);
    // b is back with her pair; a's phone differs from c's again.
    expect((await reviewOf(bc)).state).toBe('open');
    const after = await reviewOf(ac?.id ?? 0);
    expect(after.evidence.find((e) => e.field === 'phone')?.outcome).not.toBe('agree');
  });
});

describe('the order of the queue', () => {
  it('lists the highest scores first when asked, page after page, and the oldest first otherwise', async () => {
    const people: number[] = [];
    for (const name of ['Ani Lestari', 'Ani Lestariningsih', 'Anik Lestari', 'Ani Lestary'])
      people.push((await t.post('/api/v1/people', owner({ name, phone: null }))).body.person.id);
    const [p1, p2, p3, p4] = people as [number, number, number, number];
    const ids: number[] = [];
    for (const [a, b, score] of [
      [p1, p2, 11],
      [p1, p3, 14],
      [p2, p4, 12.5],
      [p3, p4, 14],
    ] as const) {
      const row = await t.db
        .insertInto('link_reviews')
        .values({ kind: 'person', a_id: Math.min(a, b), b_id: Math.max(a, b), score, evidence: '[]' })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.push(row.id);
    }
    const mine = (items: { id: number }[]) => items.map((r) => r.id).filter((id) => ids.includes(id));
    const page = async (query: string) => (await t.get(`/api/v1/reviews?kind=person&${query}`)).body.items;

    const all = mine(await page('sort=score&limit=100'));
    expect(all).toEqual([ids[1], ids[3], ids[2], ids[0]]);
    const first = await page('sort=score&limit=2');
    const second = await page(`sort=score&limit=2&after=${first.at(-1).id}`);
    expect(
      mine([...first, ...second, ...(await page(`sort=score&limit=100&after=${second.at(-1).id}`))]),
    ).toEqual(all);
    expect(mine(await page('limit=100'))).toEqual(ids);
  });
});

describe('the queue of one area', () => {
  it('fills each page with the reader’s own pairs and counts only those she can see', async () => {
    const insertPair = async (kind: 'person' | 'business', x: number, y: number) =>
      (
        await t.db
          .insertInto('link_reviews')
          .values({ kind, a_id: Math.min(x, y), b_id: Math.max(x, y), score: 12, evidence: '[]' })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const person = async (name: string, kelurahanCode: string) =>
      (await t.post('/api/v1/people', owner({ name, phone: null, kelurahanCode }))).body.person.id as number;
    // Older pairs elsewhere in the city, and one whose other record was merged away.
    const elsewhere: number[] = [];
    for (const name of ['Lilik', 'Lilis', 'Lina', 'Lini', 'Lisa', 'Lusi'])
      elsewhere.push(await person(`${name} Rahayu`, '35.73.03.1002'));
    for (let i = 0; i < elsewhere.length; i += 2)
      await insertPair('person', elsewhere[i] as number, elsewhere[i + 1] as number);
    const here = await person('Sri Wahyuni', '35.73.01.1001');
    await insertPair('person', here, 2_000_000_000);
    // Hers: two women of her kelurahan, and a woman living elsewhere who runs a business here.
    const mine = [await insertPair('person', here, await person('Sri Wahyuningsih', '35.73.01.1001'))];
    const away = await person('Sri Wahyu', '35.73.03.1002');
    const biz = (
      await t.post('/api/v1/businesses', business({ ownerId: away, kelurahanCode: '35.73.01.1001' }))
    ).body.business.id as number;
    mine.push(await insertPair('person', here, away));
    const other = (
      await t.post('/api/v1/businesses', business({ ownerId: here, kelurahanCode: '35.73.01.1001' }))
    ).body.business.id as number;
    const businessPair = await insertPair('business', biz, other);

    const reader = await t.as('operator', '35.73.01.1001');
    const first = await reader.get('/api/v1/reviews?kind=person&limit=1');
    expect(first.status).toBe(200);
    expect(first.body.items.map((r: { id: number }) => r.id)).toEqual([mine[0]]);
    const second = await reader.get(`/api/v1/reviews?kind=person&limit=1&after=${mine[0]}`);
    expect(second.body.items.map((r: { id: number }) => r.id)).toEqual([mine[1]]);
    expect(first.body.open).toEqual({ person: 2, business: 1 });
    const businesses = await reader.get('/api/v1/reviews?kind=business');
    expect(businesses.body.items.map((r: { id: number }) => r.id)).toEqual([businessPair]);
  });
});
