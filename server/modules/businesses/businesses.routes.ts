import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  BusinessCount,
  BusinessDetail,
  BusinessInput,
  BusinessListQuery,
  BusinessPage,
  BusinessPatch,
  BusinessSaved,
} from '../../../shared/contracts/businesses.ts';
import { ErrorResponse, Id } from '../../../shared/contracts/common.ts';
import { HistoryList } from '../../../shared/contracts/history.ts';
import type { Deps } from '../../http/deps.ts';
import { createRouter, jsonContent } from '../../http/router.ts';
import * as service from './businesses.service.ts';

const tags = ['Usaha'];
const params = z.object({ id: Id });
const errors = {
  400: jsonContent(ErrorResponse, 'Isian tidak valid'),
  404: jsonContent(ErrorResponse, 'Tidak ditemukan'),
  409: jsonContent(ErrorResponse, 'Bentrok versi atau duplikat'),
};

export function businessesRoutes({ db, config }: Deps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/businesses',
        tags,
        summary: 'Daftar usaha (filter, pencarian, kursor)',
        request: { query: BusinessListQuery },
        responses: { 200: jsonContent(BusinessPage, 'Satu halaman usaha'), 400: errors[400] },
      }),
      async (c) => c.json(await service.listBusinesses(db, c.req.valid('query'), c.var.caller), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/businesses/count',
        tags,
        summary: 'Jumlah usaha dengan saringan daftar yang sama',
        request: { query: BusinessListQuery.omit({ limit: true, cursor: true }) },
        responses: { 200: jsonContent(BusinessCount, 'Jumlah'), 400: errors[400] },
      }),
      async (c) => c.json(await service.countBusinesses(db, c.req.valid('query'), c.var.caller), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/businesses/{id}',
        tags,
        summary: 'Profil usaha',
        request: { params },
        responses: { 200: jsonContent(BusinessDetail, 'Profil usaha'), 404: errors[404] },
      }),
      async (c) => c.json(await service.getBusiness(db, c.req.valid('param').id, c.var.caller), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/businesses',
        tags,
        summary: 'Tambah usaha (dan pemilik baru)',
        request: { body: { ...jsonContent(BusinessInput, 'Usaha baru'), required: true } },
        responses: { 201: jsonContent(BusinessSaved, 'Tersimpan'), ...errors },
      }),
      async (c) =>
        c.json(await service.createBusiness(db, c.req.valid('json'), { config, caller: c.var.caller }), 201),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/businesses/{id}',
        tags,
        summary: 'Ubah usaha',
        request: { params, body: { ...jsonContent(BusinessPatch, 'Perubahan'), required: true } },
        responses: { 200: jsonContent(BusinessSaved, 'Tersimpan'), ...errors },
      }),
      async (c) =>
        c.json(
          await service.updateBusiness(db, c.req.valid('param').id, c.req.valid('json'), {
            config,
            caller: c.var.caller,
          }),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/businesses/{id}/history',
        tags,
        summary: 'Riwayat perubahan usaha dan izinnya',
        request: { params },
        responses: { 200: jsonContent(HistoryList, 'Riwayat'), 404: errors[404] },
      }),
      async (c) => c.json(await service.businessHistory(db, c.req.valid('param').id, c.var.caller), 200),
    );
}
