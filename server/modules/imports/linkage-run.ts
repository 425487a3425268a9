import { formatNumberId } from '../../../shared/rules/format.ts';
import type { Config } from '../../config.ts';
import { bulkInsert } from '../../db/bulk.ts';
import type { Database } from '../../db/connection.ts';
import { withTransaction } from '../../db/transaction.ts';
import { audit } from '../audit/audit.service.ts';
import { relinkAll } from '../linkage/index.ts';
import { mergeRecords } from '../merges/merges.service.ts';
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

/** `pilar linkage run`: certain pairs merged (each can be undone), likely pairs queued for review. */
export async function runLinkage(db: Database, config: Config, say: (msg: string) => void) {
  const started = performance.now();
  const caller = cliCaller(config, 'CLI (penautan ulang)');
  const result = await withTransaction(db, async (trx) => {
    const registry = await loadRegistry(trx, { files: true });
    say(
      `Membandingkan ${formatNumberId(registry.people.length)} pelaku dan ${formatNumberId(registry.businesses.length)} usaha…`,
    );
    const found = relinkAll(config.linkage, registry.people, registry.businesses, {
      isDistinct: await distinctPairs(trx),
    });
    const counts = { peopleMerged: 0, businessesMerged: 0, review: found.review.length };
    for (const kind of ['person', 'business'] as const) {
      // Businesses of merged people follow their owner; business pairs are merged after.
      for (const m of clusters(found.merge.filter((p) => p.kind === kind))) {
        await mergeRecords(trx, { kind, survivorId: m.survivor, mergedId: m.merged }, { config, caller });
        counts[kind === 'person' ? 'peopleMerged' : 'businessesMerged']++;
      }
    }
    const reviews = found.review.map((r) => ({
      kind: r.kind,
      a_id: Math.min(r.a, r.b),
      b_id: Math.max(r.a, r.b),
      score: r.score,
      evidence: r.evidence,
    }));
    await bulkInsert(trx, 'link_reviews', ['kind', 'a_id', 'b_id', 'score', 'evidence'], reviews, {
      onConflictDoNothing: true,
    });
    await audit(trx, caller, 'linkage.run', { details: counts });
    // The merges changed the records the linkage index holds.
    await queueIndexRefresh(trx, caller.name);
    return counts;
  });
  const s = ((performance.now() - started) / 1000).toFixed(1);
  say(
    `Penautan selesai dalam ${s} detik: ${formatNumberId(result.peopleMerged)} pelaku dan ${formatNumberId(result.businessesMerged)} usaha digabung, ${formatNumberId(result.review)} pasangan untuk ditinjau.`,
  );
  return result;
}
