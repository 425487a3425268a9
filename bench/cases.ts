// Each API call of the benchmark beside the same question asked of the database directly: the
// repository functions the services call, over one connection with the same session settings.
import type { Database } from '../server/db/connection.ts';
import { findBusiness, listBusinesses } from '../server/modules/businesses/businesses.repository.ts';
import {
  closeMonths,
  flowCounts,
  levelSteps12,
  permitHoldings,
  stockCounts,
} from '../server/modules/dashboard/dashboard.figures.ts';
import { resolveFilter, yearBefore } from '../server/modules/dashboard/dashboard.service.ts';
import { findPerson } from '../server/modules/people/people.repository.ts';
import { listPermitsOfBusiness } from '../server/modules/permits/permits.repository.ts';
import type { DashboardQuery } from '../shared/contracts/dashboard.ts';

/** The dashboard's queries for one filter (every breakdown is one grouping-sets pass). */
export async function dashboardQueries(db: Database, scope: string, q: DashboardQuery) {
  const f = resolveFilter(q);
  if (f.asOf) await closeMonths(db);
  return Promise.all([
    stockCounts(db, scope, f),
    permitHoldings(db, scope, f),
    flowCounts(db, scope, f),
    levelSteps12(db, scope, yearBefore(f.asOf ?? f.to), f.asOf ?? f.to),
  ]);
}

/** Summary (all breakdowns), filtered by a kecamatan, by sector + IR level, and as of a past date. */
export const DASHBOARD_CASES: [string, DashboardQuery][] = [
  ['dashboard summary', {}],
  ['dashboard: kecamatan 35.73.01', { kecamatan: '35.73.01' }],
  ['dashboard: sector pangan + IR 1', { sector: 'pangan', level: '1' }],
  ['dashboard: as of 2025-06-15', { asOf: '2025-06-15' }],
];

export type Case = { name: string; path: string; direct: (db: Database) => Promise<unknown> };

const REGION = '35.73';
const page = { limit: 50 };

export const CASES = (id: number): Case[] => [
  {
    name: 'list (first page, 50)',
    path: '/api/v1/businesses?limit=50',
    direct: (db) => listBusinesses(db, REGION, page),
  },
  {
    name: 'filtered list (kecamatan + sector + KRTP + P-IRT)',
    path: '/api/v1/businesses?limit=50&kecamatan=35.73.01&sector=pangan&krtp=true&permit=PIRT',
    direct: (db) =>
      listBusinesses(db, REGION, {
        ...page,
        kecamatan: '35.73.01',
        sector: 'pangan',
        krtp: true,
        permit: 'PIRT',
      }),
  },
  {
    name: 'fuzzy search "keripik tempe sanan"',
    path: '/api/v1/businesses?limit=50&q=keripik%20tempe%20sanan',
    direct: (db) => listBusinesses(db, REGION, { ...page, q: 'kripik tempe sanan' }),
  },
  {
    name: 'business profile',
    path: `/api/v1/businesses/${id}`,
    direct: async (db) => {
      const b = await findBusiness(db, id);
      return Promise.all([findPerson(db, b?.owner_id ?? 0), listPermitsOfBusiness(db, id)]);
    },
  },
  ...DASHBOARD_CASES.map(([name, q]) => ({
    name,
    path: `/api/v1/dashboard/summary?${new URLSearchParams(q as Record<string, string>)}`,
    direct: (db: Database) => dashboardQueries(db, REGION, q),
  })),
];

/** The headline counts without the maintained aggregate: what the dashboard would cost by scanning rows. */
export const PLAIN_DASHBOARD_SQL = `select b.kecamatan_code, b.kelurahan_code, b.sector, b.size_class,
  count(*) filter (where b.status = 'active' and (b.size_class is null or b.size_class = 'mikro')) as micro,
  count(*) filter (where b.status = 'active' and (b.size_class is null or b.size_class = 'mikro') and b.home_industry) as hi,
  count(*) filter (where b.status = 'active' and (b.size_class is null or b.size_class = 'mikro') and b.home_industry and p.krtp) as krtp
  from businesses b join people p on p.id = b.owner_id where b.kecamatan_code like '35.73.%'
  group by grouping sets ((), (b.kecamatan_code), (b.kelurahan_code), (b.sector), (b.size_class))`;
