import { sql } from 'kysely';
import type { NewPerson, PersonPatch } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import type { Executor } from '../../db/transaction.ts';

const withAreas = (db: Executor) =>
  db
    .selectFrom('people as p')
    .leftJoin('areas as kel', 'kel.code', 'p.kelurahan_code')
    .leftJoin('areas as kec', 'kec.code', 'kel.parent_code');

export function findPerson(db: Executor, id: number) {
  return withAreas(db)
    .selectAll('p')
    .select(['kel.name as kelurahan_name', 'kec.name as kecamatan_name'])
    .where('p.id', '=', id)
    .executeTakeFirst();
}

/** The owner if she lives in the scope or runs a business there. */
export function findPersonInScope(db: Executor, id: number, scope: string) {
  return withAreas(db)
    .selectAll('p')
    .select(['kel.name as kelurahan_name', 'kec.name as kecamatan_name'])
    .where('p.id', '=', id)
    .where((eb) =>
      eb.or([
        inScope('p.kelurahan_code', scope),
        eb.exists(
          eb
            .selectFrom('businesses as b')
            .select('b.id')
            .whereRef('b.owner_id', '=', 'p.id')
            .where(inScope('b.kelurahan_code', scope)),
        ),
      ]),
    )
    .executeTakeFirst();
}

export function lockPerson(db: Executor, id: number) {
  return db.selectFrom('people').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function findPersonIdByNik(db: Executor, nik: string) {
  return db.selectFrom('people').select('id').where('nik', '=', nik).executeTakeFirst();
}

export async function insertPerson(db: Executor, row: NewPerson): Promise<number> {
  const { id } = await db.insertInto('people').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export function updatePerson(db: Executor, id: number, patch: PersonPatch) {
  return db
    .updateTable('people')
    .set({ ...patch, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export type PersonFilter = {
  q?: string;
  scope: string;
  kecamatan?: string;
  kelurahan?: string;
  krtp?: boolean;
  after?: { rank: number | null; id: number };
  limit: number;
};

/** Keyset page of owners; with q, ranked by trigram word similarity on the normalised name. */
export function listPeople(db: Executor, f: PersonFilter) {
  const rank = f.q ? sql<number>`word_similarity(${f.q}, p.search_text)` : null;
  let query = withAreas(db).select([
    'p.id',
    'p.nik',
    'p.name',
    'p.gender',
    'p.krtp',
    'kel.name as kelurahan_name',
    'kec.name as kecamatan_name',
    sql<number>`(select count(*) from businesses b where b.owner_id = p.id)`.as('business_count'),
    ...(rank ? [rank.as('rank')] : []),
  ]);
  if (f.q) query = query.where(sql<boolean>`${f.q} <% p.search_text`);
  query = query.where((eb) =>
    eb.or([
      inScope('p.kelurahan_code', f.scope),
      eb.exists(
        eb
          .selectFrom('businesses as b')
          .select('b.id')
          .whereRef('b.owner_id', '=', 'p.id')
          .where(inScope('b.kelurahan_code', f.scope)),
      ),
    ]),
  );
  query = query.where('p.processing_restricted_at', 'is', null).where('p.erased_at', 'is', null);
  if (f.kelurahan) query = query.where('p.kelurahan_code', '=', f.kelurahan);
  else if (f.kecamatan) query = query.where('p.kelurahan_code', 'like', `${f.kecamatan}.%`);
  if (f.krtp !== undefined) query = query.where('p.krtp', '=', f.krtp);
  if (f.after && rank)
    query = query.where(sql<boolean>`(${rank}, p.id) < (${f.after.rank}::real, ${f.after.id})`);
  else if (f.after) query = query.where('p.id', '<', f.after.id);
  if (rank) query = query.orderBy(rank, 'desc');
  return query
    .orderBy('p.id', 'desc')
    .limit(f.limit + 1)
    .execute();
}
