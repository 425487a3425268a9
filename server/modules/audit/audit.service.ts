import type { Database } from '../../db/connection.ts';
import type { Executor } from '../../db/transaction.ts';
import type { Caller } from '../../http/caller.ts';
import { decodeCursor, toPage } from '../../http/cursor.ts';
import { type AuditFilter, insertAudit, listAudit, sealAudit, verifyChain } from './audit.repository.ts';

/** Records what a caller did, inside the caller's transaction when given one. */
export function audit(
  db: Executor,
  caller: Caller | null,
  action: string,
  target: {
    entity?: string;
    entityId?: number | null;
    purpose?: string;
    details?: Record<string, unknown>;
  } = {},
) {
  return insertAudit(db, {
    actorId: caller?.id || null,
    actorName: caller?.name ?? 'sistem',
    ip: caller?.ip ?? null,
    action,
    ...target,
  });
}

export async function auditPage(db: Database, q: Omit<AuditFilter, 'beforeId'> & { cursor?: string }) {
  const rows = await listAudit(db, { ...q, beforeId: decodeCursor(q.cursor)?.id });
  return toPage(rows, q.limit, (r) => ({
    id: r.id,
    seq: r.seq,
    at: new Date(r.at).toISOString(),
    actorName: r.actor_name,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    ip: r.ip,
    purpose: r.purpose,
    details: r.details,
  }));
}

/** Seals what is pending, then checks the whole chain. */
export async function verifyAudit(db: Database) {
  await sealAudit(db);
  const r = await verifyChain(db);
  return { ok: r.brokenAt === null, entries: r.entries, unsealed: r.unsealed, brokenAt: r.brokenAt };
}

/** Seals new audit entries about once a second while the server runs. */
export function startAuditSealer(db: Database, onError: (err: unknown) => void) {
  const timer = setInterval(() => sealAudit(db).catch(onError), 1000);
  timer.unref();
  return () => clearInterval(timer);
}
