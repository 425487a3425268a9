import { sql } from 'kysely';
import type { Executor } from '../../db/transaction.ts';

export function listReviews(
  db: Executor,
  f: {
    kind?: 'person' | 'business';
    state: 'open' | 'merged' | 'distinct';
    sort: 'oldest' | 'score';
    after?: number;
    limit: number;
  },
) {
  const after = f.after;
  return (
    db
      .selectFrom('link_reviews as r')
      .selectAll('r')
      .where('r.state', '=', f.state)
      .$if(!!f.kind, (q) => q.where('r.kind', '=', f.kind as 'person'))
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

/** Open pairs whose two records both still exist (a merge elsewhere may have removed one) within the scope. */
export async function countOpen(db: Executor, scope: string) {
  const prefix = `${scope}.%`;
  const { rows } = await sql<{ kind: 'person' | 'business'; n: number }>`
    select r.kind, count(*)::int as n from link_reviews r
    where r.state = 'open' and case r.kind
      when 'person' then
        exists (select 1 from people where id = r.a_id and (kelurahan_code = ${scope} or kelurahan_code like ${prefix}))
        and exists (select 1 from people where id = r.b_id and (kelurahan_code = ${scope} or kelurahan_code like ${prefix}))
      else
        exists (select 1 from businesses where id = r.a_id and kelurahan_code like ${prefix})
        and exists (select 1 from businesses where id = r.b_id and kelurahan_code like ${prefix}) end
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
