import type { NeedInput, NeedPatch } from '../../../shared/contracts/assessments.ts';
import type { Database } from '../../db/connection.ts';
import { withTransaction } from '../../db/transaction.ts';
import { actorOf, type Caller } from '../../http/caller.ts';
import { notFound } from '../../http/errors.ts';
import { audit } from '../audit/audit.service.ts';
import { findInScope } from '../businesses/businesses.service.ts';
import { versionConflict } from '../people/people.service.ts';
import { toNeed } from './assessments.mapper.ts';
import * as repo from './assessments.repository.ts';

export async function listNeeds(db: Database, businessId: number, caller: Caller) {
  await findInScope(db, businessId, caller);
  return { items: (await repo.listNeeds(db, businessId)).map(toNeed) };
}

/** A need the pendamping adds herself (not suggested by an assessment). */
export async function addNeed(db: Database, businessId: number, input: NeedInput, caller: Caller) {
  await findInScope(db, businessId, caller);
  return withTransaction(db, async (trx) => {
    const [row] = await repo.insertNeeds(trx, [
      {
        business_id: businessId,
        pillar: input.pillar,
        title: input.title,
        priority: input.priority,
        source: 'manual',
        assessment_id: null,
        dimension: null,
        note: input.note ?? null,
        updated_by: actorOf(caller),
      },
    ]);
    if (!row) throw notFound('Kebutuhan');
    await audit(trx, caller, 'need.create', { entity: 'need', entityId: row.id, details: { businessId } });
    return toNeed(row);
  });
}

/** Edit, close (met) or drop a need; the version guards against two people saving at once. */
export async function patchNeed(db: Database, id: number, patch: NeedPatch, caller: Caller) {
  return withTransaction(db, async (trx) => {
    const before = await repo.lockNeed(trx, id);
    if (!before) throw notFound('Kebutuhan');
    await findInScope(trx, before.business_id, caller).catch(() => {
      throw notFound('Kebutuhan');
    });
    if (before.version !== patch.version) throw versionConflict();
    const { version: _v, ...fields } = patch;
    const row = await repo.updateNeed(trx, id, { ...fields, updated_by: actorOf(caller) });
    const changed = Object.keys(fields).filter(
      (k) => (fields as Record<string, unknown>)[k] !== (before as Record<string, unknown>)[k],
    );
    await audit(trx, caller, 'need.update', { entity: 'need', entityId: id, details: { fields: changed } });
    return toNeed(row);
  });
}
