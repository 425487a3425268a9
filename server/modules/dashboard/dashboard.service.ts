import type { DashboardSummary } from '../../../shared/contracts/dashboard.ts';
import { SECTORS } from '../../../shared/rules/kbli.ts';
import { PERMIT_LABELS, PERMIT_TYPES } from '../../../shared/rules/permits.ts';
import type { Database } from '../../db/connection.ts';
import { codeInScope } from '../../db/scope.ts';
import { notFound } from '../../http/errors.ts';
import { findArea, listChildren } from '../areas/areas.repository.ts';
import { naikKelasFigure } from '../assessments/level-report.service.ts';
import {
  type CountRow,
  type Dimension,
  homeIndustriesByPermit,
  registryCounts,
} from './dashboard.repository.ts';

export const figures = (r: CountRow | undefined) => ({
  microEnterprises: r?.micro ?? 0,
  homeIndustries: r?.hi ?? 0,
  homeIndustriesKrtp: r?.krtp ?? 0,
});

/** Counts of one dimension by key, for lookups while listing areas or sectors. */
export function countsOf(rows: CountRow[], dim: Dimension): Map<string | null, CountRow> {
  return new Map(rows.filter((r) => r.dim === dim).map((r) => [r.key, r]));
}

/** Headline figures of the caller's area: the city, her kecamatan or her kelurahan. */
export async function dashboardSummary(
  db: Database,
  region: string,
  scope: string,
): Promise<DashboardSummary> {
  const area = await findArea(db, scope);
  if (!area) throw notFound(`Wilayah ${scope}`);
  const [counts, districts, permits, naikKelas] = await Promise.all([
    registryCounts(db, scope),
    listChildren(db, region),
    homeIndustriesByPermit(db, scope),
    naikKelasFigure(db, scope),
  ]);
  const kecamatan = countsOf(counts, 'kecamatan');
  const sectors = countsOf(counts, 'sector');
  return {
    asOf: new Date().toISOString(),
    region: { code: area.code, name: area.name },
    ...figures(countsOf(counts, 'total').get(null)),
    byKecamatan: districts
      .filter((d) => codeInScope(d.code, scope) || codeInScope(scope, d.code))
      .map((d) => ({ code: d.code, name: d.name, ...figures(kecamatan.get(d.code)) })),
    bySector: SECTORS.map((s) => ({ sector: s.code, label: s.label, ...figures(sectors.get(s.code)) })),
    byPermit: PERMIT_TYPES.map((t) => ({
      type: t,
      label: PERMIT_LABELS[t],
      homeIndustries: permits.find((p) => p.type === t)?.n ?? 0,
    })),
    bySizeClass: [...countsOf(counts, 'sizeClass').values()].map((s) => ({
      sizeClass: s.key ?? 'tidak_diketahui',
      ...figures(s),
    })),
    naikKelas,
  };
}
