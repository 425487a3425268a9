import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePopulation } from '../../../bench/linkage/population.ts';
import { renderFiles } from '../../../bench/linkage/spreadsheets.ts';
import { up as reprepareBusinesses } from '../../db/migrations/0037_linkage_houses.ts';
import { withTransaction } from '../../db/transaction.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { businessEntry, personEntry } from '../linkage/index-entries.ts';
import { mergeRecords, undoMerge } from '../merges/merges.service.ts';
import { cliCaller, runImport } from './imports.cli.ts';
import { dirtyCount, INDEX_JOB, indexTotals, queueRefreshIfStale } from './linkage-index.ts';
import { loadRegistry } from './registry-snapshot.ts';

// The generated offices' files of one population with known truth, imported one after the other: every
// file but the first links against a registry built by the ones before.
let dir: string;
let files: { file: string; source: string }[];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'pilar-partial-'));
  const { observations } = generatePopulation({ seed: 11, people: 260 });
  ({ files } = await renderFiles(observations, dir, 11));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Outcome = {
  links: { file: string; row: number; person: string | null; business: string | null }[];
  /** Per import: linked through the linkage index, or with the whole registry loaded. */
  through: number[];
  reviews: string[];
  people: number;
  businesses: number;
};

/**
 * What happens to a registry between imports, the same in both apps: a hand edit of a name, a permit
 * added, two people merged and two others merged and un-merged, an owner erased.
 */
async function meanwhile(t: TestApp) {
  const caller = cliCaller(t.config, 'Penguji');
  const people = await t.db.selectFrom('people').select(['id']).orderBy('id').execute();
  const id = (i: number) => people[i]?.id ?? 0;
  const [a, b, c, d, e, f] = [id(3), id(4), id(10), id(11), id(20), id(30)];
  await t.db.updateTable('people').set({ name: 'Siti Nur Aminah' }).where('id', '=', a).execute();
  const biz = await t.db.selectFrom('businesses').select('id').orderBy('id').executeTakeFirstOrThrow();
  await t.db
    .insertInto('permits')
    .values({ business_id: biz.id, type: 'PIRT', number: '206357301234526' })
    .execute();
  await withTransaction(t.db, async (trx) => {
    await mergeRecords(trx, { kind: 'person', survivorId: b, mergedId: c }, { config: t.config, caller });
    const { mergeId } = await mergeRecords(
      trx,
      { kind: 'person', survivorId: d, mergedId: e },
      { config: t.config, caller },
    );
    await undoMerge(trx, mergeId, caller);
  });
  // An owner's new phone relates her businesses to another household.
  const owner = await t.db
    .selectFrom('businesses')
    .select('owner_id')
    .orderBy('id')
    .offset(5)
    .executeTakeFirstOrThrow();
  await t.db
    .updateTable('people')
    .set({ phone: '+6281234509876' })
    .where('id', '=', owner.owner_id)
    .execute();
  await t.db
    .updateTable('people')
    .set({ erased_at: new Date(), name: 'Dihapus', nik: null, phone: null })
    .where('id', '=', f)
    .execute();
}

async function importAll(t: TestApp): Promise<Outcome> {
  const through: number[] = [];
  for (const [i, f] of files.entries()) {
    if (i === 2) await meanwhile(t);
    const imp = await runImport(t.db, t.config, path.join(dir, f.file), { source: f.source }, () => {});
    through.push(imp.counts.linkedThroughIndex ?? -1);
  }
  const { rows: links } = await sql<Outcome['links'][number]>`
    select i.file_name as file, s.sheet_row as row, l.person_id::text as person, l.business_id::text as business
    from source_rows s join imports i on i.id = s.import_id left join source_row_links l on l.id = s.id
    order by i.id, s.sheet_row`.execute(t.db);
  const { rows: reviews } = await sql<{ pair: string }>`
    select kind || ':' || a_id || ':' || b_id || ':' || state as pair from link_reviews order by 1`.execute(
    t.db,
  );
  const count = async (table: 'people' | 'businesses') =>
    Number(
      (
        await t.db
          .selectFrom(table)
          .select((e) => e.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    through,
    links,
    reviews: reviews.map((r) => r.pair),
    people: await count('people'),
    businesses: await count('businesses'),
  };
}

describe('linking a small file through the linkage index', () => {
  let partial: TestApp;
  let full: TestApp;
  beforeAll(async () => {
    partial = await createTestApp();
    full = await createTestApp({ PILAR_LINKAGE_PARTIAL: 'off' });
  });
  afterAll(async () => {
    await partial.close();
    await full.close();
  });

  it('decides every row exactly as a linker loaded with the whole registry', async () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
    const [a, b] = [await importAll(partial), await importAll(full)];
    // The files hold hundreds of rows with duplicates across offices: there is something to decide.
    expect(a.links.length).toBeGreaterThan(500);
    expect(a.people).toBeLessThan(a.links.length * 0.8);
    expect(a.reviews.length).toBeGreaterThan(0);
    // Every file went through the index in one app (none fell back to loading the registry), none in the other.
    expect(a.through).toEqual(files.map(() => 1));
    expect(b.through).toEqual(files.map(() => 0));
    expect(a.links).toEqual(b.links);
    expect(a.reviews).toEqual(b.reviews);
    expect([a.people, a.businesses]).toEqual([b.people, b.businesses]);
  }, 300_000);

  it('brings the index up to date by a job after each commit, and marks records changed by any write', async () => {
    const { rows: jobs } = await sql<{ n: number }>`
      select count(*)::int as n from jobs where kind = 'linkage.index' and state = 'queued'`.execute(
      partial.db,
    );
    expect(jobs[0]?.n).toBe(1);
    expect(await dirtyCount(partial.db)).toBeGreaterThan(0);
    await partial.runJobs();
    expect(await dirtyCount(partial.db)).toBe(0);
    // The deleted marks are vacuumed away at once: the next commit's count reads no dead rows.
    const { rows: size } = await sql<{ bytes: string }>`
      select pg_relation_size('linkage_dirty') as bytes`.execute(partial.db);
    expect(Number(size[0]?.bytes)).toBe(0);
    // The index holds every person once, and its total counts them.
    const people = Number(
      (
        await partial.db
          .selectFrom('people')
          .select((e) => e.fn.countAll().as('n'))
          .where('erased_at', 'is', null)
          .executeTakeFirstOrThrow()
      ).n,
    );
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from linkage_entries where kind = 'p'`.execute(partial.db);
    expect(rows[0]?.n).toBe(people);
    expect((await indexTotals(partial.db, 'p')).n).toBe(people);
    // The counts kept by differences equal the counts of every record's entry computed afresh.
    const registry = await loadRegistry(partial.db);
    const owners = new Map(registry.people.map((p) => [p.id, p]));
    const expected = new Map<string, number>();
    const bump = (k: string) => expected.set(k, (expected.get(k) ?? 0) + 1);
    for (const p of registry.people) for (const t of personEntry(p).terms) bump(`p ${t}`);
    for (const b of registry.businesses)
      for (const t of businessEntry(b, owners.get(b.ownerId) ?? null).terms) bump(`b ${t}`);
    const { rows: stored } = await sql<{ k: string; n: number }>`
      select kind || ' ' || term as k, n from linkage_term_counts
      where n <> 0 and left(term, 1) <> chr(2)`.execute(partial.db);
    expect(stored.length).toBe(expected.size);
    expect(new Map(stored.map((r) => [r.k, r.n]))).toEqual(expected);
    // Each entry keeps its record as a whole-registry linker prepares it, owners' households included.
    const { rows: prepared } = await sql<{ kind: string; id: string; prepared: unknown }>`
      select kind, record_id as id, prepared from linkage_entries`.execute(partial.db);
    const kept = new Map(prepared.map((r) => [`${r.kind} ${r.id}`, r.prepared]));
    const json = (v: unknown) => JSON.parse(JSON.stringify(v));
    for (const p of registry.people) expect(kept.get(`p ${p.id}`)).toEqual(json(personEntry(p).prepared));
    for (const b of registry.businesses)
      expect(kept.get(`b ${b.id}`)).toEqual(json(businessEntry(b, owners.get(b.ownerId) ?? null).prepared));
    expect(prepared.length).toBe(registry.people.length + registry.businesses.length);
    const keyTotal = registry.people.reduce((n, p) => n + new Set(personEntry(p).keys).size, 0);
    const { rows: keyRows } = await sql<{ n: number }>`
      select count(*)::int as n from linkage_keys where kind = 'p'`.execute(partial.db);
    expect(keyRows[0]?.n).toBe(keyTotal);
    // A hand edit of a name, a permit added to a business: each record is marked, her businesses too.
    const person = await partial.db
      .selectFrom('businesses')
      .select(['owner_id', 'id'])
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await partial.db
      .updateTable('people')
      .set({ name: 'Nama Diubah Tangan' })
      .where('id', '=', person.owner_id)
      .execute();
    const biz = await partial.db
      .selectFrom('businesses')
      .select('id')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    await partial.db
      .insertInto('permits')
      .values({ business_id: biz.id, type: 'HALAL', number: 'ID0001234' })
      .execute();
    const { rows: marked } = await sql<{ mark: string }>`
      select kind || ':' || record_id as mark from linkage_dirty`.execute(partial.db);
    expect(marked.map((m) => m.mark).sort()).toEqual(
      [`p:${person.owner_id}`, `b:${person.id}`, `b:${biz.id}`].sort(),
    );
    // A change to a field linkage does not read marks nothing.
    await partial.db
      .updateTable('people')
      .set({ education: 'SMA' })
      .where('id', '=', person.owner_id)
      .execute();
    expect(await dirtyCount(partial.db)).toBe(3);
    // A new phone of an owner changes her household: she and her businesses are marked.
    const other = await partial.db
      .selectFrom('businesses')
      .select('owner_id')
      .where('owner_id', '<>', person.owner_id)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await partial.db
      .updateTable('people')
      .set({ phone: '+6281298765432' })
      .where('id', '=', other.owner_id)
      .execute();
    const { rows: hers } = await sql<{ mark: string }>`
      select 'b:' || id as mark from businesses where owner_id = ${other.owner_id}
      union all select ${`p:${other.owner_id}`}`.execute(partial.db);
    const { rows: now } = await sql<{ mark: string }>`
      select kind || ':' || record_id as mark from linkage_dirty order by seq offset 3`.execute(partial.db);
    expect(now.map((m) => m.mark).sort()).toEqual(hers.map((m) => m.mark).sort());
  });

  it('marks every business entry, and only those, when a linkage change asks them prepared again', async () => {
    await partial.runJobs();
    await sql`delete from linkage_dirty`.execute(partial.db);
    await reprepareBusinesses(partial.db as never);
    const { rows: marked } = await sql<{ kind: string; n: number }>`
      select kind, count(distinct record_id)::int as n from linkage_dirty group by kind`.execute(partial.db);
    const { rows: entries } = await sql<{ n: number }>`
      select count(*)::int as n from linkage_entries where kind = 'b'`.execute(partial.db);
    expect(entries[0]?.n).toBeGreaterThan(0);
    expect(marked).toEqual([{ kind: 'b', n: entries[0]?.n }]);
  });

  it('queues the refresh at start when more entries wait than a small import refreshes, once', async () => {
    const queued = () =>
      partial.db
        .selectFrom('jobs')
        .select('id')
        .where('kind', '=', INDEX_JOB)
        .where('state', '=', 'queued')
        .execute();
    const waiting = await dirtyCount(partial.db);
    expect(waiting).toBeGreaterThan(1);
    expect(await queueRefreshIfStale(partial.db, 'test', waiting)).toBe(false);
    expect(await queued()).toHaveLength(0);
    expect(await queueRefreshIfStale(partial.db, 'test', waiting - 1)).toBe(true);
    expect(await queueRefreshIfStale(partial.db, 'test', waiting - 1)).toBe(false);
    expect(await queued()).toHaveLength(1);
    await partial.runJobs();
    expect(await dirtyCount(partial.db)).toBe(0);
    expect(await queueRefreshIfStale(partial.db, 'test', 0)).toBe(false);
  });
});
