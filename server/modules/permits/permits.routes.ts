import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ErrorResponse, Id, pageOf } from '../../../shared/contracts/common.ts';
import {
  Permit,
  PermitInput,
  PermitListQuery,
  PermitPatch,
  PermitSaved,
} from '../../../shared/contracts/permits.ts';
import type { Deps } from '../../http/deps.ts';
import { createRouter, jsonContent } from '../../http/router.ts';
import * as service from './permits.service.ts';

const tags = ['Izin'];
const params = z.object({ id: Id });
const PermitPage = pageOf(Permit).meta({ id: 'PermitPage' });
const errors = {
  400: jsonContent(ErrorResponse, 'Isian tidak valid'),
  404: jsonContent(ErrorResponse, 'Tidak ditemukan'),
  409: jsonContent(ErrorResponse, 'Bentrok versi atau nomor duplikat'),
};

export function permitsRoutes({ db, config }: Deps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/permits',
        tags,
        summary: 'Daftar izin',
        request: { query: PermitListQuery },
        responses: { 200: jsonContent(PermitPage, 'Satu halaman izin'), 400: errors[400] },
      }),
      async (c) => c.json(await service.listPermits(db, c.req.valid('query'), c.var.caller), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/businesses/{id}/permits',
        tags,
        summary: 'Tambah izin usaha',
        request: { params, body: { ...jsonContent(PermitInput, 'Izin baru'), required: true } },
        responses: { 201: jsonContent(PermitSaved, 'Tersimpan'), ...errors },
      }),
      async (c) =>
        c.json(
          await service.createPermit(db, c.req.valid('param').id, c.req.valid('json'), {
            config,
            caller: c.var.caller,
          }),
          201,
        ),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/permits/{id}',
        tags,
        summary: 'Ubah izin',
        request: { params, body: { ...jsonContent(PermitPatch, 'Perubahan'), required: true } },
        responses: { 200: jsonContent(PermitSaved, 'Tersimpan'), ...errors },
      }),
      async (c) =>
        c.json(
          await service.updatePermit(db, c.req.valid('param').id, c.req.valid('json'), {
            config,
            caller: c.var.caller,
          }),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/permits/{id}',
        tags,
        summary: 'Hapus izin',
        request: { params },
        responses: { 204: { description: 'Terhapus' }, 404: errors[404] },
      }),
      async (c) => {
        await service.deletePermit(db, c.req.valid('param').id, c.var.caller);
        return c.body(null, 204);
      },
    );
}
