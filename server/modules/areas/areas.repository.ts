import type { Executor } from '../../db/transaction.ts';

type AreaRow = { code: string; parent_code: string | null; level: number; name: string };

export async function insertAreas(db: Executor, rows: AreaRow[]): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += 5000) {
    const res = await db
      .insertInto('areas')
      .values(rows.slice(i, i + 5000))
      .onConflict((oc) => oc.column('code').doNothing())
      .executeTakeFirst();
    inserted += Number(res.numInsertedOrUpdatedRows ?? 0);
  }
  return inserted;
}

export function countAreas(db: Executor) {
  return db
    .selectFrom('areas')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
}

export function findArea(db: Executor, code: string) {
  return db.selectFrom('areas').selectAll().where('code', '=', code).executeTakeFirst();
}

export function listChildren(db: Executor, parentCode: string) {
  return db.selectFrom('areas').selectAll().where('parent_code', '=', parentCode).orderBy('code').execute();
}

/** Kelurahan of a regency with their kecamatan: the served region's area list. */
export function listVillagesOfRegency(db: Executor, regencyCode: string) {
  return db
    .selectFrom('areas as v')
    .innerJoin('areas as d', 'd.code', 'v.parent_code')
    .select(['v.code', 'v.name', 'd.code as kecamatan_code', 'd.name as kecamatan_name'])
    .where('d.parent_code', '=', regencyCode)
    .where('v.level', '=', 4)
    .orderBy('v.code')
    .execute();
}
