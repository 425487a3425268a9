import { type Expression, type SqlBool, sql } from 'kysely';
import type { z } from 'zod';
import type { EnrolInput, EnrolResult, ParticipantPatch } from '../../../shared/contracts/programmes.ts';
import type { Database } from '../../db/connection.ts';
import { inScope } from '../../db/scope.ts';
import { type Executor, withTransaction } from '../../db/transaction.ts';
import { actorOf, type Caller } from '../../http/caller.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { audit, auditView } from '../audit/audit.service.ts';
import { businessMatches, pickCandidates, previewCandidates } from '../businesses/businesses.repository.ts';
import { toBusinessFilter } from '../businesses/businesses.service.ts';
import { toParticipant } from './programmes.mapper.ts';
import * as repo from './programmes.repository.ts';
import { allocateSeats } from './programmes.rules.ts';
import { sessionOf } from './programmes.service.ts';
import { promoteWaitlisted } from './seats.ts';

/** At most this many businesses per enrolment: a larger filter is almost surely a mistake. */
export const MAX_ENROL = 500;

type Target = z.infer<typeof EnrolInput>;

/**
 * What a target means for this caller and session: the filter (or the listed businesses) always
 * intersected with the caller's area and the session's area.
 */
function matchOf(
  t: Target,
  caller: Caller,
  sessionScope: string,
  withRestricted: boolean,
): Expression<SqlBool> {
  const f = t.filter ? toBusinessFilter(t.filter) : {};
  const c = [businessMatches(caller.scope, f, withRestricted), inScope('b.kelurahan_code', sessionScope)];
  if (t.businessIds) c.push(sql<SqlBool>`b.id in (${sql.join(t.businessIds)})`);
  return sql<SqlBool>`(${sql.join(c, sql` and `)})`;
}

export async function previewEnrol(db: Database, sessionId: number, t: Target, caller: Caller) {
  const s = await sessionOf(db, sessionId, caller);
  const match = matchOf(t, caller, s.scope_code, false);
  const found = await previewCandidates(db, match, repo.alreadyEnrolled(sessionId));
  auditView(db, caller, 'session.enrol_preview', {
    entity: 'session',
    entityId: sessionId,
    details: { count: found.count },
  });
  return { ...found, freeSeats: Math.max(0, s.quota - s.enrolled) };
}

/**
 * Seats the matching businesses up to the quota and puts the rest on the waiting list, in a stable order
 * (by business id). The session row is locked first, so two enrolments never hand out the same seat.
 */
export async function enrol(
  db: Database,
  sessionId: number,
  t: Target,
  caller: Caller,
): Promise<EnrolResult> {
  const s = await sessionOf(db, sessionId, caller);
  const result = await withTransaction(db, async (trx) => {
    const locked = await repo.lockSession(trx, sessionId);
    if (!locked) throw notFound('Sesi');
    const found = await pickCandidates(
      trx,
      matchOf(t, caller, s.scope_code, true),
      repo.alreadyEnrolled(sessionId),
      MAX_ENROL + 1,
    );
    const fresh = found.filter((r) => !r.restricted && !r.already_in);
    if (found.length > MAX_ENROL) {
      throw new AppError(
        'ENROL_TOO_MANY',
        `Filter ini cocok dengan lebih dari ${MAX_ENROL} usaha; persempit filter (mis. pilih kelurahan atau sektor).`,
      );
    }
    const free = locked.quota - (await repo.countEnrolled(trx, sessionId));
    const seats = allocateSeats(
      free,
      fresh.map((r) => r.id),
    );
    await repo.addParticipants(
      trx,
      sessionId,
      [
        ...seats.enrolled.map((businessId) => ({ businessId, status: 'enrolled' as const })),
        ...seats.waitlisted.map((businessId) => ({ businessId, status: 'waitlisted' as const })),
      ],
      actorOf(caller),
    );
    const out = {
      enrolled: seats.enrolled.length,
      waitlisted: seats.waitlisted.length,
      skippedRestricted: found.filter((r) => r.restricted).length,
      skippedAlreadyIn: found.filter((r) => !r.restricted && r.already_in).length,
      notFound: t.businessIds ? new Set(t.businessIds).size - found.length : 0,
    };
    await audit(trx, caller, 'session.enrol', {
      entity: 'session',
      entityId: sessionId,
      details: { byFilter: !!t.filter, ...out },
    });
    return out;
  });
  return result;
}

async function participantOf(db: Executor, id: number, caller: Caller) {
  const row = await repo.findParticipant(db, id, caller.scope);
  if (!row) throw notFound('Peserta');
  return row;
}

/** Withdrawing a seated participant gives her seat to the first of the waiting list, in one transaction. */
export async function withdraw(db: Database, id: number, caller: Caller) {
  const p = await participantOf(db, id, caller);
  const promoted = await withTransaction(db, async (trx) => {
    const session = await repo.lockSession(trx, p.session_id);
    const row = await repo.lockParticipant(trx, id);
    if (!session || !row) throw notFound('Peserta');
    if (row.status === 'withdrawn') {
      throw new AppError('ALREADY_WITHDRAWN', 'Peserta ini sudah mundur dari sesi.');
    }
    await repo.setParticipant(trx, [id], { status: 'withdrawn', withdrawn_at: new Date() });
    const seated = row.status === 'enrolled' ? await promoteWaitlisted(trx, p.session_id, session.quota) : [];
    await audit(trx, caller, 'session.withdraw', {
      entity: 'participant',
      entityId: id,
      details: { sessionId: p.session_id, promoted: seated },
    });
    return seated[0] ?? null;
  });
  return { id, promoted: promoted ? toParticipant(await participantOf(db, promoted, caller)) : null };
}

/** Attendance and test scores, saved one toggle at a time; only seated participants attend. */
export async function updateParticipant(
  db: Database,
  id: number,
  patch: z.infer<typeof ParticipantPatch>,
  caller: Caller,
) {
  const p = await participantOf(db, id, caller);
  if (p.status !== 'enrolled') {
    throw new AppError(
      'NOT_ENROLLED',
      'Hanya peserta terdaftar yang dapat diisi kehadiran dan nilainya; peserta ini di daftar tunggu atau sudah mundur.',
    );
  }
  await withTransaction(db, async (trx) => {
    await repo.setParticipant(trx, [id], {
      attended: patch.attended,
      pre_score: patch.preScore,
      post_score: patch.postScore,
    });
    await audit(trx, caller, 'participant.update', {
      entity: 'participant',
      entityId: id,
      details: { fields: Object.keys(patch) },
    });
  });
  return toParticipant(await participantOf(db, id, caller));
}

export { participantOf };
