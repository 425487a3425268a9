import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ErrorResponse, Id } from '../../../shared/contracts/common.ts';
import { Export, ExportList, ExportRequest } from '../../../shared/contracts/exports.ts';
import type { Deps } from '../../http/deps.ts';
import { createRouter, jsonContent } from '../../http/router.ts';
import * as service from './exports.service.ts';

const tags = ['Ekspor'];
const params = z.object({ id: Id });
const error = (d: string) => jsonContent(ErrorResponse, d);

export function exportsRoutes({ db, config }: Deps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'post',
        path: '/exports',
        tags,
        summary: 'Mulai ekspor daftar usaha (xlsx/csv) sebagai pekerjaan latar',
        description:
          'Semua baris yang cocok dengan filter di wilayah pengguna, tanpa batas jumlah. Data pribadi hanya dengan tujuan, dan tercatat di log audit.',
        request: { body: { content: { 'application/json': { schema: ExportRequest } }, required: true } },
        responses: {
          201: jsonContent(Export, 'Ekspor dijadwalkan'),
          400: error('Isian tidak valid'),
          403: error('Peran tidak boleh mengekspor data pribadi'),
          429: error('Terlalu banyak ekspor yang berjalan'),
        },
      }),
      async (c) =>
        c.json(await service.createExport(db, c.req.valid('json'), { config, caller: c.var.caller }), 201),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/exports',
        tags,
        summary: 'Ekspor saya (terbaru dahulu), dengan kemajuannya',
        responses: { 200: jsonContent(ExportList, 'Ekspor') },
      }),
      async (c) => c.json(await service.listExports(db, config, c.var.caller), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/exports/{id}',
        tags,
        summary: 'Satu ekspor saya dan kemajuannya',
        request: { params },
        responses: { 200: jsonContent(Export, 'Ekspor'), 404: error('Tidak ditemukan') },
      }),
      async (c) => c.json(await service.getExport(db, c.req.valid('param').id, c.var.caller), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/exports/{id}/file',
        tags,
        summary: 'Unduh berkas ekspor yang sudah selesai',
        request: { params },
        responses: {
          200: {
            content: {
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string() },
              'text/csv': { schema: z.string() },
            },
            description: 'Berkas',
          },
          404: error('Tidak ditemukan'),
          409: error('Belum selesai'),
          410: error('Sudah dihapus (masa simpan lewat)'),
        },
      }),
      async (c) => {
        const f = await service.downloadExport(db, c.req.valid('param').id, { config, caller: c.var.caller });
        return new Response(f.body, {
          headers: {
            'content-type': f.type,
            'content-length': String(f.size),
            'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(f.fileName)}`,
            'cache-control': 'no-store',
          },
        }) as never;
      },
    );
}
