// The dashboard's permit holdings and period flows as they were counted live before migration 0018 (a
// probe per permit or event), kept for the 10-million benchmark: the "before" of each part, and a check
// that the maintained counts give the same answers. As of a past date each probe reads the business as it
// stood that day (its recorded span holding the date, or its row), as migration 0021 defines.
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

/**
 * Each business as it stood at the end of `asOf`: its closed span holding that day, or its row when its
 * current span had begun. For flows a business registered later counts with its first span.
 */
function businessesOn(asOf: string, flows: boolean) {
  const kept = sql`s.present and s.valid_from < s.valid_to`;
  const spanFirst = flows
    ? sql`or not exists (select 1 from business_spans e where e.business_id = s.business_id and e.present
        and e.valid_from < e.valid_to and e.valid_from < s.valid_from)`
    : sql``;
  const rowFirst = flows
    ? sql`or not exists (select 1 from business_spans s where s.business_id = b.id and ${kept})`
    : sql``;
  return sql`(
    select s.business_id as id, s.kelurahan_code, s.kecamatan_code, s.sector, s.owner_krtp, s.ir_level, s.holds
    from business_spans s
    where ${kept} and s.valid_to > ${asOf}::date and (s.valid_from <= ${asOf}::date ${spanFirst})
      and exists (select 1 from businesses x where x.id = s.business_id)
    union all
    select b.id, b.kelurahan_code, b.kecamatan_code, b.sector, b.owner_krtp, coalesce(b.ir_level, 0),
      b.status = 'active' and b.home_industry and (b.size_class is null or b.size_class = 'mikro')
    from businesses b
    where coalesce((select max(s.valid_to) from business_spans s where s.business_id = b.id),
        (b.created_at at time zone 'Asia/Jakarta')::date) <= ${asOf}::date ${rowFirst})`;
}

/** Flows as of a past date: each event's business probed as it stood that day. */
async function flowCountsAsOf(db: Executor, scope: string, f: FigureFilter & { asOf: string }) {
  const probe = (id: string) =>
    sql`cross join lateral (select 1 from ${businessesOn(f.asOf, true)} b
      where b.id = ${sql.ref(id)} and ${businessWhere(scope, f)} limit 1) x`;
  const period = (col: RawBuilder<unknown>) => sql`${col} between ${f.from}::date and ${f.to}::date`;
  const [naik, permits, programme] = await Promise.all([
    one(
      sql<{
        n: number;
      }>`select count(distinct e.business_id)::int as n from level_events e ${probe('e.business_id')}
        where e.to_level > e.from_level and ${period(sql`e.occurred_on`)}`,
      db,
    ),
    one(
      sql<{
        n: number;
      }>`select count(distinct p.business_id)::int as n from permits p ${probe('p.business_id')}
        where ${period(sql`p.issued_on`)}`,
      db,
    ),
    one(
      sql<{ n: number }>`select count(distinct sp.business_id)::int as n from session_participants sp
        join programme_sessions s on s.id = sp.session_id ${probe('sp.business_id')}
        where sp.status = 'enrolled' and ${period(sql`(s.starts_at at time zone 'Asia/Jakarta')::date`)}`,
      db,
    ),
  ]);
  return { naik, permits, programme };
}

/** Naik kelas, permits obtained and programme participants in the period, counted from the events. */
export async function flowCountsLive(db: Executor, scope: string, f: FigureFilter) {
  if (f.asOf) return flowCountsAsOf(db, scope, { ...f, asOf: f.asOf });
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
  const held = f.asOf
    ? sql`select 1 from ${businessesOn(f.asOf, false)} b where b.id = pm.business_id and b.holds
        and ${businessWhere(scope, f)} limit 1`
    : sql`select 1 from businesses b where b.id = pm.business_id and b.home_industry and b.status = 'active'
        and ${businessWhere(scope, f)} and (b.size_class is null or b.size_class = 'mikro') limit 1`;
  const { rows } = await sql<{ type: string; n: number }>`
    select pm.type, count(distinct pm.business_id)::int as n
    from permits pm cross join lateral (${held}) x
    where ${valid}
    group by pm.type order by pm.type`.execute(db);
  return rows;
}
