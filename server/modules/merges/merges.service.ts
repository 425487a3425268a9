import { sql } from 'kysely';
import type { Config } from '../../config.ts';
import type { BusinessRow, PersonRow } from '../../db/schema.ts';
import { codeInScope } from '../../db/scope.ts';
import type { Executor } from '../../db/transaction.ts';
import { actorOf, type Caller } from '../../http/caller.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { businessAuditView } from '../businesses/businesses.mapper.ts';
import { diff, recordChange } from '../history/history.service.ts';
import { personAuditView } from '../people/people.mapper.ts';
import { type FieldChoice, mergedValues } from './merges.fields.ts';
import type { MergeKind } from './merges.repository.ts';
import * as repo from './merges.repository.ts';

const LABEL: Record<MergeKind, string> = { person: 'Pelaku usaha', business: 'Usaha' };

function auditView(kind: MergeKind, row: Record<string, unknown>) {
  return kind === 'person' ? personAuditView(row as PersonRow) : businessAuditView(row as BusinessRow);
}

async function lockVisible(trx: Executor, kind: MergeKind, id: number, caller: Caller) {
  const row = await repo.lockRow(trx, kind, id);
  const area = row?.kelurahan_code as string | null | undefined;
  if (!row || (area && !codeInScope(area, caller.scope))) throw notFound(LABEL[kind]);
  return row;
}

/** History of both records; a business entry carries its own id so the profile lists it. */
async function recordMerge(trx: Executor, caller: Caller, kind: MergeKind, id: number, changes: object) {
  await recordChange(trx, caller, {
    entity: kind,
    entityId: id,
    businessId: kind === 'business' ? id : null,
    action: 'merge',
    changes: changes as never,
  });
}

/**
 * Merges `mergedId` into `survivorId` in the caller's transaction: every reference moves to the survivor,
 * the merged record is removed, and the survivor takes the chosen fields. Everything needed to undo it is
 * kept in `merges`.
 */
export async function mergeRecords(
  trx: Executor,
  m: { kind: MergeKind; survivorId: number; mergedId: number; choice?: FieldChoice; reviewId?: number },
  ctx: { config: Config; caller: Caller },
) {
  if (m.survivorId === m.mergedId)
    throw new AppError('VALIDATION_FAILED', 'Tidak dapat menggabungkan data dengan dirinya sendiri.');
  const survivor = await lockVisible(trx, m.kind, m.survivorId, ctx.caller);
  const merged = await lockVisible(trx, m.kind, m.mergedId, ctx.caller);
  if (m.kind === 'business' && (await repo.openRoadmaps(trx, [m.survivorId, m.mergedId])) > 1) {
    throw new AppError(
      'MERGE_CONFLICT',
      'Kedua usaha punya rencana pendampingan yang masih berjalan. Tutup salah satu rencana (pindahkan intervensinya bila perlu), lalu gabungkan.',
    );
  }
  const values = mergedValues(m.kind, survivor, merged, m.choice ?? {}, ctx.config.sizeThresholds);
  const shared = m.kind === 'business' ? await repo.takeSharedNibs(trx, m.mergedId, m.survivorId) : null;
  const moved = await repo.moveReferences(trx, m.kind, m.mergedId, m.survivorId);
  await repo.deleteRow(trx, m.kind, m.mergedId);
  await repo.setFields(trx, m.kind, m.survivorId, values);
  if (m.kind === 'person') await syncOwnerKrtp(trx, m.survivorId);
  const before = Object.fromEntries(Object.keys(values).map((c) => [c, survivor[c] ?? null]));
  const { id } = await repo.insertMerge(trx, {
    kind: m.kind,
    survivorId: m.survivorId,
    mergedId: m.mergedId,
    survivorBefore: { ...before, version: survivor.version },
    mergedRow: merged,
    moved: shared ? [...moved, shared] : moved,
    reviewId: m.reviewId ?? null,
    by: actorOf(ctx.caller),
  });
  const after = await repo.lockRow(trx, m.kind, m.survivorId);
  const changes = diff(auditView(m.kind, survivor), auditView(m.kind, after ?? survivor));
  await recordMerge(trx, ctx.caller, m.kind, m.survivorId, { ...changes, mergedFrom: [null, m.mergedId] });
  await recordMerge(trx, ctx.caller, m.kind, m.mergedId, { mergedInto: [null, m.survivorId] });
  return { mergeId: id, moved };
}

/** Undoes a merge: the survivor's merged fields go back, the merged record and its references return. */
export async function undoMerge(trx: Executor, mergeId: number, caller: Caller) {
  const m = await repo.lockMerge(trx, mergeId);
  const area = m?.merged_row.kelurahan_code as string | null | undefined;
  if (!m || (area && !codeInScope(area, caller.scope))) throw notFound('Penggabungan');
  if (m.undone_at) throw new AppError('ALREADY_UNDONE', 'Penggabungan ini sudah dibatalkan.');
  const later = await repo.activeMergeOf(trx, m.kind, m.survivor_id);
  if (later) {
    throw new AppError(
      'MERGE_DEPENDS',
      `Data hasil gabungan ini kemudian digabung lagi (penggabungan #${later.id}); batalkan penggabungan itu lebih dahulu.`,
    );
  }
  const survivor = await lockVisible(trx, m.kind, m.survivor_id, caller);
  const { version: _v, ...before } = m.survivor_before;
  await repo.setFields(trx, m.kind, m.survivor_id, before);
  await repo.reinsertRow(trx, m.kind, m.merged_row);
  for (const moved of m.moved) await repo.putBack(trx, moved);
  for (const moved of m.moved) await repo.moveBack(trx, [moved], m.merged_id);
  if (m.kind === 'person') {
    await syncOwnerKrtp(trx, m.survivor_id);
    await syncOwnerKrtp(trx, m.merged_id);
  }
  await repo.markUndone(trx, mergeId, actorOf(caller));
  const after = await repo.lockRow(trx, m.kind, m.survivor_id);
  const changes = diff(auditView(m.kind, survivor), auditView(m.kind, after ?? survivor));
  for (const [id, extra] of [
    [m.survivor_id, { ...changes, splitFrom: [m.merged_id, null] }],
    [m.merged_id, { mergedInto: [m.survivor_id, null] }],
  ] as const) {
    await recordChange(trx, caller, {
      entity: m.kind,
      entityId: id,
      businessId: m.kind === 'business' ? id : null,
      action: 'unmerge',
      changes: extra as never,
    });
  }
  return m;
}

// Businesses carry a copy of their owner's KRTP flag for the headline counts.
async function syncOwnerKrtp(trx: Executor, personId: number) {
  await sql`update businesses b set owner_krtp = p.krtp from people p
    where p.id = ${personId} and b.owner_id = p.id and b.owner_krtp <> p.krtp`.execute(trx);
}
