import type { Intervention, StatusLogEntry } from '../../../shared/contracts/roadmaps.ts';
import {
  type InterventionStatus,
  isOverdue,
  type Pillar,
  STATUS_TRANSITIONS,
} from '../../../shared/rules/mentoring.ts';
import type { InterventionRow } from './roadmap.repository.ts';

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

export function toIntervention(r: InterventionRow, today: string): Intervention {
  const s = r.satisfaction;
  return {
    id: r.id,
    roadmapId: r.roadmap_id,
    businessId: r.business_id,
    pillar: r.pillar as Pillar,
    type: r.type,
    title: r.title,
    description: r.description,
    responsibleUserId: r.responsible_user_id,
    responsibleName: r.responsible_name,
    partnerOffice: r.partner_office,
    dueDate: r.due_date,
    status: r.status,
    outcome: r.outcome,
    statusChangedAt: iso(r.status_changed_at),
    overdue: isOverdue(r.status, r.due_date, today),
    next: [...STATUS_TRANSITIONS[r.status]],
    satisfaction: s ? { score: s.score, comment: s.comment, channel: s.channel, at: iso(s.at) } : null,
    version: r.version,
  };
}

export function toLog(
  rows: {
    from_status: InterventionStatus | null;
    to_status: InterventionStatus;
    note: string | null;
    actor: string;
    at: Date;
  }[],
): StatusLogEntry[] {
  return rows.map((r) => ({
    from: r.from_status,
    to: r.to_status,
    note: r.note,
    actor: r.actor,
    at: iso(r.at),
  }));
}

/** "Siti Aminah" → "Siti": a partner office needs a name to greet, not the full identity. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}
