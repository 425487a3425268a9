import type { Executor } from '../../db/transaction.ts';
import * as repo from './programmes.repository.ts';

/** Seats waiting participants (first in the queue first) while the session has free seats; the caller holds
 * the session row's lock. Returns the participants seated. */
export async function promoteWaitlisted(trx: Executor, sessionId: number, quota: number) {
  const free = quota - (await repo.countEnrolled(trx, sessionId));
  if (free <= 0) return [];
  const next = await repo.firstWaitlisted(trx, sessionId, free);
  await repo.setParticipant(
    trx,
    next.map((r) => r.id),
    { status: 'enrolled' },
  );
  return next.map((r) => r.id);
}
