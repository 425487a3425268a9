import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely';
import { PERMIT_TYPES } from '../../../shared/rules/permits.ts';
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
export function countsWhere(
  scope: string,
  f: FigureFilter,
  col = (c: string) => `c.${c}`,
): Expression<SqlBool> {
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
  // Every figure is a sum of n: the grouping sets pass over the month's and the days' rows directly
  // (summing each combination first only added a second hash pass over the same rows).
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
export async function registrations(db: Executor, scope: string, f: FigureFilter): Promise<number> {
  const where = countsWhere(scope, f);
  // Two day ranges (the partial months at either end) and the whole months between them; each range is
  // an index range (an "or" of the two would scan every daily row). Partial indexes hold only the rows
  // with registrations, with the filtered columns, so each range is read from the index alone (most
  // month rows are stocks without any; migration 0018).
  const { rows } = await sql<{ n: number }>`
    with b as (select ${f.from}::date as lo, ${f.to}::date as hi,
        date_trunc('month', ${f.from}::date)::date as mlo, date_trunc('month', ${f.to}::date)::date as mhi)
    select (
      coalesce((select sum(c.registered) from business_count_days c, b where ${where}
        and c.registered <> 0 and c.day between b.lo and least(b.hi, (b.mlo + interval '1 month - 1 day')::date)), 0)
      + coalesce((select sum(c.registered) from business_count_days c, b where ${where}
        and c.registered <> 0 and b.mhi > b.mlo and c.day between b.mhi and b.hi), 0)
      + coalesce((select sum(c.registered) from business_count_months c, b where ${where}
        and c.registered <> 0 and c.month > b.mlo and c.month < b.mhi), 0))::int as n`.execute(db);
  return rows[0]?.n ?? 0;
}

/**
 * Flows within the period: registrations (from the dated counts), and distinct businesses that rose a
 * level, obtained a permit or were enrolled in a programme session starting in the period — each under
 * its area, sector, level and owner's KRTP flag on the stock date (now: its current ones, as the list
 * behind each figure filters them; as of a past date: those it had that day, as the stock figures place
 * it). Read from the maintained `figure_counts`: each business's event days carry the previous one, and a
 * business counts once, on its first day within the period (see migrations 0018 and 0021).
 */
export async function flowCounts(db: Executor, scope: string, f: FigureFilter): Promise<Flows> {
  // As of a date, each business's rows of the span holding that date (see migration 0021); now, all of
  // them (the closed spans' rows cancel out, leaving the current span's).
  const where = f.asOf
    ? sql<SqlBool>`${countsWhere(scope, f)} and c.since <= ${f.asOf}::date`
    : countsWhere(scope, f);
  const kinds = (per: string) => ['naik', 'permit', 'programme'].map((k) => k + per);
  // First days ever (prev = -infinity) by whole years, whole months and days; repeat days one by one.
  const first = periodRanges(f.from, f.to).map(
    ([per, lo, hi]) => sql`select c.kind, c.n from figure_counts c where c.kind = any (${kinds(per)}::text[])
      and c.day >= ${lo}::date and c.day < ${hi}::date and c.prev = '-infinity' and ${where}`,
  );
  const repeat = sql`select c.kind, c.n from figure_counts c where c.kind = any (${kinds('')}::text[])
    and c.day between ${f.from}::date and ${f.to}::date and c.prev > '-infinity' and c.prev < ${f.from}::date
    and ${where}`;
  const flows = sql<{ kind: string; n: number }>`
    select split_part(x.kind, '/', 1) as kind, coalesce(sum(x.n), 0)::int as n
    from (${sql.join([...first, repeat], sql` union all `)}) x group by 1`;
  const [registered, rows] = await Promise.all([registrations(db, scope, f), flows.execute(db)]);
  const n = (kind: string) => rows.rows.find((r) => r.kind === kind)?.n ?? 0;
  return { registered, naik: n('naik'), permits: n('permit'), programme: n('programme') };
}

const addDays = (d: string, n: number) => {
  const x = new Date(`${d}T00:00:00Z`);
  x.setUTCDate(x.getUTCDate() + n);
  return x.toISOString().slice(0, 10);
};
const nextMonth = (d: string) => {
  const x = new Date(`${d.slice(0, 7)}-01T00:00:00Z`);
  x.setUTCMonth(x.getUTCMonth() + 1);
  return x.toISOString().slice(0, 10);
};
const nextYear = (d: string) => `${Number(d.slice(0, 4)) + 1}-01-01`;

/**
 * The days from `from` to `to` (inclusive) as half-open ranges of days (''), whole months ('/m') and
 * whole years ('/y'): [kind suffix, first day, day after]. Each day falls in exactly one range.
 */
export function periodRanges(from: string, to: string): [string, string, string][] {
  const end = addDays(to, 1);
  if (from >= end) return [];
  const out: [string, string, string][] = [];
  let at = from;
  const take = (per: string, next: string) => {
    out.push([per, at, next]);
    at = next;
  };
  if (at.slice(8) !== '01') take('', [nextMonth(at), end].sort()[0] as string);
  while (at < end && at.slice(5) !== '01-01' && nextMonth(at) <= end) take('/m', nextMonth(at));
  while (at < end && nextYear(at) <= end && at.slice(5) === '01-01') take('/y', nextYear(at));
  while (at < end && nextMonth(at) <= end) take('/m', nextMonth(at));
  if (at < end) take('', end);
  // Neighbouring ranges of one kind read as one.
  return out.reduce<[string, string, string][]>((acc, r) => {
    const last = acc[acc.length - 1];
    if (last && last[0] === r[0] && last[2] === r[1]) last[2] = r[2];
    else acc.push([...r]);
    return acc;
  }, []);
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

/**
 * Active micro home industries matching the filter that held a valid permit of each type: now by the
 * registry list's rule (not expired today, current dimensions), as of a past day issued by then and not
 * yet expired, counted only if the business was in the registry and an active micro home industry that
 * day, under the dimensions it had that day (migration 0021). Read from the maintained `figure_counts` (latest expiry per business and type; +1/−1
 * on the first and the day after the last day of each business's merged validity ranges), also summed
 * per month and per year so a date reads whole years, whole months and then days.
 */
export async function permitHoldings(db: Executor, scope: string, f: FigureFilter) {
  const kinds = (prefix: string) => PERMIT_TYPES.map((t) => `${prefix}:${t}`);
  const where = countsWhere(scope, f);
  // Whole years, then whole months, then days: each a range of the counts' primary key.
  const part = (prefix: string, range: RawBuilder<unknown>) =>
    sql`select c.kind, c.n from figure_counts c where c.kind = any (${kinds(prefix)}::text[]) and ${range} and ${where}`;
  const year = (d: RawBuilder<unknown>) => sql`date_trunc('year', ${d}::timestamp)::date`;
  const month = (d: RawBuilder<unknown>) => sql`date_trunc('month', ${d}::timestamp)::date`;
  const parts = f.asOf
    ? [
        part('heldy', sql`c.day < ${year(sql`${f.asOf}::date`)}`),
        part('heldm', sql`c.day >= ${year(sql`${f.asOf}::date`)} and c.day < ${month(sql`${f.asOf}::date`)}`),
        part('held', sql`c.day >= ${month(sql`${f.asOf}::date`)} and c.day <= ${f.asOf}::date`),
      ]
    : [
        part(
          'until',
          sql`c.day >= current_date and c.day < (${month(sql`current_date`)} + interval '1 month')::date`,
        ),
        part(
          'untilm',
          sql`c.day >= (${month(sql`current_date`)} + interval '1 month')::date
            and c.day < (${year(sql`current_date`)} + interval '1 year')::date`,
        ),
        part('untily', sql`c.day >= (${year(sql`current_date`)} + interval '1 year')::date`),
      ];
  const { rows } = await sql<{ type: string; n: number }>`
    select split_part(x.kind, ':', 2) as type, sum(x.n)::int as n
    from (${sql.join(parts, sql` union all `)}) x
    group by 1 having sum(x.n) <> 0 order by 1`.execute(db);
  return rows;
}
