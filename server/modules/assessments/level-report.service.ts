import type { LevelReport, NaikKelasFigure } from '../../../shared/contracts/assessments.ts';
import { todayInJakarta } from '../../../shared/rules/calendar.ts';
import type { Database } from '../../db/connection.ts';
import { codeInScope } from '../../db/scope.ts';
import { listChildren } from '../areas/areas.repository.ts';
import * as repo from './assessments.repository.ts';

type Counts = { ir1: number; ir2: number; ir3: number; unassessed: number };
const empty = (): Counts => ({ ir1: 0, ir2: 0, ir3: 0, unassessed: 0 });
const slot = (level: number | null) => (level ? (`ir${level}` as 'ir1' | 'ir2' | 'ir3') : 'unassessed');

/** The same calendar day a number of months earlier (clamped to the month's last day). */
export function monthsBefore(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 - months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/** Naik / turun kelas per period and kecamatan, and current levels per kecamatan, in the caller's area. */
export async function levelReport(
  db: Database,
  region: string,
  scope: string,
  q: { period: 'month' | 'year'; from?: string; to?: string },
): Promise<LevelReport> {
  const to = q.to ?? todayInJakarta();
  const from =
    q.from ??
    (q.period === 'month' ? `${monthsBefore(to, 11).slice(0, 7)}-01` : `${Number(to.slice(0, 4)) - 4}-01-01`);
  const [steps, counts, districts] = await Promise.all([
    repo.levelSteps(db, scope, { period: q.period, from, to }),
    repo.levelCounts(db, scope),
    listChildren(db, region),
  ]);
  const levels = new Map<string, Counts>();
  for (const c of counts) {
    const k = levels.get(c.kecamatan_code) ?? empty();
    k[slot(c.level)] += c.n;
    levels.set(c.kecamatan_code, k);
  }
  return {
    period: q.period,
    from,
    to,
    rows: steps.map((s) => ({
      period: s.period,
      kecamatanCode: s.kecamatan_code,
      kecamatanName: s.kecamatan_name,
      naik: s.naik,
      turun: s.turun,
    })),
    totals: {
      naik: steps.reduce((n, s) => n + s.naik, 0),
      turun: steps.reduce((n, s) => n + s.turun, 0),
    },
    levels: districts
      .filter((d) => codeInScope(d.code, scope) || codeInScope(scope, d.code))
      .map((d) => ({ kecamatanCode: d.code, kecamatanName: d.name, ...(levels.get(d.code) ?? empty()) })),
  };
}

/** The dashboard's figure: naik kelas in the last 12 months and the current level mix of the area. */
export async function naikKelasFigure(db: Database, scope: string): Promise<NaikKelasFigure> {
  const to = todayInJakarta();
  // The window starts the day after the same date a year ago: twelve months, not twelve and a day.
  const dayAfter = new Date(`${monthsBefore(to, 12)}T00:00:00Z`);
  dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
  const from = dayAfter.toISOString().slice(0, 10);
  const [steps, counts] = await Promise.all([
    repo.levelSteps(db, scope, { period: 'year', from, to }),
    repo.levelCounts(db, scope),
  ]);
  const levels = empty();
  for (const c of counts) levels[slot(c.level)] += c.n;
  return {
    naikKelas12Months: steps.reduce((n, s) => n + s.naik, 0),
    turunKelas12Months: steps.reduce((n, s) => n + s.turun, 0),
    ...levels,
  };
}
