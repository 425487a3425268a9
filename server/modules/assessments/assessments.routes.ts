import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  AssessmentDraft,
  AssessmentInput,
  AssessmentSaved,
  BusinessLevel,
  LevelReport,
  LevelReportQuery,
  Need,
  NeedInput,
  NeedList,
  NeedPatch,
  Rubric,
  RubricInput,
  RubricList,
} from '../../../shared/contracts/assessments.ts';
import { ErrorResponse, Id } from '../../../shared/contracts/common.ts';
import type { Deps } from '../../http/deps.ts';
import { createRouter, jsonContent } from '../../http/router.ts';
import * as assessments from './assessments.service.ts';
import { levelReport } from './level-report.service.ts';
import * as needs from './needs.service.ts';
import * as rubrics from './rubrics.service.ts';

const tags = ['Penilaian level'];
const params = z.object({ id: Id });
const error = (d: string) => jsonContent(ErrorResponse, d);
const body = <T>(schema: T, d: string) => ({ ...jsonContent(schema, d), required: true });

export function assessmentsRoutes({ db, config }: Deps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/rubrics',
        tags,
        summary: 'Rubrik penilaian yang berlaku dan semua versinya',
        responses: { 200: jsonContent(RubricList, 'Rubrik') },
      }),
      async (c) => c.json(await rubrics.listRubrics(db), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/rubrics/{id}',
        tags,
        summary: 'Satu versi rubrik (versi lama hanya dapat dibaca)',
        request: { params },
        responses: { 200: jsonContent(Rubric, 'Rubrik'), 404: error('Tidak ditemukan') },
      }),
      async (c) => c.json(await rubrics.getRubric(db, c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/rubrics',
        tags,
        summary: 'Simpan rubrik yang diubah sebagai versi baru',
        request: { body: body(RubricInput, 'Rubrik') },
        responses: { 201: jsonContent(Rubric, 'Versi baru'), 400: error('Rubrik tidak valid') },
      }),
      async (c) => c.json(await rubrics.createRubric(db, c.req.valid('json'), c.var.caller), 201),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/businesses/{id}/level',
        tags,
        summary: 'Level saat ini, riwayat level dan penilaian satu usaha',
        request: { params },
        responses: { 200: jsonContent(BusinessLevel, 'Level'), 404: error('Tidak ditemukan') },
      }),
      async (c) => c.json(await assessments.businessLevel(db, c.req.valid('param').id, c.var.caller), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/businesses/{id}/assessment-draft',
        tags,
        summary: 'Formulir penilaian: rubrik yang berlaku dan isian awal dari registri',
        request: { params },
        responses: { 200: jsonContent(AssessmentDraft, 'Draf'), 404: error('Tidak ditemukan') },
      }),
      async (c) => c.json(await assessments.assessmentDraft(db, c.req.valid('param').id, c.var.caller), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/businesses/{id}/assessments',
        tags,
        summary: 'Simpan penilaian: level saran dihitung, level dikonfirmasi atau diubah dengan alasan',
        request: { params, body: body(AssessmentInput, 'Penilaian') },
        responses: {
          201: jsonContent(AssessmentSaved, 'Tersimpan'),
          400: error('Isian tidak valid'),
          404: error('Tidak ditemukan'),
          409: error('Rubrik sudah diperbarui'),
        },
      }),
      async (c) =>
        c.json(
          await assessments.createAssessment(db, c.req.valid('param').id, c.req.valid('json'), {
            config,
            caller: c.var.caller,
          }),
          201,
        ),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/businesses/{id}/needs',
        tags,
        summary: 'Kebutuhan per pilar satu usaha',
        request: { params },
        responses: { 200: jsonContent(NeedList, 'Kebutuhan'), 404: error('Tidak ditemukan') },
      }),
      async (c) => c.json(await needs.listNeeds(db, c.req.valid('param').id, c.var.caller), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/businesses/{id}/needs',
        tags,
        summary: 'Tambah kebutuhan',
        request: { params, body: body(NeedInput, 'Kebutuhan') },
        responses: {
          201: jsonContent(Need, 'Tersimpan'),
          400: error('Isian tidak valid'),
          404: error('Tidak ditemukan'),
        },
      }),
      async (c) =>
        c.json(await needs.addNeed(db, c.req.valid('param').id, c.req.valid('json'), c.var.caller), 201),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/needs/{id}',
        tags,
        summary: 'Ubah, tutup (terpenuhi) atau batalkan kebutuhan',
        request: { params, body: body(NeedPatch, 'Perubahan') },
        responses: {
          200: jsonContent(Need, 'Tersimpan'),
          400: error('Isian tidak valid'),
          404: error('Tidak ditemukan'),
          409: error('Diubah orang lain'),
        },
      }),
      async (c) =>
        c.json(await needs.patchNeed(db, c.req.valid('param').id, c.req.valid('json'), c.var.caller), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/reports/level',
        tags,
        summary: 'Naik / turun kelas per periode dan kecamatan; level saat ini per kecamatan',
        request: { query: LevelReportQuery },
        responses: { 200: jsonContent(LevelReport, 'Laporan') },
      }),
      async (c) =>
        c.json(await levelReport(db, config.region, c.var.caller.scope, c.req.valid('query')), 200),
    );
}
