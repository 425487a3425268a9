import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../../db/transaction.ts';

/** An area code column within the scope. */
function at(column: RawBuilder<unknown>, scope: string) {
  return sql`(${column} = ${scope} or ${column} like ${`${scope}.%`})`;
}

/**
 * A record that exists within the scope, as the review screen shows it: a person where she lives or runs a
 * business, a business where it is.
 */
function recordVisible(kind: 'person' | 'business', id: RawBuilder<unknown>, scope: string) {
  return kind === 'person'
    ? sql<boolean>`exists (select 1 from people p where p.id = ${id} and (${at(sql`p.kelurahan_code`, scope)}
      or exists (select 1 from businesses pb where pb.owner_id = p.id and ${at(sql`pb.kelurahan_code`, scope)})))`
    : sql<boolean>`exists (select 1 from businesses b where b.id = ${id} and ${at(sql`b.kelurahan_code`, scope)})`;
}

/** Pairs whose two records both exist (a merge may have removed one) within the scope. */
function pairVisible(scope: string) {
  const both = (kind: 'person' | 'business') =>
    sql`${recordVisible(kind, sql`r.a_id`, scope)} and ${recordVisible(kind, sql`r.b_id`, scope)}`;
  return sql<boolean>`case r.kind when 'person' then ${both('person')} else ${both('business')} end`;
}

/**
 * The latest merges of a kind within the scope, newest first, a page before merge `before`: the record kept
 * is in the scope, or the merged one was (as it was when merged).
 */
export function recentMerges(
  db: Executor,
  f: { kind: 'person' | 'business'; before?: number; limit: number },
  scope: string,
) {
  return db
    .selectFrom('merges as m')
    .selectAll('m')
    .where('m.kind', '=', f.kind)
    .$if(f.before !== undefined, (q) => q.where('m.id', '<', f.before as number))
    .where(
      sql<boolean>`(${recordVisible(f.kind, sql`m.survivor_id`, scope)}
        or ${at(sql`m.merged_row->>'kelurahan_code'`, scope)})`,
    )
    .orderBy('m.id', 'desc')
    .limit(f.limit)
    .execute();
}

/**
 * A page of the queue in the scope: only pairs the reader can see, so that a page is full while more
 * remain (filtered after the page was read, a page of other areas' pairs ended the list early).
 */
export function listReviews(
  db: Executor,
  f: {
    kind?: 'person' | 'business';
    state: 'open' | 'merged' | 'distinct' | 'gone';
    sort: 'oldest' | 'score';
    after?: number;
    limit: number;
  },
  scope: string,
) {
  const after = f.after;
  return (
    db
      .selectFrom('link_reviews as r')
      .selectAll('r')
      .where('r.state', '=', f.state)
      .$if(!!f.kind, (q) => q.where('r.kind', '=', f.kind as 'person'))
      .where(pairVisible(scope))
      // Highest score first, then oldest: the page after pair `after` starts below its place.
      .$if(after !== undefined && f.sort === 'score', (q) =>
        q.where(
          sql<boolean>`(-r.score, r.id) > (select -p.score, p.id from link_reviews p where p.id = ${after})`,
        ),
      )
      .$if(after !== undefined && f.sort === 'oldest', (q) => q.where('r.id', '>', after as number))
      .$if(f.sort === 'score', (q) => q.orderBy('r.score', 'desc'))
      .orderBy('r.id')
      .limit(f.limit)
      .execute()
  );
}

/** Open pairs the scope's reader can see (pairVisible), per kind. */
export async function countOpen(db: Executor, scope: string) {
  const { rows } = await sql<{ kind: 'person' | 'business'; n: number }>`
    select r.kind, count(*)::int as n from link_reviews r
    where r.state = 'open' and ${pairVisible(scope)}
    group by r.kind`.execute(db);
  return {
    person: rows.find((r) => r.kind === 'person')?.n ?? 0,
    business: rows.find((r) => r.kind === 'business')?.n ?? 0,
  };
}

export function lockReview(db: Executor, id: number) {
  return db.selectFrom('link_reviews').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function findReview(db: Executor, id: number) {
  return db.selectFrom('link_reviews').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function decideReview(db: Executor, id: number, state: 'merged' | 'distinct', by: string) {
  await db
    .updateTable('link_reviews')
    .set({ state, decided_by: by, decided_at: sql`now()` as never })
    .where('id', '=', id)
    .execute();
}

/** A decided pair back in the queue, undecided (its merge undone, or "not the same" taken back). */
export async function reopenReview(db: Executor, id: number) {
  await db
    .updateTable('link_reviews')
    .set({ state: 'open', decided_by: null, decided_at: null })
    .where('id', '=', id)
    .execute();
}

export function personCards(db: Executor, ids: number[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .selectFrom('people as p')
    .leftJoin('areas as kel', 'kel.code', 'p.kelurahan_code')
    .select([
      'p.id',
      'p.nik',
      'p.name',
      'p.gender',
      'p.birth_date',
      'p.phone',
      'p.street',
      'p.rt',
      'p.rw',
      'p.kelurahan_code',
      'kel.name as kelurahan_name',
      sql<
        string | null
      >`(select string_agg(b.name, '; ' order by b.id) from businesses b where b.owner_id = p.id)`.as(
        'businesses',
      ),
      sql<
        string | null
      >`(select string_agg(b.kelurahan_code, ' ') from businesses b where b.owner_id = p.id)`.as(
        'business_areas',
      ),
    ])
    .where('p.id', 'in', ids)
    .execute();
}

export function businessCards(db: Executor, ids: number[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .selectFrom('businesses as b')
    .innerJoin('people as o', 'o.id', 'b.owner_id')
    .innerJoin('areas as kel', 'kel.code', 'b.kelurahan_code')
    .select([
      'b.id',
      'b.name',
      'b.products',
      'b.street',
      'b.rt',
      'b.rw',
      'b.kelurahan_code',
      'kel.name as kelurahan_name',
      'b.kbli_code',
      'b.monthly_turnover',
      'b.workers_total',
      'o.name as owner_name',
      'o.id as owner_id',
      sql<
        string | null
      >`(select string_agg(p.type || ' ' || p.number, '; ' order by p.type) from permits p where p.business_id = b.id)`.as(
        'permits',
      ),
    ])
    .where('b.id', 'in', ids)
    .execute();
}
