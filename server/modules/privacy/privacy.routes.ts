import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ErrorResponse, Id } from '../../../shared/contracts/common.ts';
import {
  Breach,
  BreachInput,
  BreachList,
  BreachPatch,
  ConsentInput,
  EraseInput,
  EraseResult,
  LegalBasisHistory,
  PublicTaskInput,
  SubjectData,
  SubjectRequest,
  SubjectRequestClose,
  SubjectRequestInput,
  SubjectRequestPage,
  SubjectRequestQuery,
  WithdrawInput,
} from '../../../shared/contracts/privacy.ts';
import type { Deps } from '../../http/deps.ts';
import { createRouter, jsonContent } from '../../http/router.ts';
import * as breaches from './privacy.breaches.ts';
import { subjectDataPdf } from './privacy.pdf.ts';
import * as requests from './privacy.requests.ts';
import * as service from './privacy.service.ts';
import { subjectData } from './privacy.subject-data.ts';

const tags = ['Data pribadi (UU PDP)'];
const params = z.object({ id: Id });
const errors = {
  400: jsonContent(ErrorResponse, 'Isian tidak valid'),
  404: jsonContent(ErrorResponse, 'Tidak ditemukan'),
  409: jsonContent(
    ErrorResponse,
    'Keadaan tidak memungkinkan (sudah dihapus, tidak ada persetujuan, sudah ditutup)',
  ),
};
const body = <T>(schema: T, description: string) => ({ ...jsonContent(schema, description), required: true });
const attachment = (id: number, ext: string) => `attachment; filename="data-pribadi-${id}.${ext}"`;

function basisRoutes({ db }: Deps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/people/{id}/legal-basis',
        tags,
        summary: 'Riwayat dasar hukum pemrosesan data seorang pelaku',
        request: { params },
        responses: { 200: jsonContent(LegalBasisHistory, 'Dasar hukum'), 404: errors[404] },
      }),
      async (c) => c.json(await service.legalBasisHistory(db, c.req.valid('param').id, c.var.caller), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/people/{id}/consent',
        tags,
        summary: 'Catat persetujuan (versi naskah, cara, tujuan, waktu, petugas)',
        request: { params, body: body(ConsentInput, 'Persetujuan') },
        responses: { 201: jsonContent(LegalBasisHistory, 'Tercatat'), ...errors },
      }),
      async (c) =>
        c.json(
          await service.recordConsent(db, c.req.valid('param').id, c.req.valid('json'), c.var.caller),
          201,
        ),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/people/{id}/public-task',
        tags,
        summary: 'Catat pelaksanaan tugas publik sebagai dasar hukum',
        request: { params, body: body(PublicTaskInput, 'Dasar tugas publik') },
        responses: { 201: jsonContent(LegalBasisHistory, 'Tercatat'), ...errors },
      }),
      async (c) =>
        c.json(
          await service.recordPublicTask(db, c.req.valid('param').id, c.req.valid('json').note, c.var.caller),
          201,
        ),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/people/{id}/withdraw-consent',
        tags,
        summary: 'Tarik persetujuan: pelaku dan usahanya segera hilang dari daftar, ekspor dan katalog',
        request: { params, body: body(WithdrawInput, 'Alasan penarikan') },
        responses: { 200: jsonContent(LegalBasisHistory, 'Ditarik'), ...errors },
      }),
      async (c) =>
        c.json(
          await service.withdrawConsent(
            db,
            c.req.valid('param').id,
            c.req.valid('json').reason,
            c.var.caller,
          ),
          200,
        ),
    );
}

function subjectRoutes({ db }: Deps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/people/{id}/subject-data',
        tags,
        summary:
          'Semua data tentang seseorang (salinan untuk subjek data; NIK dan HP utuh; dicatat di log audit)',
        request: { params },
        responses: { 200: jsonContent(SubjectData, 'Salinan data'), 404: errors[404] },
      }),
      async (c) => {
        const id = c.req.valid('param').id;
        const data = await subjectData(db, id, c.var.caller, 'json');
        return c.json(data, 200, { 'content-disposition': attachment(id, 'json') });
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/people/{id}/subject-data.pdf',
        tags,
        summary: 'Salinan data yang sama sebagai PDF dalam Bahasa Indonesia',
        request: { params },
        responses: {
          200: {
            content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } },
            description: 'PDF',
          },
          404: errors[404],
        },
      }),
      async (c) => {
        const id = c.req.valid('param').id;
        const pdf = subjectDataPdf(await subjectData(db, id, c.var.caller, 'pdf'));
        return c.body(new Uint8Array(pdf), 200, {
          'content-type': 'application/pdf',
          'content-disposition': attachment(id, 'pdf'),
        });
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/people/{id}/erase',
        tags,
        summary: 'Hapus data pribadi atas permintaan (usaha tetap sebagai statistik tanpa nama)',
        request: { params, body: body(EraseInput, 'Alasan penghapusan') },
        responses: { 200: jsonContent(EraseResult, 'Terhapus'), ...errors },
      }),
      async (c) =>
        c.json(
          await service.erasePerson(db, c.req.valid('param').id, c.req.valid('json').reason, c.var.caller),
          200,
        ),
    );
}

function requestRoutes({ db }: Deps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/subject-requests',
        tags,
        summary: 'Daftar permintaan subjek data dengan batas waktunya',
        request: { query: SubjectRequestQuery },
        responses: { 200: jsonContent(SubjectRequestPage, 'Satu halaman'), 400: errors[400] },
      }),
      async (c) => c.json(await requests.listSubjectRequests(db, c.req.valid('query'), c.var.caller), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/subject-requests',
        tags,
        summary: 'Catat permintaan subjek data (batas waktu dihitung menurut UU PDP)',
        request: { body: body(SubjectRequestInput, 'Permintaan') },
        responses: { 201: jsonContent(SubjectRequest, 'Tercatat'), 400: errors[400], 404: errors[404] },
      }),
      async (c) => c.json(await requests.createSubjectRequest(db, c.req.valid('json'), c.var.caller), 201),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/subject-requests/{id}',
        tags,
        summary: 'Tutup permintaan dengan hasilnya',
        request: { params, body: body(SubjectRequestClose, 'Hasil') },
        responses: { 200: jsonContent(SubjectRequest, 'Ditutup'), ...errors },
      }),
      async (c) =>
        c.json(
          await requests.closeSubjectRequest(db, c.req.valid('param').id, c.req.valid('json'), c.var.caller),
          200,
        ),
    );
}

function breachRoutes({ db }: Deps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/breaches',
        tags,
        summary: 'Register pelanggaran data dengan batas pemberitahuan 3×24 jam',
        responses: { 200: jsonContent(BreachList, 'Register') },
      }),
      async (c) => c.json(await breaches.listBreaches(db), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/breaches',
        tags,
        summary: 'Catat pelanggaran data',
        request: { body: body(BreachInput, 'Pelanggaran') },
        responses: { 201: jsonContent(Breach, 'Tercatat'), 400: errors[400] },
      }),
      async (c) => c.json(await breaches.createBreach(db, c.req.valid('json'), c.var.caller), 201),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/breaches/{id}',
        tags,
        summary: 'Catat pemberitahuan kepada subjek data dan lembaga, atau status',
        request: { params, body: body(BreachPatch, 'Perubahan') },
        responses: { 200: jsonContent(Breach, 'Tersimpan'), 400: errors[400], 404: errors[404] },
      }),
      async (c) =>
        c.json(
          await breaches.updateBreach(db, c.req.valid('param').id, c.req.valid('json'), c.var.caller),
          200,
        ),
    );
}

/** Legal basis, the subject's rights (access, erasure, requests) and the breach register. */
export function privacyRoutes(deps: Deps) {
  return createRouter()
    .route('/', basisRoutes(deps))
    .route('/', subjectRoutes(deps))
    .route('/', requestRoutes(deps))
    .route('/', breachRoutes(deps));
}
