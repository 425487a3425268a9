import { sql } from 'kysely';
import type { Executor } from '../../db/transaction.ts';

// The nested headline figures: micro enterprises ⊃ home industries ⊃ those run by a KRTP woman.
const micro = sql`b.status = 'active' and (b.size_class is null or b.size_class = 'mikro')`;

export type Dimension = 'total' | 'kecamatan' | 'kelurahan' | 'sector' | 'sizeClass';
export type CountRow = { dim: Dimension; key: string | null; micro: number; hi: number; krtp: number };

/**
 * Every headline breakdown of the served region in one scan (grouping sets): totals, per kecamatan,
 * kelurahan, sector and size class. Reads only `businesses` (the owner's KRTP flag is copied there).
 */
export async function registryCounts(db: Executor, region: string): Promise<CountRow[]> {
  const { rows } = await sql<CountRow>`
    select case
        when grouping(b.kecamatan_code) = 0 then 'kecamatan'
        when grouping(b.kelurahan_code) = 0 then 'kelurahan'
        when grouping(b.sector) = 0 then 'sector'
        when grouping(coalesce(b.size_class, 'tidak_diketahui')) = 0 then 'sizeClass'
        else 'total' end as dim,
      coalesce(b.kecamatan_code, b.kelurahan_code, b.sector, coalesce(b.size_class, 'tidak_diketahui')) as key,
      count(*) filter (where ${micro})::int as micro,
      count(*) filter (where ${micro} and b.home_industry)::int as hi,
      count(*) filter (where ${micro} and b.home_industry and b.owner_krtp)::int as krtp
    from businesses b
    where b.kecamatan_code like ${`${region}.%`}
    group by grouping sets ((), (b.kecamatan_code), (b.kelurahan_code), (b.sector), (coalesce(b.size_class, 'tidak_diketahui')))`.execute(
    db,
  );
  return rows;
}

/** Home industries (micro, active) holding a currently valid permit of each type. */
export async function homeIndustriesByPermit(db: Executor, region: string) {
  const { rows } = await sql<{ type: string; n: number }>`
    select pm.type, count(distinct b.id)::int as n
    from businesses b join permits pm on pm.business_id = b.id
    where b.kecamatan_code like ${`${region}.%`} and ${micro} and b.home_industry
      and (pm.expires_on is null or pm.expires_on >= current_date)
    group by pm.type order by pm.type`.execute(db);
  return rows;
}
