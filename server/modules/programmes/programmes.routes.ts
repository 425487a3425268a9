import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ErrorResponse, Id } from '../../../shared/contracts/common.ts';
import {
  ProgrammeDetail,
  ProgrammeInput,
  ProgrammeList,
  ProgrammeListQuery,
  ProgrammePatch,
  ProgrammeReport,
  ProgrammeReportList,
  SessionDetail,
  SessionInput,
} from '../../../shared/contracts/programmes.ts';
import type { Deps } from '../../http/deps.ts';
import { createRouter, jsonContent } from '../../http/router.ts';
import { allProgrammeReports, programmeReport } from './programmes.report.ts';
import * as service from './programmes.service.ts';

const tags = ['Program & pelatihan'];
const params = z.object({ id: Id });
const errors = {
  400: jsonContent(ErrorResponse, 'Isian tidak valid'),
  404: jsonContent(ErrorResponse, 'Tidak ditemukan'),
  409: jsonContent(ErrorResponse, 'Bentrok versi'),
};
const body = <T>(schema: T, d: string) => ({ ...jsonContent(schema, d), required: true });

export function programmesRoutes({ db }: Deps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/programmes',
        tags,
        summary: 'Katalog program dan pelatihan',
        request: { query: ProgrammeListQuery },
        responses: { 200: jsonContent(ProgrammeList, 'Program') },
      }),
      async (c) => c.json(await service.listProgrammes(db, c.req.valid('query'), c.var.caller), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/programmes',
        tags,
        summary: 'Tambah program',
        request: { body: body(ProgrammeInput, 'Program baru') },
        responses: { 201: jsonContent(ProgrammeDetail, 'Dibuat'), 400: errors[400] },
      }),
      async (c) => c.json(await service.createProgramme(db, c.req.valid('json'), c.var.caller), 201),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/programmes/{id}',
        tags,
        summary: 'Satu program dengan sesi-sesinya di wilayah Anda',
        request: { params },
        responses: { 200: jsonContent(ProgrammeDetail, 'Program'), 404: errors[404] },
      }),
      async (c) => c.json(await service.getProgramme(db, c.req.valid('param').id, c.var.caller), 200),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/programmes/{id}',
        tags,
        summary: 'Ubah program',
        request: { params, body: body(ProgrammePatch, 'Perubahan') },
        responses: { 200: jsonContent(ProgrammeDetail, 'Diubah'), ...errors },
      }),
      async (c) =>
        c.json(
          await service.updateProgramme(db, c.req.valid('param').id, c.req.valid('json'), c.var.caller),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/programmes/{id}/sessions',
        tags,
        summary: 'Tambah sesi (di wilayah kerja Anda)',
        request: { params, body: body(SessionInput, 'Sesi baru') },
        responses: { 201: jsonContent(SessionDetail, 'Dibuat'), 400: errors[400], 404: errors[404] },
      }),
      async (c) =>
        c.json(
          await service.createSession(db, c.req.valid('param').id, c.req.valid('json'), c.var.caller),
          201,
        ),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/programmes/{id}/report',
        tags,
        summary:
          'Laporan program: peserta dengan omzet dan pekerja sebelum/sesudah sesi (median), kehadiran dan nilai per sesi; hanya angka agregat',
        request: { params },
        responses: { 200: jsonContent(ProgrammeReport, 'Laporan'), 404: errors[404] },
      }),
      async (c) => c.json(await programmeReport(db, c.req.valid('param').id, c.var.caller), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/programme-reports',
        tags,
        summary:
          'Angka setiap program di wilayah Anda (peserta, kehadiran, median sebelum/sesudah); agregat saja',
        responses: { 200: jsonContent(ProgrammeReportList, 'Laporan') },
      }),
      async (c) => c.json(await allProgrammeReports(db, c.var.caller), 200),
    );
}
