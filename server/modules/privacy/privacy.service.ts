import type { z } from 'zod';
import type { ConsentInput, LegalBasisHistory } from '../../../shared/contracts/privacy.ts';
import type { Database } from '../../db/connection.ts';
import type { HistoryChange } from '../../db/schema.ts';
import { type Executor, withTransaction } from '../../db/transaction.ts';
import { actorOf, type Caller } from '../../http/caller.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { clearNotes } from '../assessments/assessments.repository.ts';
import { audit } from '../audit/audit.service.ts';
import { queueFileRedaction } from '../imports/file-redaction.ts';
import { findPerson, lockPerson } from '../people/people.repository.ts';
import { assertPersonInScope } from '../people/people.service.ts';
import { toLegalBasis } from './privacy.mapper.ts';
import * as repo from './privacy.repository.ts';

/** Who recorded it: an API token's caller has no user row (id 0), so only the name is kept. */
export const officerOf = (c: Caller) => ({ id: c.id || null, name: actorOf(c) });

/** The person within the caller's area, locked; an erased person can no longer be processed. */
async function lockLiving(trx: Executor, id: number, caller: Caller) {
  await assertPersonInScope(trx, id, caller);
  const person = await lockPerson(trx, id);
  if (!person) throw notFound('Pelaku usaha');
  if (person.erased_at) {
    throw new AppError(
      'ALREADY_ERASED',
      'Data pribadi orang ini sudah dihapus; tidak ada lagi yang diproses.',
    );
  }
  return person;
}

async function basesOf(db: Executor, id: number): Promise<LegalBasisHistory> {
  const [person, rows] = await Promise.all([findPerson(db, id), repo.listLegalBases(db, id)]);
  const items = rows.map(toLegalBasis);
  const at = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);
  return {
    current: items[0] ?? null,
    items,
    processingRestrictedAt: at(person?.processing_restricted_at),
    erasedAt: at(person?.erased_at),
  };
}

export async function legalBasisHistory(db: Database, id: number, caller: Caller) {
  await assertPersonInScope(db, id, caller);
  return basesOf(db, id);
}

/** Consent with its text version, channel, purposes and officer; given again, it lifts a restriction. */
export async function recordConsent(
  db: Database,
  id: number,
  input: z.infer<typeof ConsentInput>,
  caller: Caller,
) {
  await withTransaction(db, async (trx) => {
    const person = await lockLiving(trx, id, caller);
    const officer = officerOf(caller);
    const basisId = await repo.insertLegalBasis(trx, {
      person_id: id,
      basis: 'consent',
      consent_text_version: input.textVersion,
      channel: input.channel,
      purposes: input.purposes,
      given_at: input.givenAt ?? new Date(),
      officer_id: officer.id,
      officer_name: officer.name,
    });
    if (person.processing_restricted_at) await repo.setProcessingRestricted(trx, id, false);
    await audit(trx, caller, 'person.consent', {
      entity: 'person',
      entityId: id,
      details: { basisId, channel: input.channel, purposes: input.purposes, textVersion: input.textVersion },
    });
  });
  return basesOf(db, id);
}

/** A public task (the agency's legal mandate) as the basis; a withdrawal's restriction stays in force. */
export async function recordPublicTask(db: Database, id: number, note: string, caller: Caller) {
  await withTransaction(db, async (trx) => {
    await lockLiving(trx, id, caller);
    const officer = officerOf(caller);
    const basisId = await repo.insertLegalBasis(trx, {
      person_id: id,
      basis: 'public_task',
      purposes: [],
      note,
      given_at: new Date(),
      officer_id: officer.id,
      officer_name: officer.name,
    });
    await audit(trx, caller, 'person.public_task', { entity: 'person', entityId: id, details: { basisId } });
  });
  return basesOf(db, id);
}

/** Withdrawal takes effect at once: the person and her businesses leave every list in this transaction. */
export async function withdrawConsent(db: Database, id: number, reason: string, caller: Caller) {
  await withTransaction(db, async (trx) => {
    await lockLiving(trx, id, caller);
    const latest = await repo.lockLatestLegalBasis(trx, id);
    if (latest?.basis !== 'consent' || latest.withdrawn_at) {
      throw new AppError(
        'NO_ACTIVE_CONSENT',
        'Tidak ada persetujuan yang berlaku untuk ditarik. Bila pemilik menolak pemrosesan, catat sebagai keberatan di Permintaan subjek data.',
      );
    }
    const officer = officerOf(caller);
    await repo.updateLegalBasis(trx, latest.id, {
      withdrawn_at: new Date(),
      withdrawn_reason: reason,
      withdrawal_officer_id: officer.id,
      withdrawal_officer_name: officer.name,
    });
    await repo.setProcessingRestricted(trx, id, true);
    await audit(trx, caller, 'person.consent_withdraw', {
      entity: 'person',
      entityId: id,
      details: { basisId: latest.id },
    });
  });
  return basesOf(db, id);
}

const REDACTED = '[dihapus]';
// API field names whose values the history keeps, per entity, that identify the person.
const PERSONAL_FIELDS: Record<string, Set<string>> = {
  person: new Set(['nik', 'name', 'birthDate', 'phone', 'street', 'rt', 'rw', 'education', 'householdSize']),
  business: new Set([
    'name',
    'street',
    'rt',
    'rw',
    'latitude',
    'longitude',
    'products',
    'monthlyTurnover',
    'capital',
  ]),
  permit: new Set(['number']),
};

function redact(entity: string, changes: HistoryChange): HistoryChange {
  const fields = PERSONAL_FIELDS[entity] ?? new Set();
  const hide = (v: unknown) => (v === null || v === undefined ? v : REDACTED);
  return Object.fromEntries(
    Object.entries(changes).map(([k, [old, next]]) => [
      k,
      fields.has(k) ? [hide(old), hide(next)] : [old, next],
    ]),
  );
}

/**
 * Erasure on request, all or nothing: her personal fields cleared, her businesses kept as anonymous
 * statistics, the personal values in the history redacted. The audit log holds no personal values and is
 * left as it is; it records the erasure with its reason.
 */
export async function erasePerson(db: Database, id: number, reason: string, caller: Caller) {
  return withTransaction(db, async (trx) => {
    await lockLiving(trx, id, caller);
    const { erased_at } = await repo.erasePersonRow(trx, id, `Dihapus atas permintaan (ID ${id})`);
    const businessIds = (await repo.anonymiseBusinesses(trx, id)).map((b) => b.id);
    await repo.anonymisePermits(trx, businessIds);
    await clearNotes(trx, businessIds);
    const sourceRows = await repo.redactSourceRows(trx, id);
    // The files they came from still hold her rows: stored again without them, by a job.
    if (sourceRows) await queueFileRedaction(trx, id, actorOf(caller));
    for (const h of await repo.historyOfPerson(trx, id, businessIds)) {
      const changes = redact(h.entity, h.changes);
      if (JSON.stringify(changes) !== JSON.stringify(h.changes))
        await repo.setHistoryChanges(trx, h.id, changes);
    }
    await audit(trx, caller, 'person.erase', {
      entity: 'person',
      entityId: id,
      details: { reason, businessesAnonymised: businessIds.length, sourceRowsRedacted: sourceRows },
    });
    return {
      personId: id,
      erasedAt: new Date(erased_at as Date).toISOString(),
      businessesAnonymised: businessIds.length,
    };
  });
}
