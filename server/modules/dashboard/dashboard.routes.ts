import { createRoute } from '@hono/zod-openapi';
import { can } from '../../../shared/contracts/auth.ts';
import {
  DashboardMap,
  DashboardQuery,
  DashboardSummary,
  DashboardTrends,
  TrendsQuery,
} from '../../../shared/contracts/dashboard.ts';
import type { Deps } from '../../http/deps.ts';
import { createRouter, jsonContent } from '../../http/router.ts';
import { mapAreas, mapPoints, monthlyTrends } from './dashboard.repository.ts';
import { dashboardSummary } from './dashboard.service.ts';

export function dashboardRoutes({ db, config }: Deps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/dashboard/map',
        tags: ['Dasbor'],
        summary: 'Peta: jumlah per kelurahan di posisinya, dan titik industri rumahan',
        description:
          'Titik usaha (rumah pemilik) hanya untuk peran yang boleh membaca registri; pimpinan mendapat agregat per kelurahan saja.',
        responses: { 200: jsonContent(DashboardMap, 'Peta') },
      }),
      async (c) => {
        const { scope, role } = c.var.caller;
        const [areas, points] = await Promise.all([
          mapAreas(db, scope),
          can(role, 'registry.read') ? mapPoints(db, scope) : null,
        ]);
        return c.json({ areas, points }, 200);
      },
    )
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
        summary: 'Angka utama wilayah layanan, dengan saringan dan per tanggal',
        description:
          'Saringan wilayah (dalam wilayah pemanggil), sektor, level IR, KRTP dan periode. Angka stok dihitung per akhir `to` atau `asOf` (dari riwayat perubahan); arus (pendaftaran, naik kelas, izin terbit, peserta program) dalam periode `from`–`to`.',
        request: { query: DashboardQuery },
        responses: { 200: jsonContent(DashboardSummary, 'Ringkasan') },
      }),
      async (c) =>
        c.json(await dashboardSummary(db, config.region, c.var.caller.scope, c.req.valid('query')), 200),
    );
}
