import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePopulation } from '../../../bench/linkage/population.ts';
import { renderFiles } from '../../../bench/linkage/spreadsheets.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { runImport } from './imports.cli.ts';
import { dirtyCount, indexTotals } from './linkage-index.ts';

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
  reviews: string[];
  people: number;
  businesses: number;
};

async function importAll(t: TestApp): Promise<Outcome> {
  for (const f of files)
    await runImport(t.db, t.config, path.join(dir, f.file), { source: f.source }, () => {});
  const { rows: links } = await sql<Outcome['links'][number]>`
    select i.file_name as file, s.sheet_row as row, s.person_id::text as person, s.business_id::text as business
    from source_rows s join imports i on i.id = s.import_id order by i.id, s.sheet_row`.execute(t.db);
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
  });
});
