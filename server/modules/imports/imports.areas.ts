import { sql } from 'kysely';
import type { Database } from '../../db/connection.ts';
import { codeInScope } from '../../db/scope.ts';
import { hamletOf } from '../linkage/address.ts';
import type { AreaRef } from './imports.types.ts';
import { variantKey } from './normalise/area-keys.ts';
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

/**
 * The served villages whose name another served village shares ("Kemiri" of Kepanjen and of Jabung), each
 * with the hamlets (dusun) the registry's people and businesses there name in their street; undefined when
 * no two villages share a name (a city's kelurahan).
 */
export async function hamletsKnown(
  db: Database,
  served: readonly AreaRef[],
): Promise<Record<string, string[]> | undefined> {
  const byName = new Map<string, string[]>();
  for (const v of served) {
    const key = variantKey(v.name, 'kelurahan');
    byName.set(key, [...(byName.get(key) ?? []), v.code]);
  }
  const codes = [...byName.values()].filter((c) => c.length > 1).flat();
  if (codes.length === 0) return undefined;
  const { rows } = await sql<{ code: string; street: string }>`
    select kelurahan_code as code, street from businesses where kelurahan_code = any(${codes}) and street is not null
    union
    select kelurahan_code, street from people where kelurahan_code = any(${codes}) and street is not null`.execute(
    db,
  );
  const known = new Map(codes.map((c) => [c, new Set<string>()]));
  for (const r of rows) {
    const hamlet = hamletOf(r.street);
    if (hamlet) known.get(r.code)?.add(hamlet);
  }
  return Object.fromEntries([...known].map(([code, hamlets]) => [code, [...hamlets]]));
}
