import { sql } from 'kysely';
import { needsAnalyze } from '../../db/bulk.ts';
import { type Executor, withTransaction } from '../../db/transaction.ts';
import { collectNowIfOver } from '../../jobs/heap.ts';
import { insertJob } from '../../jobs/jobs.repository.ts';
import type { JobHandler } from '../../jobs/runner.ts';
import { businessEntry, type IndexEntry, personEntry } from '../linkage/index-entries.ts';
import { loadRegistryRows } from './registry-snapshot.ts';

export type EntryKind = 'p' | 'b';

// Pseudo-terms counting the records (all, and per kelurahan): the frequency tables' totals.
const TOTAL = '\u0002';
// Terms sort by byte (collation "C"): the pseudo-terms are those below this.
const END = '\u0003';
const totalTerms = (kel: string | null) => (kel === null ? [TOTAL] : [TOTAL, `${TOTAL}${kel}`]);

/** How many marks of changed records wait (a record changed twice counts twice: an upper bound). */
export async function dirtyCount(db: Executor): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from linkage_dirty`.execute(db);
  return rows[0]?.n ?? 0;
}

/** The refresh job waiting to run, if any. */
export async function queuedIndexJob(db: Executor): Promise<number | null> {
  const waiting = await db
    .selectFrom('jobs')
    .select('id')
    .where('kind', '=', INDEX_JOB)
    .where('state', '=', 'queued')
    .executeTakeFirst();
  return waiting?.id ?? null;
}

/** Queues the background refresh (one waiting at a time is enough); whether it queued one. */
export async function queueIndexRefresh(db: Executor, actor: string): Promise<boolean> {
  if ((await queuedIndexJob(db)) !== null) return false;
  await insertJob(db, INDEX_JOB, {}, actor);
  return true;
}

export const INDEX_JOB = 'linkage.index';

/**
 * More marks than a small import refreshes itself before linking through the index (imports.commit.ts):
 * above it, an import loads the whole registry instead.
 */
export const STALE_LIMIT = 5000;

/**
 * Queues the refresh when more entries wait than a small import would refresh itself, as after an update
 * whose migration marked every entry: otherwise each small import would load the whole registry until a
 * large one ran the refresh. Returns whether it queued one.
 */
export async function queueRefreshIfStale(
  db: Executor,
  actor: string,
  limit = STALE_LIMIT,
): Promise<boolean> {
  return (await dirtyCount(db)) > limit && queueIndexRefresh(db, actor);
}

/**
 * The background job: the whole refresh in one transaction, so the index is never half-updated. After a
 * large one (a big import) the index tables are vacuumed and analysed right away instead of whenever
 * autovacuum comes: the next small import reads them through plans made for their size, and by index
 * alone (a page not yet marked all-visible costs a heap visit per key).
 */
export const indexJob: JobHandler = async (_job, ctx) => {
  const { indexed, before } = await withTransaction(ctx.db, async (trx) => {
    const before = (await indexTotals(trx, 'p')).n + (await indexTotals(trx, 'b')).n;
    return { indexed: await refreshIndex(trx), before };
  });
  if (needsAnalyze(before, indexed))
    await sql`vacuum (analyze) linkage_entries, linkage_keys, linkage_term_counts, linkage_dirty`.execute(
      ctx.db,
    );
  // The marks the refresh deleted, vacuumed at once: each commit counts the marks waiting (dirtyCount), and
  // read whole, 100k deleted marks cost it 25–35 ms a count until autovacuum came.
  else if (indexed) await sql`vacuum linkage_dirty`.execute(ctx.db);
  // The records an import wrote wait in the name search indexes' pending lists (imports.commit.ts).
  await sql`select gin_clean_pending_list('people_search'::regclass),
    gin_clean_pending_list('businesses_search'::regclass)`.execute(ctx.db);
  return { indexed };
};

const PAGE = 10_000;
const HEAP_CEILING_MB = 250;

/**
 * Brings the entries of every changed record up to date, and the counts with them (the old entry taken
 * off, the new one added). One refresh at a time: the counts are deltas of what the entries held.
 * Returns how many records were indexed.
 */
export async function refreshIndex(db: Executor): Promise<number> {
  await sql`select pg_advisory_xact_lock(hashtext('pilar.linkage_index'))`.execute(db);
  const { rows } = await sql<{ seq: string; kind: EntryKind; id: string }>`
    select seq, kind, record_id as id from linkage_dirty order by seq`.execute(db);
  if (!rows.length) return 0;
  const ids = { p: new Set<number>(), b: new Set<number>() };
  for (const r of rows) ids[r.kind].add(Number(r.id));
  for (const kind of ['p', 'b'] as const) {
    const all = [...ids[kind]];
    for (let i = 0; i < all.length; i += PAGE) {
      // After a large import the heap still holds its garbage: collected before it grows past 1 GB.
      await collectNowIfOver(HEAP_CEILING_MB);
      await refreshPage(db, kind, all.slice(i, i + PAGE));
    }
  }
  const seqs = rows.map((r) => r.seq);
  for (let i = 0; i < seqs.length; i += 50_000)
    await sql`delete from linkage_dirty where seq = any(${seqs.slice(i, i + 50_000)}::bigint[])`.execute(db);
  return ids.p.size + ids.b.size;
}

async function refreshPage(db: Executor, kind: EntryKind, ids: number[]) {
  const { rows: old } = await sql<{ id: string; kel: string | null; keys: number[]; terms: string[] }>`
    select record_id as id, kel, keys, terms from linkage_entries
    where kind = ${kind} and record_id = any(${ids}::bigint[])`.execute(db);
  const fresh = new Map<number, IndexEntry & { kel: string | null; prepared: object }>();
  if (kind === 'p') {
    const { people } = await loadRegistryRows(db, ids, []);
    for (const p of people) fresh.set(p.id, { ...personEntry(p), kel: p.kelurahanCode });
  } else {
    const { businesses } = await loadRegistryRows(db, [], ids);
    const { people: owners } = await loadRegistryRows(db, [...new Set(businesses.map((b) => b.ownerId))], []);
    const owner = new Map(owners.map((p) => [p.id, p]));
    for (const b of businesses)
      fresh.set(b.id, { ...businessEntry(b, owner.get(b.ownerId) ?? null), kel: b.kelurahanCode });
  }
  const terms = new Map<string, number>();
  // Terms as often as the frequency tables count them (a word twice in a name counts twice).
  const count = (e: { kel: string | null; keys: number[]; terms: string[] }, step: number) => {
    for (const t of [...e.terms, ...totalTerms(e.kel)]) terms.set(t, (terms.get(t) ?? 0) + step);
  };
  for (const e of old) count(e, -1);
  for (const e of fresh.values()) count(e, 1);

  await sql`delete from linkage_entries where kind = ${kind} and record_id = any(${ids}::bigint[])`.execute(
    db,
  );
  const oldKeys = keyRows(old.map((e) => ({ id: Number(e.id), keys: e.keys })));
  for (let i = 0; i < oldKeys.keys.length; i += 100_000)
    await sql`delete from linkage_keys k
      using unnest(${oldKeys.keys.slice(i, i + 100_000)}::int4[], ${oldKeys.ids.slice(i, i + 100_000)}::bigint[]) as x(key, id)
      where k.kind = ${kind} and k.key = x.key and k.record_id = x.id`.execute(db);
  const rows = [...fresh].map(([id, e]) => ({
    id,
    kel: e.kel,
    keys: e.keys,
    terms: e.terms,
    prepared: e.prepared,
  }));
  if (rows.length)
    await sql`insert into linkage_entries (kind, record_id, kel, keys, terms, prepared)
      select ${kind}, x.id, x.kel, x.keys, x.terms, x.prepared
      from json_to_recordset(${JSON.stringify(rows)}::json)
        as x(id bigint, kel text, keys int4[], terms text[], prepared json)`.execute(db);
  const newKeys = keyRows(rows);
  for (let i = 0; i < newKeys.keys.length; i += 100_000)
    await sql`insert into linkage_keys (kind, key, record_id)
      select ${kind}, x.key, x.id
      from unnest(${newKeys.keys.slice(i, i + 100_000)}::int4[], ${newKeys.ids.slice(i, i + 100_000)}::bigint[]) as x(key, id)`.execute(
      db,
    );
  await addTermCounts(db, kind, terms);
}

/** One (key, record) pair per distinct key of each entry. */
function keyRows(entries: { id: number; keys: number[] }[]) {
  const keys: number[] = [];
  const ids: number[] = [];
  for (const e of entries) {
    for (const k of new Set(e.keys)) {
      keys.push(k);
      ids.push(e.id);
    }
  }
  return { keys, ids };
}

async function addTermCounts(db: Executor, kind: EntryKind, deltas: Map<string, number>) {
  const changed = [...deltas].filter(([, d]) => d !== 0);
  for (let i = 0; i < changed.length; i += 50_000) {
    const part = changed.slice(i, i + 50_000);
    await sql`insert into linkage_term_counts (kind, term, n)
      select ${kind}, x.term, x.d
      from unnest(${part.map(([t]) => t)}::text[], ${part.map(([, d]) => d)}::int[]) as x(term, d)
      on conflict (kind, term) do update set n = linkage_term_counts.n + excluded.n`.execute(db);
  }
}

/**
 * The blocks of these keys: how many indexed records hold each key, counted up to `cap` + 1 (a larger
 * block is never searched, so its exact size does not matter; zero for a key none holds), and the ids of
 * the records in the blocks small enough to be searched. One statement: the members are read from the
 * same index pages the sizes were counted on.
 */
export async function blocks(
  db: Executor,
  kind: EntryKind,
  keys: number[],
  cap: number,
): Promise<{ sizes: Map<number, number>; members: number[] }> {
  const sizes = new Map(keys.map((k) => [k, 0]));
  if (!keys.length) return { sizes, members: [] };
  const { rows } = await sql<{ key: number; n: number; ids: string[] | null }>`
    select q.key, s.n, case when s.n between 1 and ${cap} then
        (select array_agg(k.record_id) from linkage_keys k where k.kind = ${kind} and k.key = q.key) end as ids
    from unnest(${intArray(keys)}::int4[]) as q(key)
    cross join lateral (select count(*)::int as n from (select 1 from linkage_keys k
      where k.kind = ${kind} and k.key = q.key limit ${cap + 1}) as x) as s`.execute(db);
  const members = new Set<number>();
  for (const r of rows) {
    sizes.set(r.key, r.n);
    for (const id of r.ids ?? []) members.add(Number(id));
  }
  return { sizes, members: [...members] };
}

/** An int4[] literal: sent as one string instead of escaping every element. */
const intArray = (values: readonly number[]) => `{${values.join(',')}}`;

/** How many registry people hold each phone key, counted in full (zero for none). */
export async function phoneHolders(db: Executor, keys: number[]): Promise<Map<number, number>> {
  const out = new Map(keys.map((k) => [k, 0]));
  if (!keys.length) return out;
  const { rows } = await sql<{ key: number; n: number }>`
    select key, count(*)::int as n from linkage_keys
    where kind = 'p' and key = any(${intArray(keys)}::int4[]) group by key`.execute(db);
  for (const r of rows) out.set(r.key, r.n);
  return out;
}

/**
 * The indexed records as linkage compares them (index-entries.ts); null when one has no prepared form
 * (its entry predates them and waits to be refreshed).
 */
export async function preparedRecords<T>(db: Executor, kind: EntryKind, ids: number[]): Promise<T[] | null> {
  if (!ids.length) return [];
  const { rows } = await sql<{ prepared: T | null }>`
    select prepared from linkage_entries where kind = ${kind} and record_id = any(${intArray(ids)}::bigint[])`.execute(
    db,
  );
  if (rows.length !== ids.length || rows.some((r) => r.prepared === null)) return null;
  return rows.map((r) => r.prepared as T);
}

/**
 * How many indexed records add each term that the records `ids` add (their entries' terms) or that is
 * listed in `terms` (zero for a term none adds).
 */
export async function termCounts(
  db: Executor,
  kind: EntryKind,
  ids: number[],
  terms: string[],
): Promise<Map<string, number>> {
  const out = new Map(terms.map((t) => [t, 0]));
  if (!terms.length && !ids.length) return out;
  // The distinct terms first, then each looked up (written as `term in (…)`, the planner hashed every
  // count of the kind instead: 0.6 against 0.3 s for 14,000 entries).
  const { rows } = await sql<{ term: string; n: number }>`
    select c.term, c.n from (
      select unnest(terms) as term from linkage_entries
      where kind = ${kind} and record_id = any(${intArray(ids)}::bigint[])
      union select unnest(${terms}::text[])) as x
    join linkage_term_counts c on c.kind = ${kind} and c.term = x.term`.execute(db);
  for (const r of rows) out.set(r.term, r.n);
  return out;
}

/** Indexed records in all and per kelurahan. */
export async function indexTotals(db: Executor, kind: EntryKind) {
  const { rows } = await sql<{ term: string; n: number }>`
    select term, n from linkage_term_counts
    where kind = ${kind} and term >= ${TOTAL} and term < ${END}`.execute(db);
  const kelRecords = new Map<string, number>();
  let n = 0;
  for (const r of rows) {
    if (r.term === TOTAL) n = r.n;
    else kelRecords.set(r.term.slice(TOTAL.length), r.n);
  }
  return { n, kelRecords };
}

/** People holding these NIKs (of the column's type, char(16): compared as text, its index goes unused). */
export async function nikHolders(db: Executor, niks: string[]): Promise<Map<string, number>> {
  if (!niks.length) return new Map();
  const { rows } = await sql<{ id: string; nik: string }>`
    select id, nik from people where nik = any(${niks}::bpchar[]) and erased_at is null`.execute(db);
  return new Map(rows.map((r) => [r.nik, Number(r.id)]));
}
