import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ErrorResponse, Id } from '../../../shared/contracts/common.ts';
import { Visit, VisitList, VisitUpload } from '../../../shared/contracts/visits.ts';
import type { Deps } from '../../http/deps.ts';
import { createRouter, jsonContent } from '../../http/router.ts';
import * as service from './visits.service.ts';

const tags = ['Kunjungan pendampingan'];
const params = z.object({ id: Id });
const error = (d: string) => jsonContent(ErrorResponse, d);
const notFound = error('Tidak ditemukan atau di luar wilayah Anda');

/** The files of a multipart field that may hold one value or several. */
function filesOf(value: unknown) {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((f): f is File => f instanceof File && f.size > 0);
}

export function visitsRoutes({ db, config }: Deps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'post',
        path: '/businesses/{id}/visits',
        tags,
        summary:
          'Catat kunjungan pendampingan (multipart: data JSON dan 0-3 foto); tindak lanjut menjadi intervensi',
        request: {
          params,
          body: { content: { 'multipart/form-data': { schema: VisitUpload } }, required: true },
        },
        responses: {
          201: jsonContent(Visit, 'Kunjungan dicatat'),
          400: error('Isian atau foto tidak valid'),
          404: notFound,
          413: error('Terlalu besar'),
        },
      }),
      async (c) => {
        const form = c.req.valid('form');
        const photos = await Promise.all(
          filesOf(form.photos).map(async (f) => ({
            name: f.name,
            bytes: new Uint8Array(await f.arrayBuffer()),
          })),
        );
        const visit = await service.recordVisit(
          db,
          c.req.valid('param').id,
          { data: form.data, photos },
          { config, caller: c.var.caller },
        );
        return c.json(visit, 201);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/businesses/{id}/visits',
        tags,
        summary: 'Kunjungan pendampingan satu usaha, terbaru dahulu',
        request: { params },
        responses: { 200: jsonContent(VisitList, 'Kunjungan'), 404: notFound },
      }),
      async (c) => c.json(await service.listVisits(db, c.req.valid('param').id, c.var.caller), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/visits/{id}/photos/{n}',
        tags,
        summary: 'Foto kunjungan (tanpa metadata lokasi)',
        request: { params: z.object({ id: Id, n: z.coerce.number().int().min(1).max(3) }) },
        responses: {
          200: {
            content: {
              'image/jpeg': { schema: z.any() },
              'image/png': { schema: z.any() },
            },
            description: 'Gambar',
          },
          404: notFound,
        },
      }),
      async (c) => {
        const { id, n } = c.req.valid('param');
        const photo = await service.getPhoto(db, id, n, c.var.caller);
        return c.body(new Uint8Array(photo.bytes), 200, {
          'content-type': photo.contentType,
          'cache-control': 'private, max-age=3600',
          'x-content-type-options': 'nosniff',
        });
      },
    );
}
