import { createRoute } from '@hono/zod-openapi';
import { DashboardSummary } from '../../../shared/contracts/dashboard.ts';
import type { Deps } from '../../http/deps.ts';
import { createRouter, jsonContent } from '../../http/router.ts';
import { dashboardSummary } from './dashboard.service.ts';

export function dashboardRoutes({ db, config }: Deps) {
  return createRouter().openapi(
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
