import { Readable } from 'node:stream';
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ErrorResponse, Id } from '../../../shared/contracts/common.ts';
import {
  Import,
  ImportCommit,
  ImportList,
  ImportPatch,
  ImportPreview,
  ImportSourceList,
  ImportUpload,
  SourceRowList,
  SourceRowQuery,
} from '../../../shared/contracts/imports.ts';
import type { Deps } from '../../http/deps.ts';
import { AppError } from '../../http/errors.ts';
import { createRouter, jsonContent } from '../../http/router.ts';
import { annotatedWorkbook } from './imports.annotated.ts';
import * as service from './imports.service.ts';

const tags = ['Impor'];
const params = z.object({ id: Id });
const error = (d: string) => jsonContent(ErrorResponse, d);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const action = (path: string, summary: string) =>
  createRoute({
    method: 'post',
    path: `/imports/{id}/${path}`,
    tags,
    summary,
    request: { params },
    responses: {
      200: jsonContent(Import, 'Impor'),
      404: error('Tidak ditemukan'),
      409: error('Keadaan tidak sesuai'),
    },
  });

export function importsRoutes({ db, config }: Deps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/imports',
        tags,
        summary: 'Daftar impor',
        responses: { 200: jsonContent(ImportList, 'Impor') },
      }),
      async (c) => c.json(await service.listImports(db, c.var.caller), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/imports',
        tags,
        summary: 'Unggah spreadsheet (.xlsx, .ods, .csv): lembar, baris judul dan pemetaan kolom dikenali',
        request: { body: { content: { 'multipart/form-data': { schema: ImportUpload } }, required: true } },
        responses: {
          201: jsonContent(Import, 'Impor dibuat'),
          400: error('Berkas tidak dapat dibaca'),
          413: error('Terlalu besar'),
        },
      }),
      async (c) => {
        const form = c.req.valid('form');
        const file = form.file as unknown;
        if (!(file instanceof File))
          throw new AppError('VALIDATION_FAILED', 'Pilih berkas spreadsheet yang akan diimpor.');
        const bytes = Buffer.from(await file.arrayBuffer());
        const ctx = { config, caller: c.var.caller };
        const result = await service.uploadImport(
          db,
          { fileName: file.name, bytes, source: form.source, sheet: form.sheet },
          ctx,
        );
        return c.json(result, 201);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/imports/{id}',
        tags,
        summary: 'Keadaan impor dan kemajuannya',
        request: { params },
        responses: { 200: jsonContent(Import, 'Impor'), 404: error('Tidak ditemukan') },
      }),
      async (c) => c.json(await service.getImport(db, c.req.valid('param').id, c.var.caller), 200),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/imports/{id}',
        tags,
        summary: 'Pilih lembar lain atau perbaiki pemetaan kolom',
        request: { params, body: { ...jsonContent(ImportPatch, 'Perubahan'), required: true } },
        responses: {
          200: jsonContent(Import, 'Impor'),
          400: error('Tidak valid'),
          404: error('Tidak ditemukan'),
          409: error('Keadaan tidak sesuai'),
        },
      }),
      async (c) =>
        c.json(
          await service.patchImport(db, c.req.valid('param').id, c.req.valid('json'), {
            config,
            caller: c.var.caller,
          }),
          200,
        ),
    )
    .openapi(
      action('validate', 'Uji coba: periksa setiap baris tanpa menyimpan (pekerjaan latar)'),
      async (c) =>
        c.json(
          await service.startValidation(db, c.req.valid('param').id, { config, caller: c.var.caller }),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/imports/{id}/commit',
        tags,
        summary: 'Simpan baris yang lolos pemeriksaan dan tautkan ke registri (pekerjaan latar)',
        request: { params, body: { ...jsonContent(ImportCommit, 'Cara menyimpan'), required: true } },
        responses: {
          200: jsonContent(Import, 'Impor'),
          404: error('Tidak ditemukan'),
          409: error('Keadaan tidak sesuai atau ada baris ditolak'),
        },
      }),
      async (c) => {
        const { mode } = c.req.valid('json');
        const ctx = { config, caller: c.var.caller };
        return c.json(await service.startCommit(db, c.req.valid('param').id, mode, ctx), 200);
      },
    )
    .openapi(action('cancel', 'Batalkan impor yang belum disimpan'), async (c) =>
      c.json(await service.cancelImport(db, c.req.valid('param').id, { config, caller: c.var.caller }), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/imports/{id}/rows',
        tags,
        summary: 'Hasil pemeriksaan per baris (status dan keterangan)',
        request: { params, query: SourceRowQuery },
        responses: { 200: jsonContent(SourceRowList, 'Baris'), 404: error('Tidak ditemukan') },
      }),
      async (c) =>
        c.json(
          await service.listSourceRows(db, c.req.valid('param').id, c.req.valid('query'), c.var.caller),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/imports/{id}/preview',
        tags,
        summary: 'Beberapa baris data pertama',
        request: { params },
        responses: { 200: jsonContent(ImportPreview, 'Pratinjau'), 404: error('Tidak ditemukan') },
      }),
      async (c) => c.json(await service.previewImport(db, c.req.valid('param').id, c.var.caller), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/imports/{id}/annotated.xlsx',
        tags,
        summary: 'Berkas asli dengan kolom Status dan Keterangan per baris, sel yang salah ditandai',
        request: { params },
        responses: {
          200: { content: { [XLSX]: { schema: z.string() } }, description: 'Berkas xlsx' },
          404: error('Tidak ditemukan'),
        },
      }),
      async (c) => {
        const { stream, fileName } = await annotatedWorkbook(db, c.req.valid('param').id, c.var.caller);
        return new Response(Readable.toWeb(stream) as ReadableStream, {
          headers: {
            'content-type': XLSX,
            'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
          },
        }) as never;
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/import-sources',
        tags,
        summary: 'Kantor asal data dan templat pemetaannya',
        responses: { 200: jsonContent(ImportSourceList, 'Sumber') },
      }),
      async (c) => c.json(await service.listSources(db), 200),
    );
}
