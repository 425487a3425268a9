import type { z } from 'zod';
import type { OutcomeInput, OutcomeMeasure } from '../../../shared/contracts/outcomes.ts';
import type { Database } from '../../db/connection.ts';
import { withTransaction } from '../../db/transaction.ts';
import { actorOf, type Caller } from '../../http/caller.ts';
import { audit } from '../audit/audit.service.ts';
import { findInScope } from '../businesses/businesses.service.ts';
import { insertOutcome, listOutcomes, type OutcomeRow, permitsObtained } from './outcomes.repository.ts';

function toOutcome(r: OutcomeRow): OutcomeMeasure {
  return {
    id: r.id,
    businessId: r.business_id,
    measuredOn: r.measured_on,
    monthlyTurnover: r.monthly_turnover,
    workers: r.workers,
    marketChannels: r.market_channels,
    financingAmount: r.financing_amount,
    financingSource: r.financing_source,
    note: r.note,
    recordedBy: r.recorded_by,
  };
}

export async function outcomeSeries(db: Database, businessId: number, caller: Caller) {
  await findInScope(db, businessId, caller);
  const [rows, permits] = await Promise.all([
    listOutcomes(db, [businessId]),
    permitsObtained(db, businessId),
  ]);
  return {
    items: rows.map(toOutcome),
    permitsObtained: permits.map((p) => ({ id: p.id, type: p.type, issuedOn: p.issued_on as string })),
  };
}

export async function recordOutcome(
  db: Database,
  businessId: number,
  input: z.infer<typeof OutcomeInput>,
  caller: Caller,
) {
  await findInScope(db, businessId, caller);
  await withTransaction(db, async (trx) => {
    const id = await insertOutcome(trx, {
      business_id: businessId,
      measured_on: input.measuredOn,
      monthly_turnover: input.monthlyTurnover ?? null,
      workers: input.workers ?? null,
      market_channels: input.marketChannels,
      financing_amount: input.financingAmount ?? null,
      financing_source: input.financingSource ?? null,
      note: input.note ?? null,
      recorded_by: actorOf(caller),
    });
    // Turnover is a sole proprietor's financial data: the write is in the audit log, its values are not.
    await audit(trx, caller, 'outcome.create', { entity: 'business', entityId: businessId, details: { id } });
  });
  return outcomeSeries(db, businessId, caller);
}
