import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ErrorResponse, Id } from '../../../shared/contracts/common.ts';
import {
  ApplyTemplate,
  BusinessRoadmap,
  InterventionDetail,
  InterventionInput,
  InterventionPatch,
  MyWork,
  RoadmapInput,
  RoadmapOptions,
  RoadmapPatch,
  RoadmapSummary,
  SatisfactionInput,
  SatisfactionLink,
  StatusChange,
} from '../../../shared/contracts/roadmaps.ts';
import type { Deps } from '../../http/deps.ts';
import { createRouter, jsonContent } from '../../http/router.ts';
import * as service from './roadmap.service.ts';
import { changeStatus } from './roadmap.status.ts';
import { createSatisfactionLink, recordSatisfaction } from './satisfaction.ts';
import { applyTemplate } from './templates.ts';
import { myWork, roadmapOptions, roadmapSummary } from './work.service.ts';

const tags = ['Rencana pendampingan'];
const params = z.object({ id: Id });
const error = (d: string) => jsonContent(ErrorResponse, d);
const body = <T>(schema: T, d: string) => ({ ...jsonContent(schema, d), required: true });
const notFound = error('Tidak ditemukan atau di luar wilayah Anda');

export function roadmapRoutes({ db, config }: Deps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/businesses/{id}/roadmap',
        tags,
        summary: 'Rencana pendampingan aktif satu usaha, dengan intervensinya',
        request: { params },
        responses: { 200: jsonContent(BusinessRoadmap, 'Rencana (null bila belum ada)'), 404: notFound },
      }),
      async (c) => c.json(await service.getBusinessRoadmap(db, c.req.valid('param').id, c.var.caller), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/businesses/{id}/roadmap',
        tags,
        summary: 'Buat rencana pendampingan (satu rencana aktif per usaha)',
        request: { params, body: body(RoadmapInput, 'Target dan penanggung jawab') },
        responses: {
          200: jsonContent(BusinessRoadmap, 'Dibuat'),
          400: error('Isian tidak valid'),
          404: notFound,
          409: error('Sudah ada rencana aktif'),
        },
      }),
      async (c) =>
        c.json(
          await service.createRoadmap(db, c.req.valid('param').id, c.req.valid('json'), {
            config,
            caller: c.var.caller,
          }),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/roadmaps/{id}',
        tags,
        summary: 'Ubah target, penanggung jawab, catatan; atau tutup rencana',
        request: { params, body: body(RoadmapPatch, 'Perubahan') },
        responses: {
          200: jsonContent(BusinessRoadmap, 'Diubah'),
          400: error('Isian tidak valid'),
          404: notFound,
          409: error('Diubah orang lain atau sudah ditutup'),
        },
      }),
      async (c) =>
        c.json(
          await service.updateRoadmap(db, c.req.valid('param').id, c.req.valid('json'), {
            config,
            caller: c.var.caller,
          }),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/roadmaps/{id}/interventions',
        tags,
        summary: 'Tambah intervensi',
        request: { params, body: body(InterventionInput, 'Intervensi') },
        responses: {
          200: jsonContent(InterventionDetail, 'Ditambahkan'),
          400: error('Isian tidak valid'),
          404: notFound,
          409: error('Rencana sudah ditutup'),
        },
      }),
      async (c) =>
        c.json(
          await service.addIntervention(db, c.req.valid('param').id, c.req.valid('json'), {
            config,
            caller: c.var.caller,
          }),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/roadmaps/{id}/apply-template',
        tags,
        summary: 'Terapkan templat: intervensinya ditambahkan ke rencana, lalu dapat disesuaikan',
        request: { params, body: body(ApplyTemplate, 'Templat dan tanggal awal') },
        responses: {
          200: jsonContent(BusinessRoadmap, 'Diterapkan'),
          400: error('Isian tidak valid'),
          404: notFound,
          409: error('Rencana sudah ditutup'),
        },
      }),
      async (c) =>
        c.json(
          await applyTemplate(db, c.req.valid('param').id, c.req.valid('json'), {
            config,
            caller: c.var.caller,
          }),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/interventions/{id}',
        tags,
        summary: 'Satu intervensi dengan riwayat statusnya',
        request: { params },
        responses: { 200: jsonContent(InterventionDetail, 'Intervensi'), 404: notFound },
      }),
      async (c) => c.json(await service.getIntervention(db, c.req.valid('param').id, c.var.caller), 200),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/interventions/{id}',
        tags,
        summary: 'Ubah isi intervensi (status diubah lewat /status)',
        request: { params, body: body(InterventionPatch, 'Perubahan') },
        responses: {
          200: jsonContent(InterventionDetail, 'Diubah'),
          400: error('Isian tidak valid'),
          404: notFound,
          409: error('Diubah orang lain'),
        },
      }),
      async (c) =>
        c.json(
          await service.updateIntervention(db, c.req.valid('param').id, c.req.valid('json'), {
            config,
            caller: c.var.caller,
          }),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/interventions/{id}/status',
        tags,
        summary: 'Ubah status menurut alur yang diizinkan; hasil wajib saat selesai',
        request: { params, body: body(StatusChange, 'Status baru') },
        responses: {
          200: jsonContent(InterventionDetail, 'Diubah'),
          400: error('Hasil atau catatan belum diisi'),
          404: notFound,
          409: error('Perpindahan status tidak diizinkan, atau diubah orang lain'),
        },
      }),
      async (c) => {
        const id = c.req.valid('param').id;
        await service.interventionInScope(db, id, c.var.caller);
        await changeStatus(db, id, c.req.valid('json'), { config, caller: c.var.caller });
        return c.json(await service.getIntervention(db, id, c.var.caller), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/interventions/{id}/satisfaction',
        tags,
        summary: 'Catat kepuasan pelaku usaha (1–5 dan komentar) setelah intervensi selesai',
        request: { params, body: body(SatisfactionInput, 'Jawaban') },
        responses: {
          200: jsonContent(InterventionDetail, 'Dicatat'),
          400: error('Isian tidak valid'),
          404: notFound,
          409: error('Intervensi belum selesai'),
        },
      }),
      async (c) =>
        c.json(
          await recordSatisfaction(db, c.req.valid('param').id, c.req.valid('json'), {
            config,
            caller: c.var.caller,
          }),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/interventions/{id}/satisfaction-link',
        tags,
        summary: 'Buat tautan survei kepuasan untuk pemilik usaha (ditampilkan sekali)',
        request: { params },
        responses: {
          200: jsonContent(SatisfactionLink, 'Tautan'),
          404: notFound,
          409: error('Intervensi belum selesai'),
        },
      }),
      async (c) =>
        c.json(
          await createSatisfactionLink(db, c.req.valid('param').id, { config, caller: c.var.caller }),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/my-work',
        tags,
        summary: 'Pekerjaan saya: usaha yang saya dampingi, intervensi terlambat dan 14 hari ke depan',
        responses: { 200: jsonContent(MyWork, 'Pekerjaan') },
      }),
      async (c) => c.json(await myWork(db, c.var.caller), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/roadmap-options',
        tags,
        summary: 'Pilihan penanggung jawab dan kantor mitra untuk formulir intervensi',
        responses: { 200: jsonContent(RoadmapOptions, 'Pilihan') },
      }),
      async (c) => c.json(await roadmapOptions(db, c.var.caller), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/roadmap-summary',
        tags,
        summary: 'Jumlah intervensi per pilar × status (dan terlambat) di wilayah Anda',
        responses: { 200: jsonContent(RoadmapSummary, 'Ringkasan') },
      }),
      async (c) => c.json(await roadmapSummary(db, c.var.caller), 200),
    );
}
