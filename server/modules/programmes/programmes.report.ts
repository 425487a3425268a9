import type { ProgrammeReport, ProgrammeReportRow } from '../../../shared/contracts/programmes.ts';
import type { Database } from '../../db/connection.ts';
import type { Caller } from '../../http/caller.ts';
import { notFound } from '../../http/errors.ts';
import { listOutcomes, type OutcomeRow } from '../outcomes/outcomes.repository.ts';
import { toProgramme } from './programmes.mapper.ts';
import * as repo from './programmes.repository.ts';
import { beforeAfter, compareGroup, mean, median } from './programmes.rules.ts';

type Row = Awaited<ReturnType<typeof repo.reportParticipants>>[number];

function sessionSummary(s: repo.SessionRow, rows: Row[]) {
  const seated = rows.filter((r) => r.session_id === s.id && r.status === 'enrolled');
  const scores = (k: 'pre_score' | 'post_score') =>
    seated.map((r) => r[k]).filter((v): v is number => v !== null);
  return {
    id: s.id,
    title: s.title,
    startsAt: s.starts_at.toISOString(),
    enrolled: seated.length,
    waitlisted: rows.filter((r) => r.session_id === s.id && r.status === 'waitlisted').length,
    attended: seated.filter((r) => r.attended === true).length,
    absent: seated.filter((r) => r.attended === false).length,
    preMedian: median(scores('pre_score')),
    postMedian: median(scores('post_score')),
    preMean: mean(scores('pre_score')),
    postMean: mean(scores('post_score')),
  };
}

/**
 * Participants (seated, within the caller's area) with their turnover and workers at the latest measure
 * up to the session's first day and at the first measure after its last day. Aggregates only.
 */
export async function programmeReport(db: Database, id: number, caller: Caller): Promise<ProgrammeReport> {
  const programme = await repo.findProgramme(db, id, caller.scope);
  if (!programme) throw notFound('Program');
  const [rows, sessions] = await Promise.all([
    repo.reportParticipants(db, id, caller.scope),
    repo.listSessions(db, id, caller.scope),
  ]);
  const seated = rows.filter((r) => r.status === 'enrolled');
  const measures = await listOutcomes(db, [...new Set(seated.map((r) => r.business_id))]);
  const byBusiness = new Map<number, OutcomeRow[]>();
  for (const m of measures) byBusiness.set(m.business_id, [...(byBusiness.get(m.business_id) ?? []), m]);
  const pairs = (field: 'monthly_turnover' | 'workers') =>
    seated.map((r) =>
      beforeAfter(
        (byBusiness.get(r.business_id) ?? []).map((m) => ({ measuredOn: m.measured_on, value: m[field] })),
        r.start_day,
        r.end_day,
      ),
    );
  return {
    programmeId: id,
    participants: seated.length,
    attended: seated.filter((r) => r.attended === true).length,
    turnover: compareGroup(pairs('monthly_turnover')),
    workers: compareGroup(pairs('workers')),
    sessions: sessions.map((s) => sessionSummary(s, rows)),
  };
}

/** Every programme's figures in the caller's area, for those who read aggregates only (pimpinan). */
export async function allProgrammeReports(
  db: Database,
  caller: Caller,
): Promise<{ items: ProgrammeReportRow[] }> {
  const programmes = await repo.listProgrammes(db, caller.scope, {});
  const items: ProgrammeReportRow[] = [];
  for (const row of programmes) {
    const p = toProgramme(row);
    const r = await programmeReport(db, p.id, caller);
    items.push({
      ...r,
      name: p.name,
      pillar: p.pillar,
      organiser: p.organiser,
      active: p.active,
      sessions: p.sessionCount,
    });
  }
  return { items };
}
