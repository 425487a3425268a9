import type { Participant, Programme, Session } from '../../../shared/contracts/programmes.ts';
import type { Pillar } from '../../../shared/rules/mentoring.ts';
import type { ParticipantRow, ProgrammeListRow, SessionRow } from './programmes.repository.ts';

export function toProgramme(r: ProgrammeListRow): Programme {
  return {
    id: r.id,
    name: r.name,
    pillar: r.pillar as Pillar,
    organiser: r.organiser,
    targetLevels: r.target_levels,
    targetSectors: r.target_sectors,
    description: r.description,
    active: r.active,
    version: r.version,
    sessionCount: r.session_count,
    nextSessionAt: r.next_session_at ? new Date(r.next_session_at).toISOString() : null,
  };
}

export function toSession(r: SessionRow): Session {
  return {
    id: r.id,
    programmeId: r.programme_id,
    programmeName: r.programme_name,
    organiser: r.organiser,
    title: r.title,
    startsAt: r.starts_at.toISOString(),
    endsAt: r.ends_at.toISOString(),
    place: r.place,
    quota: r.quota,
    trainer: r.trainer,
    scopeCode: r.scope_code,
    scopeName: r.scope_name,
    enrolled: r.enrolled,
    waitlisted: r.waitlisted,
    version: r.version,
  };
}

/** An owner who withdrew consent or was erased is shown without her name (UU PDP). */
export function toParticipant(r: ParticipantRow): Participant {
  return {
    id: r.id,
    businessId: r.business_id,
    businessName: r.business_name,
    ownerName: r.restricted ? '(pemrosesan dibatasi)' : r.owner_name,
    kelurahanName: r.kelurahan_name,
    status: r.status,
    waitlistPosition: r.waitlist_position,
    attended: r.attended,
    preScore: r.pre_score,
    postScore: r.post_score,
    withdrawnAt: r.withdrawn_at ? new Date(r.withdrawn_at).toISOString() : null,
  };
}
