import { sql } from 'kysely';
import type { Executor } from '../../db/transaction.ts';
import type { BusinessRecord, PersonRecord } from '../linkage/linkage.types.ts';

type Registry = { people: PersonRecord[]; businesses: BusinessRecord[] };

/**
 * Every person and business as linkage compares them, read in two queries; with `files`, each business
 * with the imports its rows came from (a full re-linkage weighs two businesses one file lists apart).
 */
export async function loadRegistry(db: Executor, opts: { files?: boolean } = {}): Promise<Registry> {
  const registry = await load(db);
  if (!opts.files) return registry;
  const rows = await sql<{ business_id: number; files: number[] }>`
    select l.business_id, array_agg(distinct s.import_id order by s.import_id) as files
    from source_row_links l join source_rows s on s.id = l.id
    group by l.business_id`.execute(db);
  const files = new Map(rows.rows.map((r) => [Number(r.business_id), r.files.map(Number)]));
  for (const b of registry.businesses) {
    const of = files.get(b.id);
    if (of) b.files = of;
  }
  return registry;
}

/** Only the given people and businesses (a duplicate check compares a few candidates). */
export function loadRegistryRows(db: Executor, people: number[], businesses: number[]): Promise<Registry> {
  return load(db, { people, businesses });
}

async function load(db: Executor, only?: { people: number[]; businesses: number[] }): Promise<Registry> {
  if (only && !only.people.length && !only.businesses.length) return { people: [], businesses: [] };
  const people = await db
    .selectFrom('people')
    .select(['id', 'nik', 'name', 'gender', 'birth_date', 'phone', 'kelurahan_code', 'street', 'rt', 'rw'])
    .where('erased_at', 'is', null)
    .$if(!!only, (q) => q.where(sql<boolean>`id = any(${only?.people ?? []}::bigint[])`))
    .execute();
  const businesses = await db
    .selectFrom('businesses as b')
    .select([
      'b.id',
      'b.owner_id',
      'b.name',
      'b.kelurahan_code',
      'b.street',
      'b.rt',
      'b.rw',
      'b.products',
      'b.kbli_code',
      'b.sector',
      sql<
        string[]
      >`coalesce((select array_agg(p.type || ':' || p.number) from permits p where p.business_id = b.id), '{}')`.as(
        'permits',
      ),
    ])
    .$if(!!only, (q) => q.where(sql<boolean>`b.id = any(${only?.businesses ?? []}::bigint[])`))
    .execute();
  return {
    people: people.map((p) => ({
      id: p.id,
      nik: p.nik,
      name: p.name,
      gender: p.gender,
      birthDate: p.birth_date,
      phone: p.phone,
      kelurahanCode: p.kelurahan_code,
      street: p.street,
      rt: p.rt,
      rw: p.rw,
    })),
    businesses: businesses.map((b) => ({
      id: b.id,
      ownerId: b.owner_id,
      name: b.name,
      kelurahanCode: b.kelurahan_code,
      street: b.street,
      rt: b.rt,
      rw: b.rw,
      products: b.products,
      kbliCode: b.kbli_code,
      sector: b.sector,
      permits: b.permits,
    })),
  };
}

/**
 * Pairs an operator decided are not the same: never proposed again, also once either record was merged
 * into another ("Siti is not Sri", then Siti merged into Siti Aminah: Siti Aminah is not Sri either). The
 * merges are followed as they stand now, so an undone merge no longer carries the decision.
 */
export async function distinctPairs(db: Executor) {
  const [rows, merges] = await Promise.all([
    db.selectFrom('link_reviews').select(['kind', 'a_id', 'b_id']).where('state', '=', 'distinct').execute(),
    db
      .selectFrom('merges')
      .select(['kind', 'survivor_id', 'merged_id'])
      .where('undone_at', 'is', null)
      .execute(),
  ]);
  const into = new Map(merges.map((m) => [`${m.kind}:${m.merged_id}`, Number(m.survivor_id)]));
  // A record merged into one merged later in turn ends at the last survivor (each merge removes a record,
  // so the chain ends).
  const current = (kind: string, id: number) => {
    for (let next = into.get(`${kind}:${id}`); next !== undefined; next = into.get(`${kind}:${id}`))
      id = next;
    return id;
  };
  const key = (kind: string, a: number, b: number) => `${kind}:${Math.min(a, b)}:${Math.max(a, b)}`;
  const set = new Set<string>();
  for (const r of rows) {
    set.add(key(r.kind, Number(r.a_id), Number(r.b_id)));
    if (into.size) set.add(key(r.kind, current(r.kind, Number(r.a_id)), current(r.kind, Number(r.b_id))));
  }
  return (kind: 'person' | 'business', a: number, b: number) => set.has(key(kind, a, b));
}
