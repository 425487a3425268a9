import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ErrorResponse, Id } from '../../../shared/contracts/common.ts';
import { SummaryQuery } from '../../../shared/contracts/reports.ts';
import type { Deps } from '../../http/deps.ts';
import { createRouter, jsonContent } from '../../http/router.ts';
import { findArea } from '../areas/areas.repository.ts';
import { letterheadLogo } from './logo.ts';
import { pdfResponse, printContext } from './print.ts';
import { profilePdf } from './profile.pdf.ts';
import { programmeReportPdf } from './programme.pdf.ts';
import { recapPdf } from './recap.pdf.ts';
import { recapRows } from './recap.repository.ts';
import { summaryPdf, summaryScope } from './summary.pdf.ts';

const tags = ['Laporan'];
const params = z.object({ id: Id });
const pdf = { content: { 'application/pdf': { schema: z.string() } }, description: 'PDF' };
const notFound = jsonContent(ErrorResponse, 'Tidak ditemukan (atau di luar wilayah Anda)');

export function reportsRoutes({ db, config, log }: Deps) {
  // The logo is converted once, when the routes are built; a broken file leaves the letterhead without it.
  const logo = letterheadLogo(config.letterhead.logo).catch((err: unknown) => {
    log.warn({ err: String(err) }, 'logo kop surat tidak dapat dibaca; laporan dicetak tanpa logo');
    return null;
  });
  const context = () => printContext(db, config, logo);
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/reports/recap.pdf',
        tags,
        summary: 'Rekapitulasi Industri Rumahan per Kecamatan/Kelurahan (PDF, dengan kop surat)',
        description:
          'Wilayah pengguna atau satu kecamatan di dalamnya (seperti saringan dasbor); angka agregat saja. Kop surat (dengan logo PILAR_LETTERHEAD_LOGO bila ada) dan blok tanda tangan dari konfigurasi (PILAR_LETTERHEAD_*, PILAR_SIGN_*).',
        request: { query: SummaryQuery },
        responses: { 200: pdf, 404: notFound },
      }),
      async (c) => {
        const scope = summaryScope(c.var.caller.scope, c.req.valid('query').kecamatan);
        const [rows, ctx, area] = await Promise.all([
          recapRows(db, config.region, scope),
          context(),
          scope === config.region ? null : findArea(db, scope),
        ]);
        const body = recapPdf(rows, {
          config,
          regionName: ctx.regionName,
          logo: ctx.logo,
          areaName: area ? `${scope.length === 8 ? 'Kecamatan' : 'Kelurahan'} ${area.name}` : null,
        });
        return pdfResponse(body, 'rekap-industri-rumahan.pdf') as never;
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/reports/summary.pdf',
        tags,
        summary: 'Ringkasan satu halaman untuk pimpinan (PDF dengan grafik)',
        description:
          'Angka utama, industri rumahan per kecamatan (atau per kelurahan), level IR, izin, naik kelas dan keikutsertaan program di wilayah Anda atau satu kecamatan di dalamnya; agregat saja.',
        request: { query: SummaryQuery },
        responses: { 200: pdf, 404: notFound },
      }),
      async (c) => {
        const scope = summaryScope(c.var.caller.scope, c.req.valid('query').kecamatan);
        const body = await summaryPdf(db, config, scope, await context());
        return pdfResponse(body, 'ringkasan-pimpinan.pdf') as never;
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/businesses/{id}/profile.pdf',
        tags,
        summary:
          'Lembar profil usaha (PDF): usaha, izin, pemilik (NIK tersamar), rencana, program, kunjungan',
        description: 'Memuat data pribadi: setiap unduhan dicatat di log audit.',
        request: { params },
        responses: { 200: pdf, 404: notFound },
      }),
      async (c) => {
        const id = c.req.valid('param').id;
        const body = await profilePdf(db, id, c.var.caller, await context());
        return pdfResponse(body, `profil-usaha-${id}.pdf`) as never;
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/programmes/{id}/report.pdf',
        tags,
        summary: 'Laporan program/pelatihan (PDF): sesi, peserta (usaha berbeda), kehadiran, nilai, hasil',
        description: 'Wilayah pengguna; angka agregat saja.',
        request: { params },
        responses: { 200: pdf, 404: notFound },
      }),
      async (c) => {
        const id = c.req.valid('param').id;
        const body = await programmeReportPdf(db, id, c.var.caller, await context());
        return pdfResponse(body, `laporan-program-${id}.pdf`) as never;
      },
    );
}
