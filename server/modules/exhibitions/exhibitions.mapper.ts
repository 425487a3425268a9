import { type Exhibition, eventDays } from '../../../shared/contracts/exhibitions.ts';
import type { EventRow } from './exhibitions.repository.ts';

export function toExhibition(r: EventRow): Exhibition {
  return {
    id: r.id,
    name: r.name,
    startDate: r.start_date,
    endDate: r.end_date,
    days: eventDays(r.start_date, r.end_date),
    venue: r.venue,
    organiser: r.organiser,
    quota: r.quota,
    criteria: r.criteria,
    criteriaFilter: (r.criteria_filter ?? null) as Exhibition['criteriaFilter'],
    status: r.status,
    confirmed: r.confirmed,
    invited: r.invited,
    closedAt: r.closed_at ? r.closed_at.toISOString() : null,
    version: r.version,
  };
}
