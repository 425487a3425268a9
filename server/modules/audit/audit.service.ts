import type { Database } from '../../db/connection.ts';
import type { Executor } from '../../db/transaction.ts';
import type { Caller } from '../../http/caller.ts';
import { csvResponse } from '../../http/csv.ts';
import { decodeCursor, toPage } from '../../http/cursor.ts';
import {
  type AuditFilter,
  type AuditInsert,
  insertAudit,
  insertAuditMany,
  listAudit,
  sealAudit,
  verifyChain,
} from './audit.repository.ts';

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

type Target = { entity?: string; entityId?: number | null; details?: Record<string, unknown> };
const pending = new WeakMap<Database, { entries: AuditInsert[]; timer?: NodeJS.Timeout }>();
const MAX_PENDING = 10_000;

/**
 * Views of personal data are logged in batches, flushed every 200 ms (and before the log is read or the
 * server stops): a read then costs no write of its own. Changes and reveals are logged in their transaction.
 */
export function auditView(db: Database, caller: Caller, action: string, target: Target = {}) {
  const queue = pending.get(db) ?? { entries: [] };
  pending.set(db, queue);
  queue.entries.push({
    at: new Date(),
    actorId: caller.id || null,
    actorName: caller.name,
    ip: caller.ip,
    action,
    ...target,
  });
  if (queue.entries.length >= 500) void flushViews(db);
  else queue.timer ??= setTimeout(() => void flushViews(db), 200).unref();
}

export async function flushViews(db: Database): Promise<void> {
  const queue = pending.get(db);
  if (!queue) return;
  clearTimeout(queue.timer);
  queue.timer = undefined;
  const batch = queue.entries.splice(0);
  if (!batch.length) return;
  try {
    await insertAuditMany(db, batch);
  } catch {
    // Kept for the next flush (bounded), e.g. while the database restarts.
    queue.entries.unshift(...batch.slice(0, MAX_PENDING - queue.entries.length));
    queue.timer ??= setTimeout(() => void flushViews(db), 1000).unref();
  }
}

export async function auditPage(db: Database, q: Omit<AuditFilter, 'beforeId'> & { cursor?: string }) {
  await flushViews(db);
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
  await flushViews(db);
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

/** Every entry matching the filter, newest first, as CSV streamed in batches; the export is itself logged. */
export async function auditCsv(db: Database, q: Omit<AuditFilter, 'beforeId' | 'limit'>, caller: Caller) {
  await flushViews(db);
  await audit(db, caller, 'audit.export', { details: { filter: q } });
  async function* batches() {
    let beforeId: number | undefined;
    for (;;) {
      const rows = await listAudit(db, { ...q, beforeId, limit: 1000 });
      const page = rows.slice(0, 1000);
      yield page.map((r) => [
        r.seq,
        new Date(r.at).toISOString(),
        r.actor_name,
        r.action,
        r.entity,
        r.entity_id,
        r.ip,
        r.purpose,
        r.details,
      ]);
      if (rows.length <= 1000) return;
      beforeId = page.at(-1)?.id;
    }
  }
  const header = [
    'no_rantai',
    'waktu',
    'pelaku',
    'tindakan',
    'entitas',
    'id_entitas',
    'alamat_ip',
    'keperluan',
    'rincian',
  ];
  return csvResponse(`log-audit-pilar-${new Date().toISOString().slice(0, 10)}.csv`, header, batches());
}
