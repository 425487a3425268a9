// The dashboard's permit holdings and period flows as they were counted live before migration 0018 (a
// probe per permit or event), kept for the 10-million benchmark: the "before" of each part, and a check
// that the maintained counts give the same answers.
import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../server/db/transaction.ts';
import {
  businessWhere,
  countsWhere,
  type FigureFilter,
} from '../server/modules/dashboard/dashboard.figures.ts';

const needsBusiness = (f: FigureFilter) => !!f.sector || !!f.level || f.krtp !== undefined;

async function one(q: RawBuilder<{ n: number }>, db: Executor) {
  const { rows } = await q.execute(db);
  return rows[0]?.n ?? 0;
}

/** Naik kelas, permits obtained and programme participants in the period, counted from the events. */
export async function flowCountsLive(db: Executor, scope: string, f: FigureFilter) {
  const b = businessWhere(scope, f);
  const area = countsWhere(
    scope,
    { from: f.from, to: f.to, asOf: null, kecamatan: f.kecamatan, kelurahan: f.kelurahan },
    (c) => `e.${c}`,
  );
  const probe = (id: string) =>
    scope.length <= 5 && !needsBusiness(f) && !f.kecamatan && !f.kelurahan
      ? sql``
      : sql`cross join lateral (select 1 from businesses b where b.id = ${sql.ref(id)} and ${b} limit 1) x`;
  const naik = needsBusiness(f)
    ? sql<{
        n: number;
      }>`select count(distinct e.business_id)::int as n from level_events e ${probe('e.business_id')}
        where e.to_level > e.from_level and e.occurred_on between ${f.from}::date and ${f.to}::date`
    : sql<{ n: number }>`select count(distinct e.business_id)::int as n from level_events e
        where ${area} and e.to_level > e.from_level and e.occurred_on between ${f.from}::date and ${f.to}::date`;
  const [naikN, permits, programme] = await Promise.all([
    one(naik, db),
    one(
      sql<{
        n: number;
      }>`select count(distinct p.business_id)::int as n from permits p ${probe('p.business_id')}
        where p.issued_on between ${f.from}::date and ${f.to}::date`,
      db,
    ),
    one(
      sql<{ n: number }>`select count(distinct sp.business_id)::int as n from session_participants sp
        join programme_sessions s on s.id = sp.session_id join businesses b on b.id = sp.business_id
        where ${b} and sp.status = 'enrolled'
          and (s.starts_at at time zone 'Asia/Jakarta')::date between ${f.from}::date and ${f.to}::date`,
      db,
    ),
  ]);
  return { naik: naikN, permits, programme };
}

/** Active micro home industries matching the filter that held a valid permit of each type on the stock date. */
export async function permitHoldingsLive(db: Executor, scope: string, f: FigureFilter) {
  const valid = f.asOf
    ? sql`(pm.issued_on is null or pm.issued_on <= ${f.asOf}::date)
        and (pm.expires_on is null or pm.expires_on >= ${f.asOf}::date)`
    : sql`(pm.expires_on is null or pm.expires_on >= current_date)`;
  const { rows } = await sql<{ type: string; n: number }>`
    select pm.type, count(distinct pm.business_id)::int as n
    from permits pm cross join lateral (
      select 1 from businesses b where b.id = pm.business_id and b.home_industry and b.status = 'active'
        and ${businessWhere(scope, f)} and (b.size_class is null or b.size_class = 'mikro') limit 1) x
    where ${valid}
    group by pm.type order by pm.type`.execute(db);
  return rows;
}
