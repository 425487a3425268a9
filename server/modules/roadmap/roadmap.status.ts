import type { z } from 'zod';
import type { StatusChange } from '../../../shared/contracts/roadmaps.ts';
import {
  CLOSED_STATUSES,
  canMove,
  type InterventionStatus,
  INTERVENTION_STATUS_LABELS as LABEL,
  needsOutcome,
  STATUS_TRANSITIONS,
} from '../../../shared/rules/mentoring.ts';
import type { Database } from '../../db/connection.ts';
import { withTransaction } from '../../db/transaction.ts';
import { actorOf, type Ctx } from '../../http/caller.ts';
import { AppError, invalid, notFound } from '../../http/errors.ts';
import { audit } from '../audit/audit.service.ts';
import { versionConflict } from '../people/people.service.ts';
import * as repo from './roadmap.repository.ts';

/** Why a move is refused, in words a pendamping can act on; null when it is allowed. */
export function refusal(from: InterventionStatus, to: InterventionStatus): string | null {
  if (canMove(from, to)) return null;
  const allowed = STATUS_TRANSITIONS[from].map((s) => `"${LABEL[s]}"`).join(' atau ');
  if (from === to) return `Status sudah "${LABEL[from]}".`;
  return `Status "${LABEL[from]}" tidak dapat diubah menjadi "${LABEL[to]}"; yang boleh: ${allowed}.`;
}

/**
 * Moves an intervention along STATUS_TRANSITIONS: an outcome is required when closing as done, a note when
 * reopening a closed one; every move is logged with its time and actor in the same transaction.
 */
export async function changeStatus(db: Database, id: number, input: z.infer<typeof StatusChange>, ctx: Ctx) {
  await withTransaction(db, async (trx) => {
    const row = await repo.lockIntervention(trx, id);
    if (!row) throw notFound('Intervensi');
    if (row.version !== input.version) throw versionConflict();
    const why = refusal(row.status, input.status);
    if (why) throw new AppError('STATUS_TRANSITION', why);
    if (needsOutcome(input.status) && !input.outcome?.trim()) {
      throw invalid([
        {
          path: 'outcome',
          code: 'OUTCOME_REQUIRED',
          message: 'Tuliskan hasil intervensi sebelum menandainya selesai.',
        },
      ]);
    }
    const reopening = CLOSED_STATUSES.includes(row.status) && !CLOSED_STATUSES.includes(input.status);
    if (reopening && !input.note?.trim()) {
      throw invalid([
        { path: 'note', code: 'NOTE_REQUIRED', message: 'Tuliskan alasan membuka kembali intervensi ini.' },
      ]);
    }
    await repo.updateIntervention(trx, id, {
      status: input.status,
      outcome: input.outcome?.trim() || row.outcome,
      status_changed_at: new Date(),
    });
    await repo.insertStatusLog(trx, [
      {
        intervention_id: id,
        from_status: row.status,
        to_status: input.status,
        note: input.note?.trim() || (needsOutcome(input.status) ? (input.outcome?.trim() ?? null) : null),
        actor: actorOf(ctx.caller),
        actor_user_id: ctx.caller.id || null,
      },
    ]);
    await audit(trx, ctx.caller, 'intervention.status', {
      entity: 'intervention',
      entityId: id,
      details: { from: row.status, to: input.status },
    });
  });
}
