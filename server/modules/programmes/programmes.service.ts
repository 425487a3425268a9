import type { z } from 'zod';
import type {
  ProgrammeInput,
  ProgrammeListQuery,
  ProgrammePatch,
  SessionInput,
  SessionPatch,
} from '../../../shared/contracts/programmes.ts';
import type { Database } from '../../db/connection.ts';
import { codeInScope } from '../../db/scope.ts';
import { type Executor, withTransaction } from '../../db/transaction.ts';
import { actorOf, type Caller } from '../../http/caller.ts';
import { AppError, invalid, notFound } from '../../http/errors.ts';
import { findArea } from '../areas/areas.repository.ts';
import { audit, auditView } from '../audit/audit.service.ts';
import { toParticipant, toProgramme, toSession } from './programmes.mapper.ts';
import * as repo from './programmes.repository.ts';
import { promoteWaitlisted } from './seats.ts';

const conflict = () =>
  new AppError('VERSION_CONFLICT', 'Data ini baru saja diubah orang lain. Muat ulang halaman lalu ulangi.');

export async function listProgrammes(db: Database, q: z.infer<typeof ProgrammeListQuery>, caller: Caller) {
  const active = q.active === undefined ? undefined : q.active === 'true';
  const rows = await repo.listProgrammes(db, caller.scope, { active, pillar: q.pillar });
  return { items: rows.map(toProgramme) };
}

async function programmeOf(db: Executor, id: number, caller: Caller) {
  const row = await repo.findProgramme(db, id, caller.scope);
  if (!row) throw notFound('Program');
  return row;
}

export async function getProgramme(db: Database, id: number, caller: Caller) {
  const row = await programmeOf(db, id, caller);
  const sessions = await repo.listSessions(db, id, caller.scope);
  return { ...toProgramme(row), sessions: sessions.map(toSession) };
}

export async function createProgramme(db: Database, input: z.infer<typeof ProgrammeInput>, caller: Caller) {
  const id = await withTransaction(db, async (trx) => {
    const id = await repo.insertProgramme(trx, {
      name: input.name,
      pillar: input.pillar,
      organiser: input.organiser,
      target_levels: input.targetLevels,
      target_sectors: input.targetSectors,
      description: input.description ?? null,
      active: input.active,
      created_by: actorOf(caller),
    });
    await audit(trx, caller, 'programme.create', { entity: 'programme', entityId: id });
    return id;
  });
  return getProgramme(db, id, caller);
}

export async function updateProgramme(
  db: Database,
  id: number,
  p: z.infer<typeof ProgrammePatch>,
  caller: Caller,
) {
  await withTransaction(db, async (trx) => {
    const row = await repo.lockProgramme(trx, id);
    if (!row) throw notFound('Program');
    if (row.version !== p.version) throw conflict();
    await repo.updateProgramme(trx, id, {
      name: p.name,
      pillar: p.pillar,
      organiser: p.organiser,
      target_levels: p.targetLevels,
      target_sectors: p.targetSectors,
      description: p.description === undefined ? undefined : (p.description ?? null),
      active: p.active,
    });
    await audit(trx, caller, 'programme.update', {
      entity: 'programme',
      entityId: id,
      details: { fields: Object.keys(p) },
    });
  });
  return getProgramme(db, id, caller);
}

export async function sessionOf(db: Executor, id: number, caller: Caller) {
  const row = await repo.findSession(db, id, caller.scope);
  if (!row) throw notFound('Sesi');
  return row;
}

export async function getSession(db: Database, id: number, caller: Caller) {
  const row = await sessionOf(db, id, caller);
  const participants = await repo.listParticipants(db, id, caller.scope);
  // The list names owners: a view of personal data.
  auditView(db, caller, 'session.view', {
    entity: 'session',
    entityId: id,
    details: { rows: participants.length },
  });
  return { ...toSession(row), participants: participants.map(toParticipant) };
}

/** A session lies in an area inside the caller's own: a kecamatan operator plans sessions of her kecamatan. */
export async function createSession(
  db: Database,
  programmeId: number,
  input: z.infer<typeof SessionInput>,
  caller: Caller,
) {
  await programmeOf(db, programmeId, caller);
  const area = await findArea(db, input.scopeCode);
  if (!area || !codeInScope(input.scopeCode, caller.scope)) {
    throw invalid([
      {
        path: 'scopeCode',
        code: 'AREA_OUTSIDE_REGION',
        message: 'Wilayah sesi harus berada di dalam wilayah kerja Anda.',
      },
    ]);
  }
  const id = await withTransaction(db, async (trx) => {
    const id = await repo.insertSession(trx, {
      programme_id: programmeId,
      title: input.title,
      starts_at: input.startsAt,
      ends_at: input.endsAt,
      place: input.place,
      quota: input.quota,
      trainer: input.trainer ?? null,
      scope_code: input.scopeCode,
      created_by: actorOf(caller),
    });
    await audit(trx, caller, 'session.create', { entity: 'session', entityId: id, details: { programmeId } });
    return id;
  });
  return getSession(db, id, caller);
}

/** A larger quota seats the first of the waiting list at once; a smaller one never unseats anyone. */
export async function updateSession(
  db: Database,
  id: number,
  p: z.infer<typeof SessionPatch>,
  caller: Caller,
) {
  const visible = await sessionOf(db, id, caller);
  if (!codeInScope(visible.scope_code, caller.scope)) {
    throw new AppError(
      'FORBIDDEN',
      `Sesi ini milik wilayah ${visible.scope_name}; hanya petugas wilayah itu yang dapat mengubahnya.`,
    );
  }
  await withTransaction(db, async (trx) => {
    const row = await repo.lockSession(trx, id);
    if (!row) throw notFound('Sesi');
    if (row.version !== p.version) throw conflict();
    const startsAt = p.startsAt ?? row.starts_at.toISOString();
    const endsAt = p.endsAt ?? row.ends_at.toISOString();
    if (new Date(endsAt) < new Date(startsAt)) {
      throw invalid([
        {
          path: 'endsAt',
          code: 'SESSION_TIMES_ORDER',
          message: 'Waktu selesai tidak boleh sebelum waktu mulai.',
        },
      ]);
    }
    await repo.updateSession(trx, id, {
      title: p.title,
      starts_at: p.startsAt,
      ends_at: p.endsAt,
      place: p.place,
      quota: p.quota,
      trainer: p.trainer === undefined ? undefined : (p.trainer ?? null),
    });
    await promoteWaitlisted(trx, id, p.quota ?? row.quota);
    await audit(trx, caller, 'session.update', {
      entity: 'session',
      entityId: id,
      details: { fields: Object.keys(p) },
    });
  });
  return getSession(db, id, caller);
}
