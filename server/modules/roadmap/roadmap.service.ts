import type { z } from 'zod';
import type {
  InterventionInput,
  InterventionPatch,
  RoadmapInput,
  RoadmapPatch,
} from '../../../shared/contracts/roadmaps.ts';
import { INTERVENTION_TYPES, type InterventionType, jakartaToday } from '../../../shared/rules/mentoring.ts';
import type { Database } from '../../db/connection.ts';
import { codeInScope } from '../../db/scope.ts';
import { type Executor, withTransaction } from '../../db/transaction.ts';
import { actorOf, type Caller, type Ctx } from '../../http/caller.ts';
import { AppError, invalid, notFound } from '../../http/errors.ts';
import { audit } from '../audit/audit.service.ts';
import { findInScope } from '../businesses/businesses.service.ts';
import { versionConflict } from '../people/people.service.ts';
import { toIntervention, toLog } from './roadmap.mapper.ts';
import * as repo from './roadmap.repository.ts';

type RoadmapRow = NonNullable<Awaited<ReturnType<typeof repo.findActiveRoadmap>>>;

async function roadmapOf(db: Executor, r: RoadmapRow) {
  const today = jakartaToday();
  const items = await repo.listInterventions(db, r.id);
  return {
    id: r.id,
    businessId: r.business_id,
    targetLevel: r.target_level as 1 | 2 | 3,
    targetDate: r.target_date,
    responsibleUserId: r.responsible_user_id,
    responsibleName: r.responsible_name,
    notes: r.notes,
    createdBy: r.created_by,
    createdAt: r.created_at.toISOString(),
    version: r.version,
    interventions: items.map((i) => toIntervention(i, today)),
  };
}

export async function getBusinessRoadmap(db: Database, businessId: number, caller: Caller) {
  await findInScope(db, businessId, caller);
  const r = await repo.findActiveRoadmap(db, businessId);
  return { roadmap: r ? await roadmapOf(db, r) : null };
}

/** The roadmap the caller may see (its business in her area), else 404 like a missing one. */
export async function roadmapInScope(db: Executor, id: number, caller: Caller) {
  const r = await repo.findRoadmap(db, id);
  if (!r || !codeInScope(r.kelurahan_code, caller.scope)) throw notFound('Rencana pendampingan');
  return r;
}

/** A responsible person must be an active account that writes roadmaps. */
export async function assertAssignable(db: Executor, userId: number | null | undefined, path: string) {
  if (!userId) return;
  if (await repo.findAssignableUser(db, userId)) return;
  throw invalid([
    {
      path,
      code: 'USER_NOT_ASSIGNABLE',
      message: 'Penanggung jawab harus akun aktif admin, operator atau pendamping.',
    },
  ]);
}

export async function createRoadmap(
  db: Database,
  businessId: number,
  input: z.infer<typeof RoadmapInput>,
  ctx: Ctx,
) {
  await findInScope(db, businessId, ctx.caller);
  await assertAssignable(db, input.responsibleUserId, 'responsibleUserId');
  await withTransaction(db, async (trx) => {
    // Serialises two creators of the same business's roadmap.
    await trx.selectFrom('businesses').select('id').where('id', '=', businessId).forUpdate().execute();
    if (await repo.findActiveRoadmap(trx, businessId)) {
      throw new AppError(
        'ROADMAP_EXISTS',
        'Usaha ini sudah punya rencana pendampingan aktif; ubah rencana itu atau tutup dulu.',
      );
    }
    const id = await repo.insertRoadmap(trx, {
      business_id: businessId,
      target_level: input.targetLevel,
      target_date: input.targetDate ?? null,
      responsible_user_id: input.responsibleUserId ?? (ctx.caller.id || null),
      notes: input.notes ?? null,
      created_by: actorOf(ctx.caller),
    });
    await audit(trx, ctx.caller, 'roadmap.create', {
      entity: 'roadmap',
      entityId: id,
      details: { businessId, targetLevel: input.targetLevel },
    });
  });
  return getBusinessRoadmap(db, businessId, ctx.caller);
}

export async function updateRoadmap(db: Database, id: number, input: z.infer<typeof RoadmapPatch>, ctx: Ctx) {
  const found = await roadmapInScope(db, id, ctx.caller);
  await assertAssignable(db, input.responsibleUserId, 'responsibleUserId');
  await withTransaction(db, async (trx) => {
    const r = await repo.lockRoadmap(trx, id);
    if (!r) throw notFound('Rencana pendampingan');
    if (r.closed_at) throw closed();
    if (r.version !== input.version) throw versionConflict();
    await repo.updateRoadmap(trx, id, {
      target_level: input.targetLevel,
      target_date: input.targetDate,
      responsible_user_id: input.responsibleUserId,
      notes: input.notes,
      closed_at: input.closed ? new Date() : undefined,
    });
    const { version: _v, ...fields } = input;
    await audit(trx, ctx.caller, 'roadmap.update', {
      entity: 'roadmap',
      entityId: id,
      details: { fields: Object.keys(fields) },
    });
  });
  return getBusinessRoadmap(db, found.business_id, ctx.caller);
}

const closed = () =>
  new AppError('ROADMAP_CLOSED', 'Rencana ini sudah ditutup; buat rencana baru untuk usaha ini.');

/** Offices are matched by name: stored trimmed, compared without case. */
export const officeName = (o: string | null | undefined) => (o?.trim() ? o.trim() : null);

export async function addIntervention(
  db: Database,
  roadmapId: number,
  input: z.infer<typeof InterventionInput>,
  ctx: Ctx,
) {
  const r = await roadmapInScope(db, roadmapId, ctx.caller);
  if (r.closed_at) throw closed();
  await assertAssignable(db, input.responsibleUserId, 'responsibleUserId');
  const id = await withTransaction(db, async (trx) => {
    const [id] = await repo.insertInterventions(trx, [
      {
        roadmap_id: roadmapId,
        business_id: r.business_id,
        type: input.type,
        pillar: input.pillar ?? INTERVENTION_TYPES[input.type as InterventionType].pillar,
        title: input.title,
        description: input.description ?? null,
        responsible_user_id: input.responsibleUserId ?? null,
        partner_office: officeName(input.partnerOffice),
        due_date: input.dueDate ?? null,
        created_by: actorOf(ctx.caller),
      },
    ]);
    await logCreated(trx, [id as number], ctx.caller);
    return id as number;
  });
  return getIntervention(db, id, ctx.caller);
}

/** The first status of new interventions goes into the log too: it dates their creation. */
export async function logCreated(trx: Executor, ids: number[], caller: Caller) {
  await repo.insertStatusLog(
    trx,
    ids.map((id) => ({
      intervention_id: id,
      from_status: null,
      to_status: 'planned' as const,
      note: null,
      actor: actorOf(caller),
      actor_user_id: caller.id || null,
    })),
  );
  await audit(trx, caller, 'intervention.create', { entity: 'intervention', details: { ids } });
}

/** The intervention the caller may see (its business in her area), else 404. */
export async function interventionInScope(db: Executor, id: number, caller: Caller) {
  const row = await repo.findIntervention(db, id);
  if (!row || !codeInScope(row.kelurahan_code, caller.scope)) throw notFound('Intervensi');
  return row;
}

export async function getIntervention(db: Database, id: number, caller: Caller) {
  const row = await interventionInScope(db, id, caller);
  return { ...toIntervention(row, jakartaToday()), log: toLog(await repo.listStatusLog(db, id)) };
}

export async function updateIntervention(
  db: Database,
  id: number,
  input: z.infer<typeof InterventionPatch>,
  ctx: Ctx,
) {
  await interventionInScope(db, id, ctx.caller);
  await assertAssignable(db, input.responsibleUserId, 'responsibleUserId');
  await withTransaction(db, async (trx) => {
    const row = await repo.lockIntervention(trx, id);
    if (!row) throw notFound('Intervensi');
    if (row.version !== input.version) throw versionConflict();
    await repo.updateIntervention(trx, id, {
      type: input.type,
      pillar: input.pillar,
      title: input.title,
      description: input.description,
      responsible_user_id: input.responsibleUserId,
      partner_office: input.partnerOffice === undefined ? undefined : officeName(input.partnerOffice),
      due_date: input.dueDate,
    });
    const { version: _v, ...fields } = input;
    await audit(trx, ctx.caller, 'intervention.update', {
      entity: 'intervention',
      entityId: id,
      details: { fields: Object.keys(fields) },
    });
  });
  return getIntervention(db, id, ctx.caller);
}
