import { createHash, randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { SATISFACTION_QUESTION, type SatisfactionInput } from '../../../shared/contracts/roadmaps.ts';
import { needsOutcome } from '../../../shared/rules/mentoring.ts';
import type { Database } from '../../db/connection.ts';
import { type Executor, withTransaction } from '../../db/transaction.ts';
import { actorOf, type Ctx } from '../../http/caller.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { audit } from '../audit/audit.service.ts';
import { getIntervention, interventionInScope } from './roadmap.service.ts';

/** After an intervention is done: a 1–5 score and a comment, by the pendamping or by the owner through a link. */

const LINK_DAYS = 30;
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

async function doneInScope(db: Executor, id: number, ctx: Ctx) {
  const row = await interventionInScope(db, id, ctx.caller);
  if (!needsOutcome(row.status)) {
    throw new AppError('NOT_DONE', 'Kepuasan ditanyakan setelah intervensi ditandai selesai.');
  }
  return row;
}

export async function recordSatisfaction(
  db: Database,
  id: number,
  input: z.infer<typeof SatisfactionInput>,
  ctx: Ctx,
) {
  await doneInScope(db, id, ctx);
  await withTransaction(db, async (trx) => {
    await trx
      .insertInto('satisfaction_answers')
      .values({
        intervention_id: id,
        score: input.score,
        comment: input.comment ?? null,
        channel: 'pendamping',
        recorded_by: actorOf(ctx.caller),
      })
      .execute();
    await audit(trx, ctx.caller, 'satisfaction.record', { entity: 'intervention', entityId: id });
  });
  return getIntervention(db, id, ctx.caller);
}

/** A link for the owner: the token is shown once; only its SHA-256 is kept. */
export async function createSatisfactionLink(db: Database, id: number, ctx: Ctx) {
  await doneInScope(db, id, ctx);
  const token = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + LINK_DAYS * 86_400_000);
  await withTransaction(db, async (trx) => {
    await trx
      .insertInto('satisfaction_links')
      .values({
        intervention_id: id,
        token_hash: hashOf(token),
        created_by: actorOf(ctx.caller),
        expires_at: expiresAt,
      })
      .execute();
    await audit(trx, ctx.caller, 'satisfaction.link', { entity: 'intervention', entityId: id });
  });
  return { token, path: `/kepuasan/${token}`, expiresAt: expiresAt.toISOString() };
}

function findLink(db: Executor, token: string, lock = false) {
  let q = db
    .selectFrom('satisfaction_links as l')
    .innerJoin('interventions as i', 'i.id', 'l.intervention_id')
    .select(['l.id', 'l.intervention_id', 'l.expires_at', 'l.used_at', 'i.title'])
    .where('l.token_hash', '=', hashOf(token));
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

const unknownLink = () => notFound('Tautan survei');

/** The public page's content: only the intervention's title and the question. */
export async function publicSatisfaction(db: Database, token: string) {
  const link = await findLink(db, token);
  if (!link) throw unknownLink();
  if (link.expires_at < new Date() && !link.used_at) {
    throw new AppError(
      'LINK_EXPIRED',
      'Tautan survei ini sudah kedaluwarsa; minta tautan baru kepada pendamping.',
    );
  }
  return { title: link.title, question: SATISFACTION_QUESTION, answered: !!link.used_at };
}

export async function answerSatisfaction(
  db: Database,
  token: string,
  input: z.infer<typeof SatisfactionInput>,
) {
  const title = await withTransaction(db, async (trx) => {
    const link = await findLink(trx, token, true);
    if (!link) throw unknownLink();
    if (link.used_at) throw new AppError('LINK_USED', 'Survei ini sudah dijawab. Terima kasih.');
    if (link.expires_at < new Date()) {
      throw new AppError(
        'LINK_EXPIRED',
        'Tautan survei ini sudah kedaluwarsa; minta tautan baru kepada pendamping.',
      );
    }
    await trx
      .insertInto('satisfaction_answers')
      .values({
        intervention_id: link.intervention_id,
        score: input.score,
        comment: input.comment ?? null,
        channel: 'pemilik',
        link_id: link.id,
        recorded_by: 'pemilik usaha (tautan)',
      })
      .execute();
    await trx
      .updateTable('satisfaction_links')
      .set({ used_at: new Date() })
      .where('id', '=', link.id)
      .execute();
    await audit(trx, null, 'satisfaction.answer', { entity: 'intervention', entityId: link.intervention_id });
    return link.title;
  });
  return { title, question: SATISFACTION_QUESTION, answered: true };
}
