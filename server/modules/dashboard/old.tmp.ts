import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely';
import { inScope } from '../../db/scope.ts';
import type { Executor } from '../../db/transaction.ts';

/** The dashboard's filter, resolved: a stock date (`asOf` null = now) and the period of the flows. */
export type FigureFilter = {
  kecamatan?: string;
  kelurahan?: string;
  sector?: string;
  level?: '1' | '2' | '3' | 'none';
  krtp?: boolean;
  from: string;
  to: string;
  asOf: string | null;
};

export type Dimension = 'total' | 'kecamatan' | 'kelurahan' | 'sector' | 'sizeClass' | 'level';
export type CountRow = { dim: Dimension; key: string | null; micro: number; hi: number; krtp: number };

/** The filter over rows carrying the counted dimensions (alias `c`), within the caller's scope. */
function countsWhere(scope: string, f: FigureFilter, col = (c: string) => `c.${c}`): Expression<SqlBool> {
  const c: Expression<SqlBool>[] = [inScope(col('kelurahan_code'), scope)];
  if (f.kecamatan) c.push(sql<SqlBool>`${sql.ref(col('kecamatan_code'))} = ${f.kecamatan}`);
  if (f.kelurahan) c.push(sql<SqlBool>`${sql.ref(col('kelurahan_code'))} = ${f.kelurahan}`);
  if (f.sector) c.push(sql<SqlBool>`${sql.ref(col('sector'))} = ${f.sector}`);
  if (f.krtp !== undefined) c.push(sql<SqlBool>`${sql.ref(col('owner_krtp'))} = ${f.krtp}`);
  if (f.level) {
    const level = f.level === 'none' ? 0 : Number(f.level);
    c.push(
      col('ir_level') === 'b.ir_level'
        ? sql<SqlBool>`coalesce(b.ir_level, 0) = ${level}`
        : sql<SqlBool>`${sql.ref(col('ir_level'))} = ${level}`,
    );
  }
  return sql<SqlBool>`(${sql.join(c, sql` and `)})`;
}

/** The same filter over `businesses b` (current rows), for the live flow counts. */
export const businessWhere = (scope: string, f: FigureFilter) => countsWhere(scope, f, (c) => `b.${c}`);

/**
 * The counted rows at the stock date: the maintained current counts, or — as of a past day — the stock
 * at the end of the previous month plus that month's daily deltas up to the day (never the businesses).
 */
function stockAt(asOf: string | null): RawBuilder<unknown> {
  const cols = sql`kelurahan_code, kecamatan_code, sector, size_class, home_industry, owner_krtp, status, ir_level, n`;
  if (!asOf) return sql`(select ${cols} from business_counts)`;
  return sql`(
    select ${cols} from business_count_months
    where month = (date_trunc('month', ${asOf}::date) - interval '1 month')::date
    union all
    select ${cols} from business_count_days
    where day >= date_trunc('month', ${asOf}::date)::date and day <= ${asOf}::date)`;
}

/** Finished months are rolled up on first need (cheap when already done). */
export async function closeMonths(db: Executor): Promise<void> {
  await sql`select business_count_months_close()`.execute(db);
}

const micro = sql`c.status = 'active' and c.size_class in ('', 'mikro')`;

/** Totals and every stock breakdown (kecamatan, kelurahan, sector, size class, IR level) in one pass. */
export async function stockCounts(db: Executor, scope: string, f: FigureFilter): Promise<CountRow[]> {
  const size = sql`nullif(c.size_class, '')`;
  const { rows } = await sql<CountRow>`
    select case
        when grouping(c.kecamatan_code) = 0 then 'kecamatan'
        when grouping(c.kelurahan_code) = 0 then 'kelurahan'
        when grouping(c.sector) = 0 then 'sector'
        when grouping(${size}) = 0 then 'sizeClass'
        when grouping(c.ir_level) = 0 then 'level'
        else 'total' end as dim,
      case
        when grouping(c.kecamatan_code) = 0 then c.kecamatan_code
        when grouping(c.kelurahan_code) = 0 then c.kelurahan_code
        when grouping(c.sector) = 0 then c.sector
        when grouping(${size}) = 0 then coalesce(${size}, 'tidak_diketahui')
        when grouping(c.ir_level) = 0 then c.ir_level::text end as key,
      coalesce(sum(c.n) filter (where ${micro}), 0)::int as micro,
      coalesce(sum(c.n) filter (where ${micro} and c.home_industry), 0)::int as hi,
      coalesce(sum(c.n) filter (where ${micro} and c.home_industry and c.owner_krtp), 0)::int as krtp
    from ${stockAt(f.asOf)} c
    where ${countsWhere(scope, f)}
    group by grouping sets ((), (c.kecamatan_code), (c.kelurahan_code), (c.sector), (${size}), (c.ir_level))`.execute(
    db,
  );
  return rows;
}

export type Flows = { registered: number; naik: number; permits: number; programme: number };

/**
 * Registrations in the period from the dated counts: whole months from the month rows (each carries its
 * month's registrations), the partial months at either end from the daily rows.
 */
async function registrations(db: Executor, scope: string, f: FigureFilter): Promise<number> {
  const where = countsWhere(scope, f);
  // Two day ranges (the partial months at either end) and the whole months between them; each range is
  // an index range (an "or" of the two would scan every daily row).
  const { rows } = await sql<{ n: number }>`
    with b as (select ${f.from}::date as lo, ${f.to}::date as hi,
        date_trunc('month', ${f.from}::date)::date as mlo, date_trunc('month', ${f.to}::date)::date as mhi)
    select (
      coalesce((select sum(c.registered) from business_count_days c, b where ${where}
        and c.day between b.lo and least(b.hi, (b.mlo + interval '1 month - 1 day')::date)), 0)
      + coalesce((select sum(c.registered) from business_count_days c, b where ${where}
        and b.mhi > b.mlo and c.day between b.mhi and b.hi), 0)
      + coalesce((select sum(c.registered) from business_count_months c, b where ${where}
        and c.month > b.mlo and c.month < b.mhi), 0))::int as n`.execute(db);
  return rows[0]?.n ?? 0;
}

/** Is the filter about more than the area? Then flows join the businesses for sector, level or KRTP. */
const needsBusiness = (f: FigureFilter) => !!f.sector || !!f.level || f.krtp !== undefined;

async function one(q: RawBuilder<{ n: number }>, db: Executor) {
  const { rows } = await q.execute(db);
  return rows[0]?.n ?? 0;
}

/**
 * Flows within the period: registrations (from the dated counts), and distinct businesses that rose a level
 * (the area of the event), obtained a permit or joined a programme session that started in the period.
 */
export async function flowCounts(db: Executor, scope: string, f: FigureFilter): Promise<Flows> {
  const b = businessWhere(scope, f);
  const area = countsWhere(
    scope,
    { from: f.from, to: f.to, asOf: null, kecamatan: f.kecamatan, kelurahan: f.kelurahan },
    (c) => `e.${c}`,
  );
  // Each event or permit of the period looks up its one business (a lateral probe by id): the planner
  // would otherwise hash-join a scan of every business (seconds at 10 million).
  // Over the whole region without a filter every business counts: no probe at all.
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
  const [registered, naikN, permits, programme] = await Promise.all([
    registrations(db, scope, f),
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
  return { registered, naik: naikN, permits, programme };
}

/** Level rises and falls in the area within the twelve months up to the stock date (the existing figure). */
export async function levelSteps12(db: Executor, scope: string, from: string, to: string) {
  const { rows } = await sql<{ naik: number; turun: number }>`
    select count(*) filter (where e.to_level > e.from_level)::int as naik,
      count(*) filter (where e.to_level < e.from_level)::int as turun
    from level_events e
    where e.from_level is not null and ${inScope('e.kelurahan_code', scope)}
      and e.occurred_on between ${from}::date and ${to}::date`.execute(db);
  return rows[0] ?? { naik: 0, turun: 0 };
}

/** Active micro home industries matching the filter that held a valid permit of each type on the stock date. */
export async function permitHoldings(db: Executor, scope: string, f: FigureFilter) {
  // Now: the registry list's own rule (valid today); as of a past day: issued by then, not yet expired.
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
