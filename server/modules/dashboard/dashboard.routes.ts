import { createRoute } from '@hono/zod-openapi';
import { DashboardSummary, DashboardTrends, TrendsQuery } from '../../../shared/contracts/dashboard.ts';
import type { Deps } from '../../http/deps.ts';
import { createRouter, jsonContent } from '../../http/router.ts';
import { monthlyTrends } from './dashboard.repository.ts';
import { dashboardSummary } from './dashboard.service.ts';

export function dashboardRoutes({ db, config }: Deps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/dashboard/trends',
        tags: ['Dasbor'],
        summary: 'Tren bulanan: pendaftaran usaha, naik/turun kelas, izin terbit',
        request: { query: TrendsQuery },
        responses: { 200: jsonContent(DashboardTrends, 'Tren') },
      }),
      async (c) =>
        c.json({ months: await monthlyTrends(db, c.var.caller.scope, c.req.valid('query').months) }, 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/dashboard/summary',
        tags: ['Dasbor'],
        summary: 'Angka utama wilayah layanan',
        responses: { 200: jsonContent(DashboardSummary, 'Ringkasan') },
      }),
      async (c) => c.json(await dashboardSummary(db, config.region, c.var.caller.scope), 200),
    );
}
