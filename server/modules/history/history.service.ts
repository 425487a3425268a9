import type { HistoryEntry } from '../../../shared/contracts/history.ts';
import { maskNik } from '../../../shared/rules/nik.ts';
import { maskPhone } from '../../../shared/rules/phone.ts';
import type { HistoryChange } from '../../db/schema.ts';
import type { Executor } from '../../db/transaction.ts';
import { actorOf, type Caller } from '../../http/caller.ts';
import { audit } from '../audit/audit.service.ts';
import { type HistoryInsert, insertHistory } from './history.repository.ts';

/** Fields whose value differs between before and after, as { field: [old, new] } (API names). */
export function diff<T extends Record<string, unknown>>(before: T | null, after: T): HistoryChange {
  const changes: HistoryChange = {};
  for (const [key, value] of Object.entries(after)) {
    const old = before ? before[key] : null;
    if (!sameValue(old, value)) changes[key] = [old ?? null, value ?? null];
  }
  return changes;
}

function sameValue(a: unknown, b: unknown): boolean {
  return (a ?? null) === (b ?? null) || JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

// The history keeps what was typed; NIK and phone leave the server masked, as everywhere else.
function masked(field: string, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (field === 'nik') return maskNik(value);
  if (field === 'phone') return maskPhone(value);
  return value;
}

export type HistoryRow = {
  id: number;
  entity: HistoryEntry['entity'];
  entity_id: number;
  action: HistoryEntry['action'];
  actor: string;
  at: Date;
  changes: HistoryChange;
};

/** An entry for the API; NIK and phone masked unless `clear` (the data subject's own copy). */
export function toHistoryEntry(r: HistoryRow, opts: { clear?: boolean } = {}): HistoryEntry {
  const shown = (field: string, value: unknown) => (opts.clear ? value : masked(field, value));
  return {
    id: r.id,
    entity: r.entity,
    entityId: r.entity_id,
    action: r.action,
    actor: r.actor,
    at: r.at.toISOString(),
    changes: Object.entries(r.changes).map(([field, [old, next]]) => ({
      field,
      old: shown(field, old),
      new: shown(field, next),
    })),
  };
}

/**
 * Writes a change to the history (what changed, old → new) and to the audit log (who did it, from where;
 * field names only, no values), in the caller's transaction.
 */
export async function recordChange(trx: Executor, caller: Caller, entry: Omit<HistoryInsert, 'actor'>) {
  await insertHistory(trx, { ...entry, actor: actorOf(caller) });
  await audit(trx, caller, `${entry.entity}.${entry.action}`, {
    entity: entry.entity,
    entityId: entry.entityId,
    details: { fields: Object.keys(entry.changes) },
  });
}
