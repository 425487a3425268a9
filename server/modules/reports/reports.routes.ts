import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import type { Deps } from '../../http/deps.ts';
import { createRouter } from '../../http/router.ts';
import { findArea } from '../areas/areas.repository.ts';
import { recapPdf } from './recap.pdf.ts';
import { recapRows } from './recap.repository.ts';

export function reportsRoutes({ db, config }: Deps) {
  return createRouter().openapi(
    createRoute({
      method: 'get',
      path: '/reports/recap.pdf',
      tags: ['Laporan'],
      summary: 'Rekapitulasi Industri Rumahan per Kecamatan/Kelurahan (PDF, dengan kop surat)',
      description:
        'Wilayah pengguna; angka agregat saja. Kop surat dan blok tanda tangan dari konfigurasi (PILAR_LETTERHEAD_*, PILAR_SIGN_*).',
      responses: { 200: { content: { 'application/pdf': { schema: z.string() } }, description: 'PDF' } },
    }),
    async (c) => {
      const scope = c.var.caller.scope;
      const [rows, region, area] = await Promise.all([
        recapRows(db, config.region, scope),
        findArea(db, config.region),
        scope === config.region ? null : findArea(db, scope),
      ]);
      const pdf = recapPdf(rows, {
        config,
        regionName: region?.name ?? config.region,
        areaName: area ? `${scope.length === 8 ? 'Kecamatan' : 'Kelurahan'} ${area.name}` : null,
      });
      return new Response(new Uint8Array(pdf), {
        headers: {
          'content-type': 'application/pdf',
          'content-disposition': 'inline; filename="rekap-industri-rumahan.pdf"',
          'cache-control': 'no-store',
        },
      }) as never;
    },
  );
}
