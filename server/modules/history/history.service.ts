import type { HistoryEntry } from '../../../shared/contracts/history.ts';
import type { HistoryChange } from '../../db/schema.ts';

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

type HistoryRow = {
  id: number;
  entity: HistoryEntry['entity'];
  entity_id: number;
  action: HistoryEntry['action'];
  actor: string;
  at: Date;
  changes: HistoryChange;
};

export function toHistoryEntry(r: HistoryRow): HistoryEntry {
  return {
    id: r.id,
    entity: r.entity,
    entityId: r.entity_id,
    action: r.action,
    actor: r.actor,
    at: r.at.toISOString(),
    changes: Object.entries(r.changes).map(([field, [old, next]]) => ({ field, old, new: next })),
  };
}
