import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { business, owner } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { runLinkage } from './linkage-run.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const STALE = [{ field: 'name', outcome: 'agree', weight: 12, note: 'Nama sama (bukti lama)' }];

/** A pair left open in the queue with the evidence of an earlier day. */
async function openPair(a: number, b: number) {
  const row = await t.db
    .insertInto('link_reviews')
    .values({
      kind: 'person',
      a_id: Math.min(a, b),
      b_id: Math.max(a, b),
      score: 13,
      evidence: JSON.stringify(STALE),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const person = async (o: Record<string, unknown>) => (await t.post('/api/v1/people', owner(o))).body.person;

describe('pilar linkage run and the open review queue', () => {
  it('weighs open pairs again against the records as they are, and lets go of those no longer alike', async () => {
    // Two women of one name in one kelurahan: once thought alike, now each with her own NIK and birth date.
    const mother = await person({
      name: 'Sri Wahyuni',
      nik: '3573014302610001',
      birthDate: '1961-02-03',
      phone: '0812 7000 0001',
    });
    const other = await person({
      name: 'Sri Wahyuni',
      nik: '3573016011900002',
      birthDate: '1990-11-20',
      phone: '0812 7000 0002',
      street: 'Jl. Mergosono',
      rt: '07',
      rw: '02',
    });
    // One woman entered twice: the second time without NIK, phone or birth date, on another street.
    const first = await person({
      name: 'Endang Kusumawati',
      birthDate: '1975-06-01',
      phone: '0813 7000 0003',
    });
    const again = await person({
      name: 'Endang Kusumawati',
      nik: null,
      birthDate: null,
      phone: null,
      street: 'Jl. Kebalen Wetan',
      rt: null,
      rw: null,
    });
    const apart = await openPair(mother.id, other.id);
    const alike = await openPair(first.id, again.id);
    const said: string[] = [];
    const result = await runLinkage(t.db, t.config, (m) => said.push(m));

    const rows = await t.db
      .selectFrom('link_reviews')
      .selectAll()
      .where('id', 'in', [apart, alike])
      .execute();
    const gone = rows.find((r) => r.id === apart);
    const kept = rows.find((r) => r.id === alike);
    // Two NIKs and two birth dates: below the review zone, out of the queue, with the evidence that says why.
    expect(gone).toMatchObject({ state: 'gone', decided_by: 'CLI (penautan ulang)' });
    expect(gone?.score).toBeLessThan(t.config.linkage.person.review);
    expect(gone?.evidence).toContainEqual(expect.objectContaining({ field: 'nik', outcome: 'disagree' }));
    // Still alike: open, with today's evidence instead of the old.
    expect(kept?.state).toBe('open');
    expect(kept?.score).toBeGreaterThanOrEqual(t.config.linkage.person.review);
    expect(kept?.evidence).not.toContainEqual(expect.objectContaining({ note: STALE[0]?.note }));
    expect(kept?.evidence).toContainEqual(expect.objectContaining({ field: 'street', outcome: 'disagree' }));
    expect(result).toMatchObject({ peopleMerged: 0, withdrawn: 1 });
    expect(said.at(-1)).toContain('keluar dari antrean');

    const shown = (await t.get(`/api/v1/reviews/${alike}`)).body;
    expect(shown.rescoredAt).not.toBeNull();
    const open = (await t.get('/api/v1/reviews?kind=person')).body.items.map((r: { id: number }) => r.id);
    expect(open).toContain(alike);
    expect(open).not.toContain(apart);

    // A pair that left the queue and is alike again is back in it.
    await t.db.updateTable('link_reviews').set({ state: 'gone' }).where('id', '=', alike).execute();
    await runLinkage(t.db, t.config, () => {});
    const back = await t.db.selectFrom('link_reviews').selectAll().where('id', '=', alike).executeTakeFirst();
    expect(back).toMatchObject({ state: 'open', decided_by: null });
  });

  it('queues a pair it may not merge, with the reason, and merges the rest', async () => {
    const siti = await person({ name: 'Siti Rukayah', nik: '3573015507800009', birthDate: '1980-07-15' });
    const shop = async () =>
      (await t.post('/api/v1/businesses', business({ ownerId: siti.id, name: 'Kripik Tempe Rukayah' }))).body
        .business.id as number;
    const [a, b] = [await shop(), await shop()];
    for (const id of [a, b]) {
      const plan = await t.post(`/api/v1/businesses/${id}/roadmap`, { targetLevel: 2 });
      expect(plan.status, JSON.stringify(plan.body)).toBe(200);
    }
    const said: string[] = [];
    const result = await runLinkage(t.db, t.config, (m) => said.push(m));
    expect(result.mergesRefused).toBe(1);
    expect((await t.get(`/api/v1/businesses/${a}`)).status).toBe(200);
    expect((await t.get(`/api/v1/businesses/${b}`)).status).toBe(200);
    const queued = await t.db
      .selectFrom('link_reviews')
      .selectAll()
      .where('kind', '=', 'business')
      .where('a_id', '=', Math.min(a, b))
      .where('b_id', '=', Math.max(a, b))
      .executeTakeFirstOrThrow();
    expect(queued.state).toBe('open');
    expect(queued.score).toBeGreaterThanOrEqual(t.config.linkage.business.link);
    expect(queued.evidence).toContainEqual(
      expect.objectContaining({ field: 'merge', note: expect.stringContaining('rencana pendampingan') }),
    );
    expect(said.join('\n')).toContain('tidak dapat digabung otomatis');
  });

  it('keeps a "not the same" decision after one of the two was merged into a third record', async () => {
    const kartini = { name: 'Kartini Wulandari', birthDate: '1979-03-09', phone: null };
    const kept = await person({ ...kartini, nik: '3573014903790004' });
    const twin = await person({ ...kartini, nik: null });
    const other = await person({ ...kartini, nik: null });
    const pairOf = async (a: number, b: number) => {
      const [lo, hi] = a < b ? [a, b] : [b, a];
      return t.db
        .selectFrom('link_reviews')
        .selectAll()
        .where('kind', '=', 'person')
        .where('a_id', '=', lo)
        .where('b_id', '=', hi)
        .executeTakeFirst();
    };
    // The operator: the twin is not the other woman; then the twin is the first record, merged into it.
    const apart = await openPair(twin.id, other.id);
    expect((await t.post(`/api/v1/reviews/${apart}/decision`, { decision: 'distinct' })).status).toBe(200);
    const same = await openPair(kept.id, twin.id);
    const merged = await t.post(`/api/v1/reviews/${same}/decision`, {
      decision: 'same',
      keep: kept.id < twin.id ? 'a' : 'b',
      fields: {},
    });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);

    await runLinkage(t.db, t.config, () => {});
    expect((await t.get(`/api/v1/people/${other.id}`)).status).toBe(200);
    expect(await pairOf(kept.id, other.id)).toBeUndefined();

    // Undone, the merge no longer speaks for the first record: she and the other woman are weighed again.
    expect((await t.post(`/api/v1/merges/${merged.body.mergeId}/undo`, {})).status).toBe(200);
    await runLinkage(t.db, t.config, () => {});
    const now = await pairOf(kept.id, other.id);
    const gone = (await t.get(`/api/v1/people/${other.id}`)).status === 404;
    expect(gone || now?.state === 'open').toBe(true);
  });
});
