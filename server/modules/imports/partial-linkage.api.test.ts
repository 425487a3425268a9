import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePopulation } from '../../../bench/linkage/population.ts';
import { renderFiles } from '../../../bench/linkage/spreadsheets.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { runImport } from './imports.cli.ts';
import { staleEntries } from './linkage-index.ts';

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

  it('leaves the index up to date after each commit, and sees records changed outside imports', async () => {
    const fresh = await staleEntries(partial.db);
    expect(fresh.people.length + fresh.businesses.length).toBe(0);
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from linkage_entries where kind = 'p'`.execute(partial.db);
    expect(rows[0]?.n).toBe((await importAllCounts(partial)).people);
    // A hand edit of a name, a permit added to a business, an erased owner: each entry goes stale.
    const person = await partial.db.selectFrom('people').select('id').orderBy('id').executeTakeFirstOrThrow();
    await partial.db
      .updateTable('people')
      .set({ name: 'Nama Diubah Tangan' })
      .where('id', '=', person.id)
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
    const stale = await staleEntries(partial.db);
    expect(stale.people).toContain(person.id);
    expect(stale.businesses).toContain(biz.id);
  });
});

async function importAllCounts(t: TestApp) {
  const n = async (table: 'people' | 'businesses') =>
    Number(
      (
        await t.db
          .selectFrom(table)
          .select((e) => e.fn.countAll().as('n'))
          .where(table === 'people' ? sql<boolean>`erased_at is null` : sql<boolean>`true`)
          .executeTakeFirstOrThrow()
      ).n,
    );
  return { people: await n('people'), businesses: await n('businesses') };
}
