import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ErrorResponse, Id } from '../../../shared/contracts/common.ts';
import { OutcomeInput, OutcomeSeries } from '../../../shared/contracts/outcomes.ts';
import type { Deps } from '../../http/deps.ts';
import { createRouter, jsonContent } from '../../http/router.ts';
import { outcomeSeries, recordOutcome } from './outcomes.service.ts';

const tags = ['Hasil usaha'];
const params = z.object({ id: Id });

export function outcomesRoutes({ db }: Deps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/businesses/{id}/outcomes',
        tags,
        summary: 'Ukuran hasil usaha dari waktu ke waktu, dengan izin yang terbit',
        request: { params },
        responses: {
          200: jsonContent(OutcomeSeries, 'Deret ukuran'),
          404: jsonContent(ErrorResponse, 'Tidak ditemukan'),
        },
      }),
      async (c) => c.json(await outcomeSeries(db, c.req.valid('param').id, c.var.caller), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/businesses/{id}/outcomes',
        tags,
        summary: 'Catat ukuran hasil (omzet, pekerja, saluran pasar, pembiayaan) pada satu tanggal',
        request: { params, body: { ...jsonContent(OutcomeInput, 'Ukuran'), required: true } },
        responses: {
          201: jsonContent(OutcomeSeries, 'Tersimpan'),
          400: jsonContent(ErrorResponse, 'Isian tidak valid'),
          404: jsonContent(ErrorResponse, 'Tidak ditemukan'),
        },
      }),
      async (c) =>
        c.json(await recordOutcome(db, c.req.valid('param').id, c.req.valid('json'), c.var.caller), 201),
    );
}
