import type { Selectable } from 'kysely';
import { formatDateId, formatNumberId, formatRupiah } from '../../../shared/rules/format.ts';
import type { ExhibitionsTable } from '../../db/schema-exhibitions.ts';
import type { Executor } from '../../db/transaction.ts';
import { actorOf, type Caller } from '../../http/caller.ts';
import { insertOutcome } from '../outcomes/outcomes.repository.ts';
import { findActiveRoadmap, insertInterventions, insertStatusLog } from '../roadmap/roadmap.repository.ts';
import * as repo from './exhibitions.repository.ts';

/** "Gelar Produk …: penjualan Rp 1.500.000 (12 barang), 3 calon pembeli, hadir 2 dari 3 hari". */
export function resultText(
  eventName: string,
  r: { sales: number; items: number; leads: number; days_present: number },
  days: number,
) {
  const items = r.items ? ` (${formatNumberId(r.items)} barang)` : '';
  return `${eventName}: penjualan ${formatRupiah(r.sales)}${items}, ${formatNumberId(r.leads)} calon pembeli, hadir ${r.days_present} dari ${days} hari`;
}

/**
 * For every confirmed participant who attended and whose result is not yet written: a done intervention
 * in the market pillar of her open roadmap (when she has one) and, in any case, an outcome measure that
 * adds the exhibition to her market channels. The caller holds the event row's lock; the whole city's
 * participants are written, whoever closes the event.
 */
export async function writeResults(trx: Executor, event: Selectable<ExhibitionsTable>, caller: Caller) {
  const rows = (await repo.resultRows(trx, event.id, null)).filter(
    (r) => r.invitation === 'dikonfirmasi' && r.days_present > 0 && !r.result_written_at,
  );
  const days = Math.round((Date.parse(event.end_date) - Date.parse(event.start_date)) / 86_400_000) + 1;
  const actor = actorOf(caller);
  let interventions = 0;
  for (const r of rows) {
    const text = resultText(event.name, r, days);
    const roadmap = await findActiveRoadmap(trx, r.business_id);
    if (roadmap) {
      const [id] = (await insertInterventions(trx, [
        {
          roadmap_id: roadmap.id,
          business_id: r.business_id,
          pillar: 'pasar',
          type: 'pameran',
          title: `Peserta ${event.name}`,
          description: `${event.venue}, ${formatDateId(event.start_date)}–${formatDateId(event.end_date)}`,
          responsible_user_id: roadmap.responsible_user_id,
          partner_office: null,
          due_date: event.end_date,
          status: 'done',
          outcome: text,
          created_by: actor,
        },
      ])) as number[];
      await insertStatusLog(trx, [
        {
          intervention_id: id as number,
          from_status: null,
          to_status: 'done',
          note: text,
          actor,
          actor_user_id: caller.id || null,
        },
      ]);
      interventions++;
    }
    const channels = await repo.latestChannels(trx, r.business_id);
    await insertOutcome(trx, {
      business_id: r.business_id,
      measured_on: event.end_date,
      monthly_turnover: null,
      workers: null,
      market_channels: [...new Set([...channels, 'pameran'])],
      financing_amount: null,
      financing_source: null,
      note: text,
      recorded_by: actor,
    });
  }
  await repo.markResultWritten(
    trx,
    rows.map((r) => r.id),
  );
  return { results: rows.length, interventions };
}
