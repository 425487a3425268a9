import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ErrorResponse, Id } from '../../../shared/contracts/common.ts';
import { TokenCreated, TokenInput, TokenList } from '../../../shared/contracts/tokens.ts';
import type { Deps } from '../../http/deps.ts';
import { createRouter, jsonContent } from '../../http/router.ts';
import * as service from './tokens.service.ts';

const tags = ['Token API'];
const params = z.object({ id: Id });
const error = (d: string) => jsonContent(ErrorResponse, d);

export function tokensRoutes({ db, config }: Deps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/tokens',
        tags,
        summary: 'Token API sistem mitra',
        responses: { 200: jsonContent(TokenList, 'Daftar token') },
      }),
      async (c) => c.json(await service.listTokens(db), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/tokens',
        tags,
        summary: 'Buat token API dengan peran dan wilayah (rahasianya ditampilkan sekali)',
        request: { body: { ...jsonContent(TokenInput, 'Token baru'), required: true } },
        responses: { 201: jsonContent(TokenCreated, 'Token dibuat'), 400: error('Isian tidak valid') },
      }),
      async (c) =>
        c.json(await service.createToken(db, c.req.valid('json'), { config, caller: c.var.caller }), 201),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/tokens/{id}/revoke',
        tags,
        summary: 'Cabut token',
        request: { params },
        responses: { 204: { description: 'Dicabut' }, 404: error('Tidak ditemukan') },
      }),
      async (c) => {
        await service.revokeToken(db, c.req.valid('param').id, c.var.caller);
        return c.body(null, 204);
      },
    );
}
