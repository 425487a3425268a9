import { sql } from 'kysely';
import type { Database } from '../../db/connection.ts';
import { codeInScope } from '../../db/scope.ts';
import type { AreaRef } from './imports.types.ts';
import { createAreaMatcher } from './normalise/index.ts';

const cache = new Map<string, Promise<AreaRef[]>>();

/** Every village of the province with its district: the region's are served, the rest are known elsewhere. */
function villagesOfProvince(db: Database, province: string): Promise<AreaRef[]> {
  let found = cache.get(province);
  if (!found) {
    found = sql<AreaRef>`
      select v.code, v.name, d.code as "kecamatanCode", d.name as "kecamatanName"
      from areas v join areas d on d.code = v.parent_code
      where v.level = 4 and v.code like ${`${province}.%`}`
      .execute(db)
      .then((r) => r.rows);
    found.catch(() => cache.delete(province));
    cache.set(province, found);
  }
  return found;
}

/**
 * The villages an importer serves (in the region and its scope) and the province's others, with the names
 * of the region and its province (Kota Malang, Jawa Timur) and of the province's other regencies and cities.
 */
export async function areaListsFor(db: Database, region: string, scope: string) {
  const province = region.slice(0, 2);
  const [all, named, regencies] = await Promise.all([
    villagesOfProvince(db, province),
    db.selectFrom('areas').select(['code', 'name']).where('code', 'in', [region, province]).execute(),
    db.selectFrom('areas').select(['code', 'name']).where('parent_code', '=', province).execute(),
  ]);
  const served = all.filter((a) => codeInScope(a.code, scope) && codeInScope(a.code, region));
  const others = all.filter((a) => !served.includes(a));
  const regionNames = [region, province].flatMap((c) => named.find((a) => a.code === c)?.name ?? []);
  // The province's other regencies and cities (Kota Batu, Kabupaten Pasuruan; Kota Malang beside the regency).
  const elsewhereNames = regencies.filter((r) => r.code !== region).map((r) => r.name);
  return { served, others, regionNames, elsewhereNames };
}

/** Matches kelurahan names against the importer's area scope; villages elsewhere are recognised as outside. */
export async function areaMatcherFor(db: Database, region: string, scope: string) {
  const { served, others } = await areaListsFor(db, region, scope);
  return createAreaMatcher(served, others);
}
