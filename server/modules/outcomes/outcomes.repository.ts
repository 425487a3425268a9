import type { Insertable } from 'kysely';
import type { OutcomeMeasuresTable } from '../../db/schema.ts';
import type { Executor } from '../../db/transaction.ts';

export function listOutcomes(db: Executor, businessIds: number[]) {
  if (!businessIds.length) return Promise.resolve([]);
  return db
    .selectFrom('outcome_measures')
    .selectAll()
    .where('business_id', 'in', businessIds)
    .orderBy('business_id')
    .orderBy('measured_on')
    .orderBy('id')
    .execute();
}

export type OutcomeRow = Awaited<ReturnType<typeof listOutcomes>>[number];

export async function insertOutcome(db: Executor, row: Insertable<OutcomeMeasuresTable>): Promise<number> {
  const { id } = await db
    .insertInto('outcome_measures')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Permits obtained: read from the permits table (the issue date), never copied. */
export function permitsObtained(db: Executor, businessId: number) {
  return db
    .selectFrom('permits')
    .select(['id', 'type', 'issued_on'])
    .where('business_id', '=', businessId)
    .where('issued_on', 'is not', null)
    .orderBy('issued_on')
    .execute();
}
