import type { DemoData } from './demo.types.ts';

export type HistoryRow = {
  entity: 'person' | 'business' | 'permit';
  entity_id: number;
  business_id: number | null;
  action: 'create';
  actor: 'demo';
  at: string;
  changes: object;
};

// Derived or bookkeeping columns are not "changes" a person made.
const SKIP = new Set(['id', 'search_text', 'created_at', 'updated_at', 'owner_krtp', 'business_id']);
const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** `{ field: [null, value] }` for every filled field under its API name, as the server records a create. */
function changes(row: Record<string, unknown>): Record<string, [null, unknown]> {
  const out: Record<string, [null, unknown]> = {};
  for (const [field, value] of Object.entries(row)) {
    if (!SKIP.has(field) && value !== null) out[camel(field)] = [null, value];
  }
  return out;
}

/** One 'create' history row per person, business and permit, dated when the record was created. */
export function* historyRows(data: DemoData): Generator<HistoryRow> {
  const sets = [
    ['person', data.people],
    ['business', data.businesses],
    ['permit', data.permits],
  ] as const;
  for (const [entity, rows] of sets) {
    for (const row of rows)
      yield {
        entity,
        entity_id: row.id,
        business_id:
          entity === 'business'
            ? row.id
            : entity === 'permit'
              ? (row as { business_id: number }).business_id
              : null,
        action: 'create',
        actor: 'demo',
        at: row.created_at,
        changes: changes(row),
      };
  }
}
