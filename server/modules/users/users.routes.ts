import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ROLES } from '../../../shared/contracts/auth.ts';
import { ErrorResponse, Id, PageQuery } from '../../../shared/contracts/common.ts';
import { User, UserInput, UserPage, UserPatch } from '../../../shared/contracts/users.ts';
import type { Deps } from '../../http/deps.ts';
import { createRouter, jsonContent } from '../../http/router.ts';
import * as service from './users.service.ts';

const tags = ['Pengguna'];
const params = z.object({ id: Id });
const error = (d: string) => jsonContent(ErrorResponse, d);
const UserQuery = PageQuery.extend({
  q: z.string().trim().max(60).optional(),
  role: z.enum(ROLES).optional(),
});

export function usersRoutes({ db, config }: Deps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/users',
        tags,
        summary: 'Daftar pengguna',
        request: { query: UserQuery },
        responses: { 200: jsonContent(UserPage, 'Satu halaman pengguna') },
      }),
      async (c) => c.json(await service.listUsers(db, c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/users',
        tags,
        summary: 'Tambah pengguna dengan peran dan wilayah kerja',
        request: { body: { ...jsonContent(UserInput, 'Pengguna baru'), required: true } },
        responses: {
          201: jsonContent(User, 'Tersimpan'),
          400: error('Isian tidak valid'),
          409: error('Nama pengguna sudah dipakai'),
        },
      }),
      async (c) =>
        c.json(await service.createUser(db, c.req.valid('json'), { config, caller: c.var.caller }), 201),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/users/{id}',
        tags,
        summary: 'Ubah peran, wilayah, status atau kata sandi pengguna',
        request: { params, body: { ...jsonContent(UserPatch, 'Perubahan'), required: true } },
        responses: {
          200: jsonContent(User, 'Tersimpan'),
          400: error('Isian tidak valid'),
          404: error('Tidak ditemukan'),
          409: error('Bentrok versi'),
        },
      }),
      async (c) =>
        c.json(
          await service.updateUser(db, c.req.valid('param').id, c.req.valid('json'), {
            config,
            caller: c.var.caller,
          }),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/users/{id}/revoke-sessions',
        tags,
        summary: 'Tutup semua sesi pengguna',
        request: { params },
        responses: { 204: { description: 'Sesi ditutup' }, 404: error('Tidak ditemukan') },
      }),
      async (c) => {
        await service.revokeSessions(db, c.req.valid('param').id, c.var.caller);
        return c.body(null, 204);
      },
    );
}
