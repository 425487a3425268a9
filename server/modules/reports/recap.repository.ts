import { sql } from 'kysely';
import { inScope } from '../../db/scope.ts';
import type { Executor } from '../../db/transaction.ts';

export type RecapRow = {
  kecamatan_code: string;
  kecamatan_name: string;
  kelurahan_code: string;
  kelurahan_name: string;
  micro: number;
  hi: number;
  krtp: number;
  ir1: number;
  ir2: number;
  ir3: number;
};

/**
 * Every kelurahan of the area (with zeros where nothing is registered): micro enterprises, home industries and
 * those run by a KRTP woman from the maintained counts, and home industries per current IR level.
 */
export async function recapRows(db: Executor, region: string, scope: string): Promise<RecapRow[]> {
  const { rows } = await sql<RecapRow>`
    with counts as (
      select c.kelurahan_code,
        coalesce(sum(c.n) filter (where c.status = 'active' and c.size_class in ('', 'mikro')), 0)::int as micro,
        coalesce(sum(c.n) filter (where c.status = 'active' and c.size_class in ('', 'mikro')
          and c.home_industry), 0)::int as hi,
        coalesce(sum(c.n) filter (where c.status = 'active' and c.size_class in ('', 'mikro')
          and c.home_industry and c.owner_krtp), 0)::int as krtp
      from business_counts c where ${inScope('c.kelurahan_code', scope)} group by c.kelurahan_code),
    levels as (
      select b.kelurahan_code,
        count(*) filter (where b.ir_level = 1)::int as ir1,
        count(*) filter (where b.ir_level = 2)::int as ir2,
        count(*) filter (where b.ir_level = 3)::int as ir3
      from businesses b
      where ${inScope('b.kelurahan_code', scope)} and b.status = 'active' and b.home_industry
        and (b.size_class is null or b.size_class = 'mikro') and b.ir_level is not null
      group by b.kelurahan_code)
    select kec.code as kecamatan_code, kec.name as kecamatan_name, kel.code as kelurahan_code,
      kel.name as kelurahan_name, coalesce(c.micro, 0) as micro, coalesce(c.hi, 0) as hi,
      coalesce(c.krtp, 0) as krtp, coalesce(l.ir1, 0) as ir1, coalesce(l.ir2, 0) as ir2, coalesce(l.ir3, 0) as ir3
    from areas kel join areas kec on kec.code = kel.parent_code
    left join counts c on c.kelurahan_code = kel.code
    left join levels l on l.kelurahan_code = kel.code
    where kec.parent_code = ${region} and ${inScope('kel.code', scope)}
    order by kec.code, kel.code`.execute(db);
  return rows;
}
