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

/** Home industries (micro, active) holding a currently valid permit of each type. */
export async function homeIndustriesByPermit(db: Executor, scope: string) {
  const { rows } = await sql<{ type: string; n: number }>`
    select pm.type, count(distinct b.id)::int as n
    from businesses b join permits pm on pm.business_id = b.id
    where ${inScope('b.kelurahan_code', scope)} and b.status = 'active'
      and (b.size_class is null or b.size_class = 'mikro') and b.home_industry
      and (pm.expires_on is null or pm.expires_on >= current_date)
    group by pm.type order by pm.type`.execute(db);
  return rows;
}
