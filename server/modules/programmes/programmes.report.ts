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

/** Per business: the first day of its first session and the last day of its last one in the programme. */
function windows(seated: Row[]) {
  const byBusiness = new Map<number, { start: string; end: string }>();
  for (const r of seated) {
    const w = byBusiness.get(r.business_id);
    byBusiness.set(r.business_id, {
      start: w && w.start < r.start_day ? w.start : r.start_day,
      end: w && w.end > r.end_day ? w.end : r.end_day,
    });
  }
  return byBusiness;
}

/** Distinct businesses per kecamatan, largest first. */
function perKecamatan(seated: Row[]) {
  const map = new Map<string, { code: string; name: string; ids: Set<number> }>();
  for (const r of seated) {
    const k = map.get(r.kecamatan_code) ?? { code: r.kecamatan_code, name: r.kecamatan_name, ids: new Set() };
    k.ids.add(r.business_id);
    map.set(r.kecamatan_code, k);
  }
  return [...map.values()]
    .map((k) => ({ code: k.code, name: k.name, businesses: k.ids.size }))
    .sort((a, b) => b.businesses - a.businesses || a.code.localeCompare(b.code));
}

/**
 * Participants (seated, within the caller's area) counted once per business however many sessions she sat
 * in, with turnover and workers at the latest measure up to her first session's first day and at the first
 * measure after her last session's last day. Aggregates only.
 */
export async function programmeReport(db: Database, id: number, caller: Caller): Promise<ProgrammeReport> {
  const programme = await repo.findProgramme(db, id, caller.scope);
  if (!programme) throw notFound('Program');
  const [rows, sessions] = await Promise.all([
    repo.reportParticipants(db, id, caller.scope),
    repo.listSessions(db, id, caller.scope),
  ]);
  const seated = rows.filter((r) => r.status === 'enrolled');
  const spans = windows(seated);
  const measures = await listOutcomes(db, [...spans.keys()]);
  const byBusiness = new Map<number, OutcomeRow[]>();
  for (const m of measures) byBusiness.set(m.business_id, [...(byBusiness.get(m.business_id) ?? []), m]);
  const pairs = (field: 'monthly_turnover' | 'workers') =>
    [...spans].map(([businessId, w]) =>
      beforeAfter(
        (byBusiness.get(businessId) ?? []).map((m) => ({ measuredOn: m.measured_on, value: m[field] })),
        w.start,
        w.end,
      ),
    );
  return {
    programmeId: id,
    participants: spans.size,
    participations: seated.length,
    attended: new Set(seated.filter((r) => r.attended === true).map((r) => r.business_id)).size,
    turnover: compareGroup(pairs('monthly_turnover')),
    workers: compareGroup(pairs('workers')),
    byKecamatan: perKecamatan(seated),
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
