import type { z } from 'zod';
import {
  EXHIBITION_STATUS_LABELS,
  EXHIBITION_TRANSITIONS,
  type ExhibitionInput,
  type ExhibitionPatch,
  type ExhibitionStatus,
  eventDays,
} from '../../../shared/contracts/exhibitions.ts';
import type { Database } from '../../db/connection.ts';
import { type Executor, withTransaction } from '../../db/transaction.ts';
import { actorOf, type Caller } from '../../http/caller.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { audit } from '../audit/audit.service.ts';
import { toExhibition } from './exhibitions.mapper.ts';
import * as repo from './exhibitions.repository.ts';
import { writeResults } from './results.ts';

const conflict = () =>
  new AppError('VERSION_CONFLICT', 'Data ini baru saja diubah orang lain. Muat ulang halaman lalu ulangi.');

export async function listExhibitions(db: Database, caller: Caller) {
  return { items: (await repo.listExhibitions(db, caller.scope)).map(toExhibition) };
}

export async function exhibitionOf(db: Executor, id: number, caller: Caller) {
  const row = await repo.findExhibition(db, id, caller.scope);
  if (!row) throw notFound('Pameran');
  return row;
}

/** The event with its participants in the caller's area, each with her days (attendance, sales, leads). */
export async function getExhibition(db: Database, id: number, caller: Caller) {
  const event = await exhibitionOf(db, id, caller);
  const participants = await repo.listParticipants(db, id, caller.scope);
  const [days, leads] = await Promise.all([
    repo.listDays(
      db,
      participants.map((p) => p.id),
    ),
    repo.leadCounts(
      db,
      id,
      participants.map((p) => p.business_id),
    ),
  ]);
  const dayList = eventDays(event.start_date, event.end_date);
  return {
    exhibition: toExhibition(event),
    participants: participants.map((p) => ({
      id: p.id,
      businessId: p.business_id,
      businessName: p.business_name,
      sector: p.sector,
      kecamatanName: p.kecamatan_name,
      kelurahanName: p.kelurahan_name,
      invitation: p.invitation,
      boothCode: p.booth_code,
      resultWritten: !!p.result_written_at,
      leads: leads.filter((l) => l.business_id === p.business_id).reduce((n, l) => n + l.n, 0),
      days: dayList.map((day) => {
        const d = days.find((x) => x.participant_id === p.id && x.day === day);
        return {
          day,
          present: d?.present ?? null,
          salesAmount: d?.sales_amount ?? null,
          items: d?.items ?? null,
          leads: leads.find((l) => l.business_id === p.business_id && l.day === day)?.n ?? 0,
        };
      }),
    })),
  };
}

const fields = (i: Partial<z.infer<typeof ExhibitionInput>>) => ({
  name: i.name,
  start_date: i.startDate,
  end_date: i.endDate,
  venue: i.venue,
  organiser: i.organiser,
  quota: i.quota,
  criteria: i.criteria === undefined ? undefined : (i.criteria ?? null),
  criteria_filter:
    i.criteriaFilter === undefined ? undefined : i.criteriaFilter ? JSON.stringify(i.criteriaFilter) : null,
});

export async function createExhibition(db: Database, input: z.infer<typeof ExhibitionInput>, caller: Caller) {
  const id = await withTransaction(db, async (trx) => {
    const f = fields(input);
    const id = await repo.insertExhibition(trx, {
      ...f,
      name: input.name,
      start_date: input.startDate,
      end_date: input.endDate,
      venue: input.venue,
      organiser: input.organiser,
      quota: input.quota,
      created_by: actorOf(caller),
    });
    await audit(trx, caller, 'exhibition.create', { entity: 'exhibition', entityId: id });
    return id;
  });
  return toExhibition(await exhibitionOf(db, id, caller));
}

const ENDED: readonly ExhibitionStatus[] = ['selesai', 'batal'];

export function refuseEnded(status: ExhibitionStatus) {
  if (ENDED.includes(status)) {
    throw new AppError(
      'EVENT_CLOSED',
      `Pameran ini sudah ${EXHIBITION_STATUS_LABELS[status].toLowerCase()}; datanya tidak dapat diubah lagi.`,
    );
  }
}

export async function updateExhibition(
  db: Database,
  id: number,
  patch: z.infer<typeof ExhibitionPatch>,
  caller: Caller,
) {
  await withTransaction(db, async (trx) => {
    const row = await repo.lockExhibition(trx, id);
    if (!row) throw notFound('Pameran');
    if (row.version !== patch.version) throw conflict();
    refuseEnded(row.status);
    const start = patch.startDate ?? row.start_date;
    const end = patch.endDate ?? row.end_date;
    if (end < start || eventDays(start, end).length > 14) {
      throw new AppError(
        'VALIDATION_FAILED',
        'Periksa tanggal: selesai tidak sebelum mulai, paling lama 14 hari.',
        [{ path: 'endDate', code: 'DATE_RANGE', message: 'Periksa tanggal mulai dan selesai.' }],
      );
    }
    if (patch.quota !== undefined) {
      const confirmed = await repo.countConfirmed(trx, id);
      if (patch.quota < confirmed) {
        throw new AppError(
          'QUOTA_FULL',
          `Kuota tidak boleh kurang dari peserta yang sudah dikonfirmasi (${confirmed}); tandai peserta menolak dahulu.`,
        );
      }
    }
    if ((await repo.daysOutside(trx, id, start, end)) > 0) {
      throw new AppError(
        'EVENT_DAYS_RECORDED',
        'Kehadiran atau penjualan sudah dicatat pada hari di luar tanggal baru; hapus dahulu catatannya atau pilih tanggal yang mencakupnya.',
      );
    }
    const { version: _v, ...rest } = patch;
    await repo.updateExhibition(trx, id, fields(rest));
    await audit(trx, caller, 'exhibition.update', {
      entity: 'exhibition',
      entityId: id,
      details: { fields: Object.keys(rest) },
    });
  });
  return toExhibition(await exhibitionOf(db, id, caller));
}

/**
 * Moves the event along its statuses; closing it (selesai) writes each confirmed participant's result who
 * attended into her roadmap and outcomes in the same transaction, once (result_written_at).
 */
export async function changeStatus(db: Database, id: number, to: ExhibitionStatus, caller: Caller) {
  // Closing writes every participant's result, across the city: staff of one kecamatan may not.
  if (to === 'selesai' && caller.scope.split('.').length > 2) {
    throw new AppError(
      'FORBIDDEN',
      'Pameran hanya dapat ditutup oleh petugas tingkat kota: penutupan mencatat hasil semua peserta di seluruh wilayah.',
    );
  }
  const written = await withTransaction(db, async (trx) => {
    const row = await repo.lockExhibition(trx, id);
    if (!row) throw notFound('Pameran');
    if (!EXHIBITION_TRANSITIONS[row.status].includes(to)) {
      throw new AppError(
        'STATUS_TRANSITION',
        `Pameran berstatus ${EXHIBITION_STATUS_LABELS[row.status]} tidak dapat diubah menjadi ${EXHIBITION_STATUS_LABELS[to]}.`,
      );
    }
    await repo.updateExhibition(trx, id, {
      status: to,
      closed_at: ENDED.includes(to) ? new Date() : null,
    });
    const out = to === 'selesai' ? await writeResults(trx, row, caller) : { results: 0, interventions: 0 };
    await audit(trx, caller, 'exhibition.status', {
      entity: 'exhibition',
      entityId: id,
      details: { from: row.status, to, ...out },
    });
    return out;
  });
  return { exhibition: toExhibition(await exhibitionOf(db, id, caller)), ...written };
}
