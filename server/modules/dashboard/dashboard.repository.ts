import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../../db/transaction.ts';

// The nested headline figures: micro enterprises ⊃ home industries ⊃ those run by a KRTP woman.
const micro = sql`b.status = 'active' and (b.size_class is null or b.size_class = 'mikro')`;
const counts = sql`count(*) filter (where ${micro})::int as micro,
  count(*) filter (where ${micro} and b.home_industry)::int as hi,
  count(*) filter (where ${micro} and b.home_industry and p.krtp)::int as krtp`;

export type CountRow = { key: string | null; micro: number; hi: number; krtp: number };

/** Headline counts grouped by one expression over the businesses of a region (null key = totals). */
export async function countBy(
  db: Executor,
  region: string,
  key: RawBuilder<unknown> | null,
): Promise<CountRow[]> {
  const keySql = key ?? sql`null::text`;
  const { rows } = await sql<CountRow>`
    select ${keySql} as key, ${counts}
    from businesses b join people p on p.id = b.owner_id
    where b.kecamatan_code like ${`${region}.%`}
    group by 1 order by 1`.execute(db);
  return rows;
}

export const byKecamatan = sql`b.kecamatan_code`;
export const byKelurahan = sql`b.kelurahan_code`;
export const bySector = sql`b.sector`;
export const bySizeClass = sql`coalesce(b.size_class, 'tidak_diketahui')`;

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
