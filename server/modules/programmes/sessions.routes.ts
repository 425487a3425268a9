import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ErrorResponse, Id } from '../../../shared/contracts/common.ts';
import {
  EnrolInput,
  EnrolPreview,
  EnrolResult,
  Participant,
  ParticipantPatch,
  SessionDetail,
  SessionPatch,
  WithdrawResult,
} from '../../../shared/contracts/programmes.ts';
import type { Deps } from '../../http/deps.ts';
import { createRouter, jsonContent } from '../../http/router.ts';
import { participantCertificate } from './certificate.ts';
import * as enrolment from './enrolment.service.ts';
import * as service from './programmes.service.ts';

const tags = ['Program & pelatihan'];
const params = z.object({ id: Id });
const errors = {
  400: jsonContent(ErrorResponse, 'Isian tidak valid'),
  404: jsonContent(ErrorResponse, 'Tidak ditemukan'),
  409: jsonContent(ErrorResponse, 'Tidak dapat dilakukan pada keadaan ini'),
};
const body = <T>(schema: T, d: string) => ({ ...jsonContent(schema, d), required: true });

export function sessionsRoutes({ db }: Deps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/sessions/{id}',
        tags,
        summary: 'Satu sesi dengan pesertanya (terdaftar, lalu daftar tunggu berurutan)',
        request: { params },
        responses: { 200: jsonContent(SessionDetail, 'Sesi'), 404: errors[404] },
      }),
      async (c) => c.json(await service.getSession(db, c.req.valid('param').id, c.var.caller), 200),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/sessions/{id}',
        tags,
        summary: 'Ubah sesi; kuota yang lebih besar langsung mendudukkan daftar tunggu',
        request: { params, body: body(SessionPatch, 'Perubahan') },
        responses: { 200: jsonContent(SessionDetail, 'Diubah'), ...errors },
      }),
      async (c) =>
        c.json(
          await service.updateSession(db, c.req.valid('param').id, c.req.valid('json'), c.var.caller),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/sessions/{id}/enrol-preview',
        tags,
        summary: 'Berapa usaha yang cocok dengan filter (dan contohnya), tanpa mendaftarkan',
        request: { params, body: body(EnrolInput, 'Filter atau daftar usaha') },
        responses: { 200: jsonContent(EnrolPreview, 'Pratinjau'), 400: errors[400], 404: errors[404] },
      }),
      async (c) =>
        c.json(
          await enrolment.previewEnrol(db, c.req.valid('param').id, c.req.valid('json'), c.var.caller),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/sessions/{id}/enrol',
        tags,
        summary:
          'Daftarkan usaha dari filter atau daftar: sampai kuota terdaftar, sisanya daftar tunggu (urut ID usaha)',
        request: { params, body: body(EnrolInput, 'Filter atau daftar usaha') },
        responses: { 200: jsonContent(EnrolResult, 'Hasil'), 400: errors[400], 404: errors[404] },
      }),
      async (c) =>
        c.json(await enrolment.enrol(db, c.req.valid('param').id, c.req.valid('json'), c.var.caller), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/participants/{id}/withdraw',
        tags,
        summary: 'Peserta mundur; kursinya diberikan kepada urutan pertama daftar tunggu',
        request: { params },
        responses: { 200: jsonContent(WithdrawResult, 'Mundur'), 404: errors[404], 409: errors[409] },
      }),
      async (c) => c.json(await enrolment.withdraw(db, c.req.valid('param').id, c.var.caller), 200),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/participants/{id}',
        tags,
        summary: 'Catat kehadiran dan nilai pre-test/post-test (0–100)',
        request: { params, body: body(ParticipantPatch, 'Kehadiran dan nilai') },
        responses: { 200: jsonContent(Participant, 'Tersimpan'), ...errors },
      }),
      async (c) =>
        c.json(
          await enrolment.updateParticipant(db, c.req.valid('param').id, c.req.valid('json'), c.var.caller),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/participants/{id}/certificate.pdf',
        tags,
        summary: 'Sertifikat PDF untuk peserta yang hadir (dicatat di log audit)',
        request: { params },
        responses: {
          200: {
            content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } },
            description: 'PDF',
          },
          404: errors[404],
          409: errors[409],
        },
      }),
      async (c) => {
        const id = c.req.valid('param').id;
        const { pdf } = await participantCertificate(db, id, c.var.caller);
        return c.body(new Uint8Array(pdf), 200, {
          'content-type': 'application/pdf',
          'content-disposition': `attachment; filename="sertifikat-${id}.pdf"`,
        });
      },
    );
}
