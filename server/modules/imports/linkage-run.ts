import { sql } from 'kysely';
import { formatNumberId } from '../../../shared/rules/format.ts';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/connection.ts';
import { type Executor, withTransaction } from '../../db/transaction.ts';
import { AppError } from '../../http/errors.ts';
import { audit } from '../audit/audit.service.ts';
import { evidence } from '../linkage/evidence.ts';
import { type Relinkage, relinkAll } from '../linkage/index.ts';
import { mergeRecords } from '../merges/merges.service.ts';
import { type OpenPair, rescorePairs, writeProposals } from '../reviews/rescore.ts';
import { cliCaller } from './imports.cli.ts';
import { queueIndexRefresh } from './linkage-index.ts';
import { distinctPairs, loadRegistry } from './registry-snapshot.ts';

/** Groups linked pairs into clusters; each cluster is merged into its oldest record. */
function clusters(pairs: { a: number; b: number }[]) {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  for (const { a, b } of pairs) {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb));
  }
  return [...parent.keys()]
    .map((id) => ({ survivor: find(id), merged: id }))
    .filter((m) => m.survivor !== m.merged);
}

const pairKey = (kind: string, a: number, b: number) => `${kind}:${Math.min(a, b)}:${Math.max(a, b)}`;

/**
 * The open queue weighed again against the records as they are now: a pair the re-linkage proposes gets
 * its new score and evidence as it is written; the others are weighed on their own (rescorePairs). Pairs
 * one of whose records was merged away are left: the queue already hides them.
 */
function notProposed(open: OpenPair[], found: Relinkage, gone: Set<string>) {
  const proposed = new Set(found.review.map((r) => pairKey(r.kind, r.a, r.b)));
  return open.filter(
    (r) =>
      !proposed.has(pairKey(r.kind, r.a_id, r.b_id)) &&
      !gone.has(`${r.kind}:${r.a_id}`) &&
      !gone.has(`${r.kind}:${r.b_id}`),
  );
}

/**
 * One merge of the run, undone alone (to a savepoint) when the merge refuses it, as it refuses two
 * businesses each with a running mentoring plan: the refusal, or null once merged.
 */
async function tryMerge(
  trx: Executor,
  kind: 'person' | 'business',
  m: { survivor: number; merged: number },
  ctx: Parameters<typeof mergeRecords>[2],
): Promise<string | null> {
  await sql`savepoint relink_merge`.execute(trx);
  try {
    await mergeRecords(trx, { kind, survivorId: m.survivor, mergedId: m.merged }, ctx);
    await sql`release savepoint relink_merge`.execute(trx);
    return null;
  } catch (e) {
    if (!(e instanceof AppError && e.code === 'MERGE_CONFLICT')) throw e;
    await sql`rollback to savepoint relink_merge`.execute(trx);
    return e.message;
  }
}

/**
 * `pilar linkage run`: certain pairs merged (each can be undone), likely pairs queued for review, and the
 * open queue weighed again (notProposed, rescorePairs).
 */
export async function runLinkage(db: Database, config: Config, say: (msg: string) => void) {
  const started = performance.now();
  const caller = cliCaller(config, 'CLI (penautan ulang)');
  const result = await withTransaction(db, async (trx) => {
    const registry = await loadRegistry(trx, { files: true });
    say(
      `Membandingkan ${formatNumberId(registry.people.length)} pelaku dan ${formatNumberId(registry.businesses.length)} usaha…`,
    );
    const open: OpenPair[] = await trx
      .selectFrom('link_reviews')
      .select(['id', 'kind', 'a_id', 'b_id'])
      .where('state', '=', 'open')
      .execute();
    const found = relinkAll(config.linkage, registry.people, registry.businesses, {
      isDistinct: await distinctPairs(trx),
    });
    const counts = {
      peopleMerged: 0,
      businessesMerged: 0,
      review: found.review.length,
      mergesRefused: 0,
      rescored: 0,
      withdrawn: 0,
    };
    // Records merged away by this run: their open pairs are hidden by the queue, not weighed again.
    const gone = new Set<string>();
    for (const kind of ['person', 'business'] as const) {
      // Businesses of merged people follow their owner; business pairs are merged after.
      for (const m of clusters(found.merge.filter((p) => p.kind === kind))) {
        const refused = await tryMerge(trx, kind, m, { config, caller });
        if (refused) {
          // Two businesses each in a running mentoring plan: an operator closes one, then merges them.
          const pair = found.pair(kind, m.survivor, m.merged);
          const note = evidence('merge', 'disagree', 0, `Tidak digabung otomatis: ${refused}`);
          const [a, b] = [Math.min(m.survivor, m.merged), Math.max(m.survivor, m.merged)];
          found.review.push({
            kind,
            a,
            b,
            score: pair?.score ?? 0,
            evidence: [...(pair?.evidence ?? []), note],
          });
          counts.mergesRefused++;
          continue;
        }
        gone.add(`${kind}:${m.merged}`);
        counts[kind === 'person' ? 'peopleMerged' : 'businessesMerged']++;
      }
    }
    // A pair may come twice (a merge refused, a chain stopped at a contradiction): its last word counts.
    // One already open gets the score and evidence of the records as they are now; one that left the queue
    // (gone) and reaches the review zone again is back in it.
    const byPair = new Map(found.review.map((r) => [pairKey(r.kind, r.a, r.b), r]));
    const proposals = [...byPair.values()].map((r) => ({
      ...r,
      a: Math.min(r.a, r.b),
      b: Math.max(r.a, r.b),
    }));
    await writeProposals(trx, proposals, null, true);
    const others = notProposed(open, found, gone);
    Object.assign(counts, await rescorePairs(trx, others, found.pair, config.linkage, caller.name));
    await audit(trx, caller, 'linkage.run', { details: counts });
    // The merges changed the records the linkage index holds.
    await queueIndexRefresh(trx, caller.name);
    return counts;
  });
  const s = ((performance.now() - started) / 1000).toFixed(1);
  say(
    `Penautan selesai dalam ${s} detik: ${formatNumberId(result.peopleMerged)} pelaku dan ${formatNumberId(result.businessesMerged)} usaha digabung, ${formatNumberId(result.review)} pasangan untuk ditinjau.`,
  );
  if (result.mergesRefused)
    say(
      `${formatNumberId(result.mergesRefused)} pasangan tidak dapat digabung otomatis dan masuk antrean tinjauan dengan alasannya.`,
    );
  if (result.rescored)
    say(
      `Antrean tinjauan ditimbang ulang: ${formatNumberId(result.rescored)} pasangan lama tidak diusulkan lagi, ${formatNumberId(result.withdrawn)} di antaranya tidak lagi cukup mirip dan keluar dari antrean.`,
    );
  return result;
}
