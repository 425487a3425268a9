import type { Database } from '../../db/connection.ts';
import type { Executor } from '../../db/transaction.ts';
import type { Caller } from '../../http/caller.ts';
import { decodeCursor, toPage } from '../../http/cursor.ts';
import { type AuditFilter, insertAudit, listAudit, verifyChain } from './audit.repository.ts';

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
    actorId: caller?.id ?? null,
    actorName: caller?.name ?? 'sistem',
    ip: caller?.ip ?? null,
    action,
    ...target,
  });
}

export async function auditPage(db: Database, q: Omit<AuditFilter, 'afterSeq'> & { cursor?: string }) {
  const rows = await listAudit(db, { ...q, afterSeq: decodeCursor(q.cursor)?.id });
  return toPage(
    rows.map((r) => ({ ...r, id: r.seq })),
    q.limit,
    (r) => ({
      id: r.seq,
      at: new Date(r.at).toISOString(),
      actorName: r.actor_name,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      ip: r.ip,
      purpose: r.purpose,
      details: r.details,
    }),
  );
}

export async function verifyAudit(db: Database) {
  const r = await verifyChain(db);
  return { ok: r.brokenAt === null, entries: r.entries, brokenAt: r.brokenAt };
}
