import { sql } from 'kysely';
import type { Executor } from '../../db/transaction.ts';
import { businessEntry, type IndexEntry, personEntry } from '../linkage/index-entries.ts';
import { loadRegistryRows } from './registry-snapshot.ts';

export type EntryKind = 'p' | 'b';

/** Records whose index entry is missing or was computed from other values than they hold now. */
export async function staleEntries(db: Executor): Promise<{ people: number[]; businesses: number[] }> {
  const { rows } = await sql<{ kind: EntryKind; id: string }>`
    select 'p' as kind, s.id from linkage_person_sources s
      left join linkage_entries e on e.kind = 'p' and e.record_id = s.id
      where e.fp is distinct from s.fp
    union all
    select 'b', s.id from linkage_business_sources s
      left join linkage_entries e on e.kind = 'b' and e.record_id = s.id
      where e.fp is distinct from s.fp`.execute(db);
  const out = { people: [] as number[], businesses: [] as number[] };
  for (const r of rows) (r.kind === 'p' ? out.people : out.businesses).push(Number(r.id));
  return out;
}

/** Entries of records merged away, erased or deleted. */
export async function dropGoneEntries(db: Executor): Promise<void> {
  await sql`delete from linkage_entries e where e.kind = 'p' and not exists
    (select 1 from people p where p.id = e.record_id and p.erased_at is null)`.execute(db);
  await sql`delete from linkage_entries e where e.kind = 'b' and not exists
    (select 1 from businesses b where b.id = e.record_id)`.execute(db);
}

const PAGE = 10_000;

/**
 * Recomputes the entries of these records from their stored values. The fingerprint is read before the
 * values: a change in between leaves an entry that looks stale next time, never one that looks fresh.
 */
export async function refreshEntries(db: Executor, ids: { people: number[]; businesses: number[] }) {
  for (let i = 0; i < ids.people.length; i += PAGE) {
    const page = ids.people.slice(i, i + PAGE);
    const fps = await fingerprints(db, 'p', page);
    const { people } = await loadRegistryRows(db, page, []);
    await upsert(db, 'p', fps, new Map(people.map((p) => [p.id, personEntry(p)])));
  }
  for (let i = 0; i < ids.businesses.length; i += PAGE) {
    const page = ids.businesses.slice(i, i + PAGE);
    const fps = await fingerprints(db, 'b', page);
    const { businesses } = await loadRegistryRows(db, [], page);
    const owners = await ownerNames(db, [...new Set(businesses.map((b) => b.ownerId))]);
    const entries = businesses.map((b) => [b.id, businessEntry(b, owners.get(b.ownerId) ?? null)] as const);
    await upsert(db, 'b', fps, new Map(entries));
  }
}

/** Brings the whole index up to date; returns how many entries were recomputed. */
export async function refreshIndex(db: Executor): Promise<number> {
  await dropGoneEntries(db);
  const stale = await staleEntries(db);
  await refreshEntries(db, stale);
  return stale.people.length + stale.businesses.length;
}

async function fingerprints(db: Executor, kind: EntryKind, ids: number[]) {
  const view = kind === 'p' ? sql`linkage_person_sources` : sql`linkage_business_sources`;
  const { rows } = await sql<{ id: string; fp: string; kel: string | null }>`
    select id, fp, kel from ${view} where id = any(${ids}::bigint[])`.execute(db);
  return new Map(rows.map((r) => [Number(r.id), r]));
}

async function ownerNames(db: Executor, ids: number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map();
  const { rows } = await sql<{ id: string; name: string }>`
    select id, name from people where id = any(${ids}::bigint[]) and erased_at is null`.execute(db);
  return new Map(rows.map((r) => [Number(r.id), r.name]));
}

async function upsert(
  db: Executor,
  kind: EntryKind,
  fps: Map<number, { fp: string; kel: string | null }>,
  entries: Map<number, IndexEntry>,
) {
  const rows = [...entries].flatMap(([id, e]) => {
    const fp = fps.get(id);
    return fp ? [{ id, fp: fp.fp, kel: fp.kel, keys: e.keys, terms: e.terms }] : [];
  });
  if (!rows.length) return;
  await sql`insert into linkage_entries (kind, record_id, fp, kel, keys, terms)
    select ${kind}, x.id, x.fp, x.kel, x.keys, x.terms
    from json_to_recordset(${JSON.stringify(rows)}::json) as x(id bigint, fp uuid, kel text, keys int4[], terms text[])
    on conflict (kind, record_id) do update
      set fp = excluded.fp, kel = excluded.kel, keys = excluded.keys, terms = excluded.terms`.execute(db);
}

/** How many indexed records hold each key (zero for a key none holds). */
export async function keyCounts(db: Executor, kind: EntryKind, keys: number[]): Promise<Map<number, number>> {
  const out = new Map(keys.map((k) => [k, 0]));
  if (!keys.length) return out;
  const { rows } = await sql<{ k: number; n: number }>`
    select k, count(*)::int as n from linkage_entries e, unnest(e.keys) k
    where e.kind = ${kind} and e.keys && ${keys}::int4[] and k = any(${keys}::int4[])
    group by k`.execute(db);
  for (const r of rows) out.set(r.k, r.n);
  return out;
}

/** Ids of the records holding any of the keys. */
export async function keyMembers(db: Executor, kind: EntryKind, keys: number[]): Promise<number[]> {
  if (!keys.length) return [];
  const { rows } = await sql<{ id: string }>`
    select record_id as id from linkage_entries where kind = ${kind} and keys && ${keys}::int4[]`.execute(db);
  return rows.map((r) => Number(r.id));
}

/** How many indexed records add each term (zero for a term none adds). */
export async function termCounts(
  db: Executor,
  kind: EntryKind,
  terms: string[],
): Promise<Map<string, number>> {
  const out = new Map(terms.map((t) => [t, 0]));
  if (!terms.length) return out;
  const { rows } = await sql<{ t: string; n: number }>`
    select t, count(*)::int as n from linkage_entries e, unnest(e.terms) t
    where e.kind = ${kind} and e.terms && ${terms}::text[] and t = any(${terms}::text[])
    group by t`.execute(db);
  for (const r of rows) out.set(r.t, r.n);
  return out;
}

/** Indexed records in all and per kelurahan. */
export async function indexTotals(db: Executor, kind: EntryKind) {
  const { rows } = await sql<{ kel: string | null; n: number }>`
    select kel, count(*)::int as n from linkage_entries where kind = ${kind} group by kel`.execute(db);
  const kelRecords = new Map<string, number>();
  let n = 0;
  for (const r of rows) {
    n += r.n;
    if (r.kel !== null) kelRecords.set(r.kel, r.n);
  }
  return { n, kelRecords };
}

/** People holding these NIKs. */
export async function nikHolders(db: Executor, niks: string[]): Promise<Map<string, number>> {
  if (!niks.length) return new Map();
  const { rows } = await sql<{ id: string; nik: string }>`
    select id, nik from people where nik = any(${niks}::text[]) and erased_at is null`.execute(db);
  return new Map(rows.map((r) => [r.nik, Number(r.id)]));
}
