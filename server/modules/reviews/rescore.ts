import { sql } from 'kysely';
import type { Executor } from '../../db/transaction.ts';
import type { Evidence, LinkageConfig, Linker, Match } from '../linkage/index.ts';

export type OpenPair = { id: number; kind: 'person' | 'business'; a_id: number; b_id: number };
type Weigh = (kind: OpenPair['kind'], a: number, b: number) => Match | null;

/**
 * A linker's pairs as `rescorePairs` weighs them: a partial linker does not answer for a record or value it
 * did not load (it throws `linkage: …`), and such a pair stays as it was.
 */
export const weigher =
  (linker: Pick<Linker, 'pair'>): Weigh =>
  (kind, a, b) => {
    try {
      return linker.pair(kind, a, b);
    } catch (e) {
      if (e instanceof Error && e.message.startsWith('linkage:')) return null;
      throw e;
    }
  };

/**
 * Open pairs weighed again (`weigh`: a re-linkage's view of the records, or an import's linker after its
 * rows): each gets its new score and evidence, and leaves the queue (state `gone`, by `by`) below the
 * review zone. A pair `weigh` does not know is left as it was.
 */
export async function rescorePairs(
  trx: Executor,
  open: readonly OpenPair[],
  weigh: Weigh,
  zones: LinkageConfig,
  by: string,
) {
  const updates: { id: number; score: number; evidence: string; state: 'open' | 'gone' }[] = [];
  for (const r of open) {
    const m = weigh(r.kind, r.a_id, r.b_id);
    if (!m) continue;
    const state = m.score >= zones[r.kind].review ? 'open' : 'gone';
    updates.push({ id: r.id, score: m.score, evidence: JSON.stringify(m.evidence), state });
  }
  for (let i = 0; i < updates.length; i += 1000) {
    const part = updates.slice(i, i + 1000);
    await sql`update link_reviews r set score = x.score, evidence = x.evidence::jsonb, state = x.state,
        scored_at = now(),
        decided_by = case when x.state = 'gone' then ${by} end,
        decided_at = case when x.state = 'gone' then now() end
      from unnest(${part.map((u) => u.id)}::bigint[], ${part.map((u) => u.score)}::real[],
        ${part.map((u) => u.evidence)}::text[], ${part.map((u) => u.state)}::text[]) as x(id, score, evidence, state)
      where r.id = x.id and r.state = 'open'`.execute(trx);
  }
  return { rescored: updates.length, withdrawn: updates.filter((u) => u.state === 'gone').length };
}

/** Open pairs with one of these records, but those import `importId` proposed itself (null: all). */
export async function openPairsOf(
  trx: Executor,
  ids: { person: readonly number[]; business: readonly number[] },
  importId: number | null,
): Promise<OpenPair[]> {
  if (!ids.person.length && !ids.business.length) return [];
  const { rows } = await sql<OpenPair>`
    select id, kind, a_id, b_id from link_reviews r
    where state = 'open' and (${importId}::bigint is null or import_id is distinct from ${importId})
      and case kind when 'person' then a_id = any(${ids.person}::bigint[]) or b_id = any(${ids.person}::bigint[])
        else a_id = any(${ids.business}::bigint[]) or b_id = any(${ids.business}::bigint[]) end`.execute(trx);
  return rows.map((r) => ({ ...r, id: Number(r.id), a_id: Number(r.a_id), b_id: Number(r.b_id) }));
}

/** A pair as linkage proposes it (a < b). */
export type Proposal = { kind: OpenPair['kind']; a: number; b: number; score: number; evidence: Evidence[] };

/**
 * Writes proposed pairs, each pair once: a new one is open; one that left the queue (`gone`), or with
 * `refresh` an open one too, takes the new score and evidence and is open; a decided pair stays as it is.
 * `importId`: the import that proposed them (a re-linkage leaves a pair's import as it was).
 */
export async function writeProposals(
  trx: Executor,
  pairs: readonly Proposal[],
  importId: number | null,
  refresh: boolean,
) {
  const states = refresh ? ['open', 'gone'] : ['gone'];
  for (let i = 0; i < pairs.length; i += 1000) {
    const rows = pairs.slice(i, i + 1000).map((p) => ({
      kind: p.kind,
      a_id: p.a,
      b_id: p.b,
      score: p.score,
      evidence: p.evidence,
      import_id: importId,
    }));
    await sql`insert into link_reviews (kind, a_id, b_id, score, evidence, import_id)
      select kind, a_id, b_id, score, evidence, import_id
      from json_populate_recordset(null::link_reviews, ${JSON.stringify(rows)}::json)
      on conflict (kind, a_id, b_id) do update set state = 'open', score = excluded.score,
        evidence = excluded.evidence, import_id = coalesce(excluded.import_id, link_reviews.import_id),
        scored_at = now(), decided_by = null, decided_at = null
      where link_reviews.state = any(${states}::text[])`.execute(trx);
  }
}
