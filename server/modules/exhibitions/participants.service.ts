import { type Expression, type SqlBool, sql } from 'kysely';
import type { z } from 'zod';
import {
  type BoothLeadInput,
  type ExhibitionDayInput,
  type ExhibitionParticipantPatch,
  eventDays,
  type InviteInput,
} from '../../../shared/contracts/exhibitions.ts';
import { formatNumberId } from '../../../shared/rules/format.ts';
import { normalizePhone } from '../../../shared/rules/phone.ts';
import type { Database } from '../../db/connection.ts';
import { type Executor, withTransaction } from '../../db/transaction.ts';
import { actorOf, type Caller } from '../../http/caller.ts';
import { AppError, invalid, notFound } from '../../http/errors.ts';
import { audit, auditView } from '../audit/audit.service.ts';
import { businessMatches, pickCandidates, previewCandidates } from '../businesses/businesses.repository.ts';
import { toBusinessFilter } from '../businesses/businesses.service.ts';
import * as repo from './exhibitions.repository.ts';
import { exhibitionOf, refuseEnded } from './exhibitions.service.ts';

/** At most this many businesses per invitation: a larger filter is almost surely a mistake. */
export const MAX_INVITE = 500;

type Target = z.infer<typeof InviteInput>;

/** The filter (or the listed businesses), always within the caller's area, as the business list has it. */
function matchOf(t: Target, caller: Caller, withRestricted: boolean): Expression<SqlBool> {
  const c = [businessMatches(caller.scope, t.filter ? toBusinessFilter(t.filter) : {}, withRestricted)];
  if (t.businessIds) c.push(sql<SqlBool>`b.id in (${sql.join(t.businessIds)})`);
  return sql<SqlBool>`(${sql.join(c, sql` and `)})`;
}

export async function previewInvite(db: Database, eventId: number, t: Target, caller: Caller) {
  await exhibitionOf(db, eventId, caller);
  const match = matchOf(t, caller, false);
  const found = await previewCandidates(db, match, repo.alreadyInvited(eventId));
  auditView(db, caller, 'exhibition.invite_preview', {
    entity: 'exhibition',
    entityId: eventId,
    details: { count: found.count },
  });
  return found;
}

/** Invites every matching business not yet invited (owners who withdrew consent are skipped). */
export async function invite(db: Database, eventId: number, t: Target, caller: Caller) {
  return withTransaction(db, async (trx) => {
    const event = await repo.lockExhibition(trx, eventId);
    if (!event) throw notFound('Pameran');
    refuseEnded(event.status);
    const found = await pickCandidates(
      trx,
      matchOf(t, caller, true),
      repo.alreadyInvited(eventId),
      MAX_INVITE + 1,
    );
    if (found.length > MAX_INVITE) {
      throw new AppError(
        'ENROL_TOO_MANY',
        `Filter ini cocok dengan lebih dari ${MAX_INVITE} usaha; persempit filter (mis. pilih kecamatan atau sektor).`,
      );
    }
    const fresh = found.filter((r) => !r.restricted && !r.already_in).map((r) => r.id);
    await repo.addParticipants(trx, eventId, fresh, actorOf(caller));
    if (t.filter) await repo.setCriteriaFilter(trx, eventId, t.filter);
    const out = {
      invited: fresh.length,
      skippedRestricted: found.filter((r) => r.restricted).length,
      skippedAlreadyIn: found.filter((r) => !r.restricted && r.already_in).length,
      notFound: t.businessIds ? new Set(t.businessIds).size - found.length : 0,
    };
    await audit(trx, caller, 'exhibition.invite', {
      entity: 'exhibition',
      entityId: eventId,
      details: { byFilter: !!t.filter, ...out },
    });
    return out;
  });
}

export async function participantOf(db: Executor, id: number, caller: Caller) {
  const row = await repo.findParticipant(db, id, caller.scope);
  if (!row) throw notFound('Peserta pameran');
  return row;
}

/**
 * Invitation answer and booth. A confirmation counts against the event's quota (city-wide), checked under
 * the event row's lock so two confirmations never take the last place together.
 */
export async function updateParticipant(
  db: Database,
  id: number,
  patch: z.infer<typeof ExhibitionParticipantPatch>,
  caller: Caller,
) {
  const p = await participantOf(db, id, caller);
  refuseEnded(p.event_status);
  await withTransaction(db, async (trx) => {
    const event = await repo.lockExhibition(trx, p.exhibition_id);
    const row = await repo.lockParticipant(trx, id);
    if (!event || !row) throw notFound('Peserta pameran');
    if (patch.invitation === 'dikonfirmasi' && row.invitation !== 'dikonfirmasi') {
      const confirmed = await repo.countConfirmed(trx, event.id);
      if (confirmed >= event.quota) {
        throw new AppError(
          'QUOTA_FULL',
          `Kuota pameran sudah penuh: ${formatNumberId(confirmed)} dari ${formatNumberId(event.quota)} peserta dikonfirmasi. Naikkan kuota atau tandai peserta lain menolak dahulu.`,
        );
      }
    }
    if (patch.boothCode) {
      const holder = await repo.boothHolder(trx, event.id, patch.boothCode);
      if (holder && holder.id !== id) {
        throw new AppError(
          'BOOTH_TAKEN',
          `Stan ${patch.boothCode} sudah dipakai peserta lain di pameran ini; pilih kode stan lain.`,
        );
      }
    }
    await repo.setParticipant(trx, id, {
      invitation: patch.invitation,
      responded_at: patch.invitation && patch.invitation !== row.invitation ? new Date() : undefined,
      booth_code: patch.boothCode,
    });
    await audit(trx, caller, 'exhibition.participant', {
      entity: 'exhibition_participant',
      entityId: id,
      details: { fields: Object.keys(patch), invitation: patch.invitation },
    });
  });
  return id;
}

/** Attendance, sales and items of one participant on one day of the event; only confirmed participants. */
export async function recordDay(
  db: Database,
  id: number,
  input: z.infer<typeof ExhibitionDayInput>,
  caller: Caller,
) {
  const p = await participantOf(db, id, caller);
  refuseEnded(p.event_status);
  if (!eventDays(p.start_date, p.end_date).includes(input.day)) {
    throw invalid([
      {
        path: 'day',
        code: 'DAY_OUTSIDE_EVENT',
        message: 'Tanggal ini bukan hari pameran; pilih hari pameran.',
      },
    ]);
  }
  if (p.invitation !== 'dikonfirmasi') {
    throw new AppError(
      'NOT_CONFIRMED',
      'Hanya peserta yang sudah dikonfirmasi yang dapat diisi kehadiran dan penjualannya.',
    );
  }
  await withTransaction(db, async (trx) => {
    await repo.upsertDay(
      trx,
      { participant_id: id, day: input.day, recorded_by: actorOf(caller) },
      { present: input.present, sales_amount: input.salesAmount, items: input.items },
    );
    await audit(trx, caller, 'exhibition.day', {
      entity: 'exhibition_participant',
      entityId: id,
      details: { day: input.day, fields: Object.keys(input).filter((k) => k !== 'day') },
    });
  });
  return id;
}

/** A buyer's contact left at the booth, kept only with her consent (market_leads, source pameran). */
export async function recordLead(
  db: Database,
  id: number,
  input: z.infer<typeof BoothLeadInput>,
  caller: Caller,
) {
  const p = await participantOf(db, id, caller);
  refuseEnded(p.event_status);
  const phone = input.buyerPhone ? normalizePhone(input.buyerPhone) : { value: null };
  if (input.buyerPhone && !phone.value) {
    throw invalid([
      {
        path: 'buyerPhone',
        code: 'PHONE_INVALID',
        message: 'Nomor HP tidak valid; tulis mis. 0812 3456 7890.',
      },
    ]);
  }
  return withTransaction(db, async (trx) => {
    const leadId = await repo.insertLead(trx, {
      business_id: p.business_id,
      source: 'pameran',
      event_id: p.exhibition_id,
      product_id: null,
      buyer_name: input.buyerName,
      buyer_phone: phone.value,
      buyer_email: input.buyerEmail ?? null,
      message: input.message ?? null,
      consented_at: new Date(),
      status_note: null,
      recorded_by: actorOf(caller),
    });
    await audit(trx, caller, 'exhibition.lead', {
      entity: 'market_lead',
      entityId: leadId,
      details: { participantId: id, exhibitionId: p.exhibition_id },
    });
    return { id: leadId };
  });
}
