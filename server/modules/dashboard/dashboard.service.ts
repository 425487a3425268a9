import type { DashboardQuery, DashboardSummary } from '../../../shared/contracts/dashboard.ts';
import { todayInJakarta } from '../../../shared/rules/calendar.ts';
import { SECTORS } from '../../../shared/rules/kbli.ts';
import { PERMIT_LABELS, PERMIT_TYPES } from '../../../shared/rules/permits.ts';
import type { Database } from '../../db/connection.ts';
import { codeInScope } from '../../db/scope.ts';
import { notFound } from '../../http/errors.ts';
import { findArea, listChildren } from '../areas/areas.repository.ts';
import { monthsBefore } from '../assessments/level-report.service.ts';
import {
  type CountRow,
  closeMonths,
  type Dimension,
  type FigureFilter,
  flowCounts,
  levelSteps12,
  permitHoldings,
  stockCounts,
} from './dashboard.figures.ts';

export const figures = (r: CountRow | undefined) => ({
  microEnterprises: r?.micro ?? 0,
  homeIndustries: r?.hi ?? 0,
  homeIndustriesKrtp: r?.krtp ?? 0,
});

/** Counts of one dimension by key, for lookups while listing areas or sectors. */
export function countsOf(rows: CountRow[], dim: Dimension): Map<string | null, CountRow> {
  return new Map(rows.filter((r) => r.dim === dim).map((r) => [r.key, r]));
}

/**
 * The query resolved: stock figures at `asOf` (or at `to`, when that is before today; null = the current
 * counts) and flows from `from` to `to` (default the twelve months up to the stock date).
 */
/** The day after the same date twelve months earlier: a window of twelve months, not twelve and a day. */
export function yearBefore(to: string): string {
  const dayAfter = new Date(`${monthsBefore(to, 12)}T00:00:00Z`);
  dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
  return dayAfter.toISOString().slice(0, 10);
}

export function resolveFilter(q: DashboardQuery, today = todayInJakarta()): FigureFilter {
  const past = q.to && q.to < today ? q.to : null;
  // A date after today reads today's registry through the dated counts (the future has no deltas yet).
  const asOf = q.asOf && q.asOf > today ? today : (q.asOf ?? past);
  // As of a date, the registry had no events after it: the period ends there at the latest.
  const end = q.to ?? asOf ?? today;
  const to = asOf && end > asOf ? asOf : end;
  return {
    kecamatan: q.kecamatan,
    kelurahan: q.kelurahan,
    sector: q.sector,
    level: q.level,
    krtp: q.krtp === undefined ? undefined : q.krtp === 'true',
    from: q.from ?? yearBefore(to),
    to,
    asOf,
  };
}

/** The kelurahan to break figures down by: those of the chosen kecamatan, or of the caller's own one. */
async function kelurahanList(db: Database, scope: string, f: FigureFilter) {
  const parent = f.kelurahan?.slice(0, 8) ?? f.kecamatan ?? (scope.length >= 8 ? scope.slice(0, 8) : null);
  if (!parent) return [];
  const all = await listChildren(db, parent);
  return all.filter((k) => codeInScope(k.code, scope) && (!f.kelurahan || k.code === f.kelurahan));
}

/** Headline figures and breakdowns of the caller's area under the dashboard's filter, now or as of a date. */
export async function dashboardSummary(
  db: Database,
  region: string,
  scope: string,
  q: DashboardQuery = {},
): Promise<DashboardSummary> {
  const area = await findArea(db, scope);
  if (!area) throw notFound(`Wilayah ${scope}`);
  const f = resolveFilter(q);
  if (f.asOf) await closeMonths(db);
  const stockDay = f.asOf ?? todayInJakarta();
  const [counts, districts, villages, permits, flows, steps] = await Promise.all([
    stockCounts(db, scope, f),
    listChildren(db, region),
    kelurahanList(db, scope, f),
    permitHoldings(db, scope, f),
    flowCounts(db, scope, f),
    levelSteps12(db, scope, yearBefore(stockDay), stockDay),
  ]);
  const of = (dim: Dimension) => countsOf(counts, dim);
  const kecamatan = of('kecamatan');
  const kelurahan = of('kelurahan');
  const sectors = of('sector');
  const levels = of('level');
  return {
    asOf: f.asOf ? `${f.asOf}T23:59:59+07:00` : new Date().toISOString(),
    region: { code: area.code, name: area.name },
    ...figures(of('total').get(null)),
    byKecamatan: districts
      .filter((d) => codeInScope(d.code, scope) || codeInScope(scope, d.code))
      .filter((d) => !f.kecamatan || d.code === f.kecamatan)
      .map((d) => ({ code: d.code, name: d.name, ...figures(kecamatan.get(d.code)) })),
    byKelurahan: villages.map((k) => ({ code: k.code, name: k.name, ...figures(kelurahan.get(k.code)) })),
    bySector: SECTORS.map((s) => ({ sector: s.code, label: s.label, ...figures(sectors.get(s.code)) })),
    byLevel: (['1', '2', '3', 'none'] as const).map((level) => ({
      level,
      ...figures(levels.get(level === 'none' ? '0' : level)),
    })),
    byPermit: PERMIT_TYPES.map((t) => ({
      type: t,
      label: PERMIT_LABELS[t],
      homeIndustries: permits.find((p) => p.type === t)?.n ?? 0,
    })),
    bySizeClass: [...of('sizeClass').values()].map((s) => ({
      sizeClass: s.key ?? 'tidak_diketahui',
      ...figures(s),
    })),
    naikKelas: {
      naikKelas12Months: steps.naik,
      turunKelas12Months: steps.turun,
      ir1: levels.get('1')?.hi ?? 0,
      ir2: levels.get('2')?.hi ?? 0,
      ir3: levels.get('3')?.hi ?? 0,
      unassessed: levels.get('0')?.hi ?? 0,
    },
    flows: {
      registered: flows.registered,
      naikKelas: flows.naik,
      permitsObtained: flows.permits,
      programmeParticipants: flows.programme,
    },
    filter: {
      kecamatan: f.kecamatan ?? null,
      kelurahan: f.kelurahan ?? null,
      sector: f.sector ?? null,
      level: f.level ?? null,
      krtp: f.krtp ?? null,
      from: f.from,
      to: f.to,
      asOf: f.asOf,
    },
  };
}
