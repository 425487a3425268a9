import type { Breach, LegalBasis, SubjectRequest } from '../../../shared/contracts/privacy.ts';
import type { BreachRow, LegalBasisRow } from '../../db/schema.ts';
import type { SubjectRequestWithPerson } from './privacy.repository.ts';

const iso = (d: Date | string) => new Date(d).toISOString();
const isoOrNull = (d: Date | string | null) => (d ? iso(d) : null);

/** UU PDP Pasal 46 ayat (1): the people affected and the authority are told within 3×24 hours. */
export const BREACH_NOTICE_HOURS = 72;
const HOUR = 3_600_000;

export function toLegalBasis(r: LegalBasisRow): LegalBasis {
  return {
    id: r.id,
    personId: r.person_id,
    basis: r.basis,
    consentTextVersion: r.consent_text_version,
    channel: r.channel as LegalBasis['channel'],
    purposes: r.purposes as LegalBasis['purposes'],
    note: r.note,
    givenAt: iso(r.given_at),
    officerName: r.officer_name,
    withdrawnAt: isoOrNull(r.withdrawn_at),
    withdrawnReason: r.withdrawn_reason,
    withdrawalOfficerName: r.withdrawal_officer_name,
  };
}

export function toSubjectRequest(r: SubjectRequestWithPerson): SubjectRequest {
  return {
    id: r.id,
    personId: r.person_id,
    personName: r.person_name,
    kind: r.kind,
    channel: r.channel as SubjectRequest['channel'],
    receivedAt: iso(r.received_at),
    dueAt: iso(r.due_at),
    overdue: r.overdue,
    status: r.status,
    note: r.note,
    closedAt: isoOrNull(r.closed_at),
    outcome: r.outcome,
    officerName: r.officer_name,
    closedByName: r.closed_by_name,
  };
}

export function toBreach(r: BreachRow, now = Date.now()): Breach {
  const notifyBy = new Date(r.discovered_at).getTime() + BREACH_NOTICE_HOURS * HOUR;
  return {
    id: r.id,
    discoveredAt: iso(r.discovered_at),
    description: r.description,
    dataCategories: r.data_categories as Breach['dataCategories'],
    peopleAffected: r.people_affected,
    notifiedSubjectsAt: isoOrNull(r.notified_subjects_at),
    notifiedAuthorityAt: isoOrNull(r.notified_authority_at),
    status: r.status,
    recordedByName: r.recorded_by_name,
    notifyBy: new Date(notifyBy).toISOString(),
    hoursLeft: Math.round(((notifyBy - now) / HOUR) * 10) / 10,
  };
}
