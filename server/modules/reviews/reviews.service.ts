import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type {
  LinkReview,
  LinkReviewQuery,
  MergeQuery,
  ReviewDecision,
} from '../../../shared/contracts/reviews.ts';
import type { Database } from '../../db/connection.ts';
import type { LinkReviewsTable } from '../../db/schema-imports.ts';
import { codeInScope } from '../../db/scope.ts';
import { type Executor, withTransaction } from '../../db/transaction.ts';
import { actorOf, type Caller, type Ctx } from '../../http/caller.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { recordChange } from '../history/history.service.ts';
import { listMerges } from '../merges/merges.repository.ts';
import { mergeRecords, undoMerge } from '../merges/merges.service.ts';
import { type Card, cardsOf } from './reviews.cards.ts';
import * as repo from './reviews.repository.ts';
import { carryOpenPairs, idsOf, reweighOpenPairs } from './reweigh.ts';

type ReviewRow = Selectable<LinkReviewsTable>;

const visible = (card: Card | undefined, scope: string) =>
  !!card && card.areas.some((a) => codeInScope(a, scope));

function toReview(r: ReviewRow, a: Card, b: Card): LinkReview {
  const keys = Object.keys(a.fields);
  return {
    id: r.id,
    kind: r.kind,
    score: Math.round(r.score * 10) / 10,
    evidence: r.evidence as LinkReview['evidence'],
    state: r.state,
    a: { id: a.id, fields: a.fields },
    b: { id: b.id, fields: b.fields },
    differs: keys.filter((k) => (a.fields[k] ?? '') !== (b.fields[k] ?? '')),
    importId: r.import_id,
    createdAt: r.created_at.toISOString(),
    rescoredAt: r.scored_at?.toISOString() ?? null,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at?.toISOString() ?? null,
  };
}

/** Pairs of the queue with both records; a pair one of whose records is gone (merged away) is left out. */
async function withCards(db: Database, rows: ReviewRow[], scope: string) {
  const out: LinkReview[] = [];
  for (const kind of ['person', 'business'] as const) {
    const mine = rows.filter((r) => r.kind === kind);
    const cards = await cardsOf(db, kind, [...new Set(mine.flatMap((r) => [r.a_id, r.b_id]))]);
    for (const r of mine) {
      const [a, b] = [cards.get(r.a_id), cards.get(r.b_id)];
      if (a && b && visible(a, scope) && visible(b, scope)) out.push(toReview(r, a, b));
    }
  }
  // In the order the rows came (the list's order: oldest, or highest score, first).
  const at = new Map(rows.map((r, i) => [r.id, i]));
  out.sort((x, y) => (at.get(x.id) ?? 0) - (at.get(y.id) ?? 0));
  return out;
}

export async function listReviews(db: Database, q: z.infer<typeof LinkReviewQuery>, caller: Caller) {
  const rows = await repo.listReviews(db, q, caller.scope);
  return { items: await withCards(db, rows, caller.scope), open: await repo.countOpen(db, caller.scope) };
}

export async function getReview(db: Database, id: number, caller: Caller) {
  const row = await repo.findReview(db, id);
  const [review] = row ? await withCards(db, [row], caller.scope) : [];
  if (!review) throw notFound('Pasangan');
  return review;
}

/** A decision about a pair in both records' history, each naming the other (`distinctFrom`: old, new). */
async function inBothHistories(
  trx: Executor,
  caller: Caller,
  r: ReviewRow,
  action: 'distinct' | 'reopen',
  distinctFrom: (other: number) => [number | null, number | null],
) {
  for (const [self, other] of [
    [r.a_id, r.b_id],
    [r.b_id, r.a_id],
  ] as const) {
    await recordChange(trx, caller, {
      entity: r.kind,
      entityId: self,
      businessId: r.kind === 'business' ? self : null,
      action,
      changes: { distinctFrom: distinctFrom(other) } as never,
    });
  }
}

/** "Same" merges the pair (field by field as chosen); "distinct" remembers it so it is never proposed again. */
export async function decideReview(db: Database, id: number, d: z.infer<typeof ReviewDecision>, ctx: Ctx) {
  await getReview(db, id, ctx.caller);
  const mergeId = await withTransaction(db, async (trx) => {
    const r = await repo.lockReview(trx, id);
    if (r?.state !== 'open') throw new AppError('REVIEW_DECIDED', 'Pasangan ini sudah diputuskan.');
    if (d.decision === 'distinct') {
      await repo.decideReview(trx, id, 'distinct', actorOf(ctx.caller));
      // In both records' history: never proposed again, and who said so.
      await inBothHistories(trx, ctx.caller, r, 'distinct', (other) => [null, other]);
      return null;
    }
    const [survivorId, mergedId] = d.keep === 'a' ? [r.a_id, r.b_id] : [r.b_id, r.a_id];
    const choice = Object.fromEntries(
      Object.entries(d.fields).map(([f, side]) => [f, side === d.keep ? 'survivor' : 'merged'] as const),
    );
    const merged = await mergeRecords(trx, { kind: r.kind, survivorId, mergedId, choice, reviewId: id }, ctx);
    await repo.decideReview(trx, id, 'merged', actorOf(ctx.caller));
    // The merged record's other open pairs are the survivor's now; hers are weighed with her new fields.
    await carryOpenPairs(
      trx,
      { kind: r.kind, survivorId, mergedId },
      ctx.config.linkage,
      actorOf(ctx.caller),
    );
    return merged.mergeId;
  });
  return { id, state: mergeId ? ('merged' as const) : ('distinct' as const), mergeId };
}

/**
 * A pair marked "not the same" goes back to the queue (the operator was wrong): open again, proposed again
 * by later imports and re-linkages, and in both records' history.
 */
export async function reopenReview(db: Database, id: number, ctx: Ctx) {
  await getReview(db, id, ctx.caller);
  await withTransaction(db, async (trx) => {
    const r = await repo.lockReview(trx, id);
    if (r?.state !== 'distinct') {
      throw new AppError(
        'REVIEW_NOT_DISTINCT',
        'Hanya pasangan yang ditandai bukan data yang sama yang dapat dikembalikan ke antrean.',
      );
    }
    await repo.reopenReview(trx, id);
    await inBothHistories(trx, ctx.caller, r, 'reopen', (other) => [other, null]);
  });
  return { id, state: 'open' as const };
}

type MergeRow = Awaited<ReturnType<typeof listMerges>>[number];

/** Merges as the API gives them, with the kept records' names as they are now. */
async function withNames(db: Database, kind: 'person' | 'business', rows: MergeRow[]) {
  const cards = await cardsOf(db, kind, [...new Set(rows.map((m) => m.survivor_id))]);
  return rows.map((m) => ({
    id: m.id,
    kind: m.kind,
    survivorId: m.survivor_id,
    survivorName: cards.get(m.survivor_id)?.fields.name ?? null,
    mergedId: m.merged_id,
    mergedName: String(m.merged_row.name ?? ''),
    mergedBy: m.merged_by,
    mergedAt: m.merged_at.toISOString(),
    undoneBy: m.undone_by,
    undoneAt: m.undone_at?.toISOString() ?? null,
  }));
}

/** The merges one record took part in, or (without `recordId`) the latest in the caller's area. */
export async function listMergesOf(db: Database, q: z.infer<typeof MergeQuery>, caller: Caller) {
  const { kind, recordId } = q;
  if (recordId === undefined) {
    const rows = await repo.recentMerges(db, { kind, before: q.before, limit: q.limit }, caller.scope);
    return { items: await withNames(db, kind, rows) };
  }
  const card = (await cardsOf(db, kind, [recordId])).get(recordId);
  if (!visible(card, caller.scope)) throw notFound(kind === 'person' ? 'Pelaku usaha' : 'Usaha');
  return { items: await withNames(db, kind, await listMerges(db, kind, recordId)) };
}

/** Un-merge: the review pair (if any) goes back to the queue. */
export async function undo(db: Database, mergeId: number, ctx: Ctx) {
  await withTransaction(db, async (trx) => {
    const m = await undoMerge(trx, mergeId, ctx.caller);
    if (m.review_id) await repo.reopenReview(trx, m.review_id);
    // Both records' open pairs (the pair itself among them) are weighed with the fields they have again.
    const ids = idsOf(m.kind, [m.survivor_id, m.merged_id]);
    await reweighOpenPairs(trx, ids, ctx.config.linkage, actorOf(ctx.caller));
  });
  return { id: mergeId };
}
