import { sql } from 'kysely';
import type { Executor } from '../../db/transaction.ts';

export type AuditInsert = {
  at?: Date;
  actorId: number | null;
  actorName: string;
  action: string;
  entity?: string | null;
  entityId?: number | null;
  ip?: string | null;
  purpose?: string | null;
  details?: Record<string, unknown>;
};

export function insertAudit(db: Executor, e: AuditInsert) {
  return insertAuditMany(db, [e]);
}

/** Many entries in one statement (the buffered views). */
export function insertAuditMany(db: Executor, entries: AuditInsert[]) {
  return db
    .insertInto('audit_log')
    .values(
      entries.map((e) => ({
        ...(e.at ? { at: e.at } : {}),
        actor_id: e.actorId,
        actor_name: e.actorName,
        action: e.action,
        entity: e.entity ?? null,
        entity_id: e.entityId ?? null,
        ip: e.ip ?? null,
        purpose: e.purpose ?? null,
        details: JSON.stringify(e.details ?? {}),
      })),
    )
    .execute();
}

export type AuditFilter = {
  actor?: string;
  action?: string;
  from?: string;
  to?: string;
  beforeId?: number;
  limit: number;
};

export function listAudit(db: Executor, f: AuditFilter) {
  let q = db
    .selectFrom('audit_log')
    .select([
      'id',
      'seq',
      'at',
      'actor_id',
      'actor_name',
      'action',
      'entity',
      'entity_id',
      'ip',
      'purpose',
      'details',
    ]);
  if (f.actor) q = q.where('actor_name', 'ilike', `%${f.actor.replace(/[%_\\]/g, '\\$&')}%`);
  if (f.action) q = q.where('action', '=', f.action);
  if (f.from) q = q.where('at', '>=', new Date(`${f.from}T00:00:00+07:00`));
  if (f.to) q = q.where('at', '<', sql<Date>`${`${f.to}T00:00:00+07:00`}::timestamptz + interval '1 day'`);
  if (f.beforeId) q = q.where('id', '<', f.beforeId);
  return q
    .orderBy('id', 'desc')
    .limit(f.limit + 1)
    .execute();
}

/** Chains the entries committed since the last seal (one sealer at a time); returns how many. */
export async function sealAudit(db: Executor): Promise<number> {
  const { rows } = await sql<{ n: number }>`select audit_log_seal() as n`.execute(db);
  return rows[0]?.n ?? 0;
}

/** Walks the sealed chain in order; the first entry whose link or hash does not match, if any. */
export async function verifyChain(
  db: Executor,
): Promise<{ entries: number; unsealed: number; brokenAt: number | null }> {
  const { rows } = await sql<{ entries: number; unsealed: number; broken: number | null }>`
    with chain as (
      select seq, hash, prev_hash,
        coalesce(lag(hash) over (order by seq), repeat('0', 64)) as expected_prev,
        lag(seq) over (order by seq) as prev_seq,
        encode(sha256(convert_to(prev_hash || '|' || audit_log_payload(a), 'UTF8')), 'hex') as recomputed
      from audit_log a where seq is not null
    )
    select (select count(*)::int from chain) as entries,
      (select count(*)::int from audit_log where seq is null) as unsealed,
      (select min(seq) from chain
        where prev_hash <> expected_prev or hash <> recomputed or seq <> coalesce(prev_seq, 0) + 1)::int as broken`.execute(
    db,
  );
  const r = rows[0];
  return { entries: r?.entries ?? 0, unsealed: r?.unsealed ?? 0, brokenAt: r?.broken ?? null };
}
