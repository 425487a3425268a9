import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ErrorResponse, Id } from '../../../shared/contracts/common.ts';
import {
  LinkReview,
  LinkReviewList,
  LinkReviewQuery,
  MergeList,
  MergeQuery,
  ReviewDecision,
} from '../../../shared/contracts/reviews.ts';
import type { Deps } from '../../http/deps.ts';
import { createRouter, jsonContent } from '../../http/router.ts';
import * as service from './reviews.service.ts';

const tags = ['Penautan'];
const params = z.object({ id: Id });
const error = (d: string) => jsonContent(ErrorResponse, d);
const Decided = z
  .object({
    id: z.number().int(),
    state: z.enum(['merged', 'distinct']),
    mergeId: z.number().int().nullable().describe('Penggabungan yang dibuat; untuk membatalkannya'),
  })
  .meta({ id: 'ReviewDecided' });

export function reviewsRoutes({ db, config }: Deps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/reviews',
        tags,
        summary: 'Antrean tinjauan: pasangan yang mungkin sama',
        request: { query: LinkReviewQuery },
        responses: { 200: jsonContent(LinkReviewList, 'Pasangan') },
      }),
      async (c) => c.json(await service.listReviews(db, c.req.valid('query'), c.var.caller), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/reviews/{id}',
        tags,
        summary: 'Satu pasangan berdampingan dengan buktinya',
        request: { params },
        responses: { 200: jsonContent(LinkReview, 'Pasangan'), 404: error('Tidak ditemukan') },
      }),
      async (c) => c.json(await service.getReview(db, c.req.valid('param').id, c.var.caller), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/reviews/{id}/decision',
        tags,
        summary: 'Putuskan: sama (gabungkan, per isian) atau berbeda (tidak diusulkan lagi)',
        request: { params, body: { ...jsonContent(ReviewDecision, 'Keputusan'), required: true } },
        responses: {
          200: jsonContent(Decided, 'Diputuskan'),
          404: error('Tidak ditemukan'),
          409: error('Sudah diputuskan'),
        },
      }),
      async (c) =>
        c.json(
          await service.decideReview(db, c.req.valid('param').id, c.req.valid('json'), {
            config,
            caller: c.var.caller,
          }),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/reviews/{id}/reopen',
        tags,
        summary: 'Kembalikan ke antrean pasangan yang ditandai bukan data yang sama',
        request: { params },
        responses: {
          200: jsonContent(z.object({ id: z.number().int(), state: z.literal('open') }), 'Terbuka lagi'),
          404: error('Tidak ditemukan'),
          409: error('Pasangan ini tidak ditandai bukan data yang sama'),
        },
      }),
      async (c) =>
        c.json(
          await service.reopenReview(db, c.req.valid('param').id, { config, caller: c.var.caller }),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/merges',
        tags,
        summary: 'Penggabungan yang melibatkan satu rekaman, atau yang terbaru di wilayah pengguna',
        request: { query: MergeQuery },
        responses: { 200: jsonContent(MergeList, 'Penggabungan'), 404: error('Tidak ditemukan') },
      }),
      async (c) => {
        return c.json(await service.listMergesOf(db, c.req.valid('query'), c.var.caller), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/merges/{id}/undo',
        tags,
        summary: 'Batalkan penggabungan: kedua rekaman kembali persis seperti sebelumnya',
        request: { params },
        responses: {
          200: jsonContent(z.object({ id: z.number().int() }), 'Dibatalkan'),
          404: error('Tidak ditemukan'),
          409: error('Sudah dibatalkan atau bergantung pada penggabungan lain'),
        },
      }),
      async (c) =>
        c.json(await service.undo(db, c.req.valid('param').id, { config, caller: c.var.caller }), 200),
    );
}
