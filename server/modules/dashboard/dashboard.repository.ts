import { sql } from 'kysely';
import { inScope } from '../../db/scope.ts';
import type { Executor } from '../../db/transaction.ts';

export type Dimension = 'total' | 'kecamatan' | 'kelurahan' | 'sector' | 'sizeClass';
export type CountRow = { dim: Dimension; key: string | null; micro: number; hi: number; krtp: number };

// The nested headline figures: micro enterprises ⊃ home industries ⊃ those run by a KRTP woman.
const micro = sql`c.status = 'active' and c.size_class in ('', 'mikro')`;

/**
 * Every headline breakdown of the served region — totals, per kecamatan, kelurahan, sector and size
 * class — from the trigger-maintained `business_counts` (a few thousand rows, not every business).
 */
export async function registryCounts(db: Executor, scope: string): Promise<CountRow[]> {
  const size = sql`nullif(c.size_class, '')`;
  const { rows } = await sql<CountRow>`
    select case
        when grouping(c.kecamatan_code) = 0 then 'kecamatan'
        when grouping(c.kelurahan_code) = 0 then 'kelurahan'
        when grouping(c.sector) = 0 then 'sector'
        when grouping(${size}) = 0 then 'sizeClass'
        else 'total' end as dim,
      case
        when grouping(c.kecamatan_code) = 0 then c.kecamatan_code
        when grouping(c.kelurahan_code) = 0 then c.kelurahan_code
        when grouping(c.sector) = 0 then c.sector
        when grouping(${size}) = 0 then coalesce(${size}, 'tidak_diketahui') end as key,
      coalesce(sum(c.n) filter (where ${micro}), 0)::int as micro,
      coalesce(sum(c.n) filter (where ${micro} and c.home_industry), 0)::int as hi,
      coalesce(sum(c.n) filter (where ${micro} and c.home_industry and c.owner_krtp), 0)::int as krtp
    from business_counts c
    where ${inScope('c.kelurahan_code', scope)} and c.n > 0
    group by grouping sets ((), (c.kecamatan_code), (c.kelurahan_code), (c.sector), (${size}))`.execute(db);
  return rows;
}

export type TrendRow = { month: string; registered: number; naik: number; turun: number; permits: number };

/**
 * Per calendar month (Asia/Jakarta) of the last `months`: businesses registered, level rises and falls
 * (naik / turun kelas) and permits issued, in the caller's area; months without any count are zeros.
 */
export async function monthlyTrends(db: Executor, scope: string, months: number): Promise<TrendRow[]> {
  const { rows } = await sql<TrendRow>`
    with m as (
      select to_char(d, 'YYYY-MM') as month
      from generate_series(
        date_trunc('month', (now() at time zone 'Asia/Jakarta')) - make_interval(months => ${months - 1}),
        date_trunc('month', (now() at time zone 'Asia/Jakarta')), interval '1 month') d),
    reg as (
      select to_char(b.created_at at time zone 'Asia/Jakarta', 'YYYY-MM') as month, count(*)::int as n
      from businesses b where ${inScope('b.kelurahan_code', scope)}
        and b.created_at >= now() - make_interval(months => ${months + 1})
      group by 1),
    lev as (
      select to_char(e.occurred_on, 'YYYY-MM') as month,
        count(*) filter (where e.to_level > coalesce(e.from_level, e.to_level))::int as naik,
        count(*) filter (where e.to_level < e.from_level)::int as turun
      from level_events e where ${inScope('e.kelurahan_code', scope)}
        and e.occurred_on >= current_date - make_interval(months => ${months + 1})
      group by 1),
    pm as (
      select to_char(p.issued_on, 'YYYY-MM') as month, count(*)::int as n
      from permits p join businesses b on b.id = p.business_id
      where ${inScope('b.kelurahan_code', scope)} and p.issued_on >= current_date - make_interval(months => ${months + 1})
      group by 1)
    select m.month, coalesce(reg.n, 0) as registered, coalesce(lev.naik, 0) as naik,
      coalesce(lev.turun, 0) as turun, coalesce(pm.n, 0) as permits
    from m left join reg using (month) left join lev using (month) left join pm using (month)
    order by m.month`.execute(db);
  return rows;
}

export type MapArea = {
  code: string;
  name: string;
  kecamatan: string;
  lat: number;
  lon: number;
  micro: number;
  hi: number;
};

/**
 * Each kelurahan of the area with a position (the mean of its located businesses) and its counts of active
 * micro enterprises and home industries; kelurahan without any located business have no position to draw.
 */
export async function mapAreas(db: Executor, scope: string): Promise<MapArea[]> {
  const { rows } = await sql<MapArea>`
    select b.kelurahan_code as code, kel.name, kec.name as kecamatan,
      avg(b.latitude)::float8 as lat, avg(b.longitude)::float8 as lon,
      count(*) filter (where b.status = 'active' and (b.size_class is null or b.size_class = 'mikro'))::int as micro,
      count(*) filter (where b.status = 'active' and (b.size_class is null or b.size_class = 'mikro')
        and b.home_industry)::int as hi
    from businesses b
    join areas kel on kel.code = b.kelurahan_code join areas kec on kec.code = b.kecamatan_code
    where ${inScope('b.kelurahan_code', scope)} and b.latitude is not null and b.longitude is not null
    group by b.kelurahan_code, kel.name, kec.name
    order by b.kelurahan_code`.execute(db);
  return rows;
}

/**
 * The located active home industries of the area as [lat, lon] pairs, rounded to about 10 m; leaving out
 * owners who withdrew consent or were erased (their home is personal data).
 */
export async function mapPoints(db: Executor, scope: string): Promise<[number, number][]> {
  const { rows } = await sql<{ lat: number; lon: number }>`
    select round(b.latitude::numeric, 4)::float8 as lat, round(b.longitude::numeric, 4)::float8 as lon
    from businesses b join people p on p.id = b.owner_id
    where ${inScope('b.kelurahan_code', scope)} and b.latitude is not null and b.longitude is not null
      and b.status = 'active' and b.home_industry and (b.size_class is null or b.size_class = 'mikro')
      and p.processing_restricted_at is null and p.erased_at is null`.execute(db);
  return rows.map((r) => [r.lat, r.lon]);
}
