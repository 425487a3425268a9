import type { DashboardSummary } from '../../../shared/contracts/dashboard.ts';
import { SECTORS } from '../../../shared/rules/kbli.ts';
import { PERMIT_LABELS, PERMIT_TYPES } from '../../../shared/rules/permits.ts';
import type { Database } from '../../db/connection.ts';
import { notFound } from '../../http/errors.ts';
import { findArea, listChildren } from '../areas/areas.repository.ts';
import {
  byKecamatan,
  bySector,
  bySizeClass,
  type CountRow,
  countBy,
  homeIndustriesByPermit,
} from './dashboard.repository.ts';

const figures = (r: CountRow | undefined) => ({
  microEnterprises: r?.micro ?? 0,
  homeIndustries: r?.hi ?? 0,
  homeIndustriesKrtp: r?.krtp ?? 0,
});

export async function dashboardSummary(db: Database, region: string): Promise<DashboardSummary> {
  const area = await findArea(db, region);
  if (!area) throw notFound(`Wilayah ${region}`);
  const [totals, kecamatan, districts, sectors, sizes, permits] = await Promise.all([
    countBy(db, region, null),
    countBy(db, region, byKecamatan),
    listChildren(db, region),
    countBy(db, region, bySector),
    countBy(db, region, bySizeClass),
    homeIndustriesByPermit(db, region),
  ]);
  return {
    asOf: new Date().toISOString(),
    region: { code: area.code, name: area.name },
    ...figures(totals[0]),
    byKecamatan: districts.map((d) => ({
      code: d.code,
      name: d.name,
      ...figures(kecamatan.find((k) => k.key === d.code)),
    })),
    bySector: SECTORS.map((s) => ({
      sector: s.code,
      label: s.label,
      ...figures(sectors.find((k) => k.key === s.code)),
    })),
    byPermit: PERMIT_TYPES.map((t) => ({
      type: t,
      label: PERMIT_LABELS[t],
      homeIndustries: permits.find((p) => p.type === t)?.n ?? 0,
    })),
    bySizeClass: sizes.map((s) => ({ sizeClass: s.key ?? 'tidak_diketahui', ...figures(s) })),
  };
}
