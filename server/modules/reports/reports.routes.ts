import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ErrorResponse } from '../../../shared/contracts/common.ts';
import { codeInScope } from '../../db/scope.ts';
import type { Deps } from '../../http/deps.ts';
import { notFound } from '../../http/errors.ts';
import { createRouter, jsonContent } from '../../http/router.ts';
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
      request: {
        query: z.object({
          kecamatan: z
            .string()
            .regex(/^\d{2}\.\d{2}\.\d{2}$/, 'Kode kecamatan tidak valid (contoh 35.73.01).')
            .optional()
            .describe('Hanya kecamatan ini (di dalam wilayah pengguna), seperti saringan dasbor'),
        }),
      },
      responses: {
        200: { content: { 'application/pdf': { schema: z.string() } }, description: 'PDF' },
        404: jsonContent(ErrorResponse, 'Kecamatan di luar wilayah pengguna'),
      },
    }),
    async (c) => {
      const own = c.var.caller.scope;
      const asked = c.req.valid('query').kecamatan;
      // A kecamatan inside the caller's area narrows the recap; one outside it is "not found".
      if (asked && !codeInScope(asked, own) && !codeInScope(own, asked)) throw notFound('Kecamatan');
      const scope = asked && codeInScope(asked, own) ? asked : own;
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
