import type { HistoryChange, HistoryTable } from '../../db/schema.ts';
import type { Executor } from '../../db/transaction.ts';

export type HistoryInsert = {
  entity: HistoryTable['entity'];
  entityId: number;
  businessId: number | null;
  action: HistoryTable['action'];
  actor: string;
  changes: HistoryChange;
};

export function insertHistory(db: Executor, entry: HistoryInsert) {
  return db
    .insertInto('history')
    .values({
      entity: entry.entity,
      entity_id: entry.entityId,
      business_id: entry.businessId,
      action: entry.action,
      actor: entry.actor,
      changes: JSON.stringify(entry.changes),
    })
    .execute();
}

/** A business's own history together with that of its permits, newest first. */
export function listBusinessHistory(db: Executor, businessId: number) {
  return db
    .selectFrom('history')
    .selectAll()
    .where('business_id', '=', businessId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(500)
    .execute();
}

export function listPersonHistory(db: Executor, personId: number) {
  return db
    .selectFrom('history')
    .selectAll()
    .where('entity', '=', 'person')
    .where('entity_id', '=', personId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(500)
    .execute();
}
