import type { z } from 'zod';
import type {
  RequestKind,
  SubjectRequestClose,
  SubjectRequestInput,
  SubjectRequestQuery,
} from '../../../shared/contracts/privacy.ts';
import type { Database } from '../../db/connection.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { Caller } from '../../http/caller.ts';
import { decodeCursor, toPage } from '../../http/cursor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { audit } from '../audit/audit.service.ts';
import { assertPersonInScope } from '../people/people.service.ts';
import { toSubjectRequest } from './privacy.mapper.ts';
import * as repo from './privacy.repository.ts';
import { officerOf } from './privacy.service.ts';

/** Hours the controller has to answer each kind of request, counted from receipt (UU 27/2022). */
export const RESPONSE_HOURS: Record<RequestKind, number> = {
  access: 72, // Pasal 32 ayat (2): access and a copy within 3×24 hours
  rectification: 72, // Pasal 30 ayat (1): update or correct within 3×24 hours
  erasure: 72, // Pasal 43 with Pasal 42: processing ends within 3×24 hours, deletion follows
  withdrawal: 72, // Pasal 40 ayat (2): processing stops within 3×24 hours of the withdrawal
  objection: 72, // Pasal 41 ayat (1): processing is delayed or restricted within 3×24 hours
};

const HOUR = 3_600_000;

export function dueAt(kind: RequestKind, receivedAt: Date): Date {
  return new Date(receivedAt.getTime() + RESPONSE_HOURS[kind] * HOUR);
}

export async function listSubjectRequests(
  db: Database,
  q: z.infer<typeof SubjectRequestQuery>,
  caller: Caller,
) {
  const rows = await repo.listSubjectRequests(db, {
    scope: caller.scope,
    status: q.status,
    kind: q.kind,
    overdue: q.overdue === undefined ? undefined : q.overdue === 'true',
    personId: q.personId,
    beforeId: decodeCursor(q.cursor)?.id,
    limit: q.limit,
  });
  return toPage(rows, q.limit, toSubjectRequest);
}

/** A request about a person in the caller's area, with its legal deadline. */
export async function createSubjectRequest(
  db: Database,
  input: z.infer<typeof SubjectRequestInput>,
  caller: Caller,
) {
  const id = await withTransaction(db, async (trx) => {
    await assertPersonInScope(trx, input.personId, caller);
    const received = input.receivedAt ? new Date(input.receivedAt) : new Date();
    const officer = officerOf(caller);
    const id = await repo.insertSubjectRequest(trx, {
      person_id: input.personId,
      kind: input.kind,
      channel: input.channel,
      received_at: received,
      due_at: dueAt(input.kind, received),
      note: input.note ?? null,
      officer_id: officer.id,
      officer_name: officer.name,
    });
    await audit(trx, caller, 'subject_request.create', {
      entity: 'person',
      entityId: input.personId,
      details: { requestId: id, kind: input.kind },
    });
    return id;
  });
  return toSubjectRequest((await repo.findSubjectRequest(db, id)) as repo.SubjectRequestWithPerson);
}

/** Closes an open request with its outcome; a request about someone outside the caller's area is 404. */
export async function closeSubjectRequest(
  db: Database,
  id: number,
  input: SubjectRequestClose,
  caller: Caller,
) {
  await withTransaction(db, async (trx) => {
    const request = await repo.lockSubjectRequest(trx, id);
    if (!request) throw notFound('Permintaan');
    await assertPersonInScope(trx, request.person_id, caller).catch(() => {
      throw notFound('Permintaan');
    });
    if (request.status !== 'open') {
      throw new AppError('ALREADY_CLOSED', 'Permintaan ini sudah ditutup sebelumnya; muat ulang daftar.');
    }
    const officer = officerOf(caller);
    await repo.updateSubjectRequest(trx, id, {
      status: input.status,
      outcome: input.outcome,
      closed_at: new Date(),
      closed_by_id: officer.id,
      closed_by_name: officer.name,
    });
    await audit(trx, caller, 'subject_request.close', {
      entity: 'person',
      entityId: request.person_id,
      details: { requestId: id, status: input.status },
    });
  });
  return toSubjectRequest((await repo.findSubjectRequest(db, id)) as repo.SubjectRequestWithPerson);
}
