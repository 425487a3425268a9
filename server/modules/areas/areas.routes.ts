import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { Area, AreaListQuery, AreaTree } from '../../../shared/contracts/areas.ts';
import { ErrorResponse } from '../../../shared/contracts/common.ts';
import type { Deps } from '../../http/deps.ts';
import { createRouter, jsonContent } from '../../http/router.ts';
import * as service from './areas.service.ts';

const tags = ['Wilayah'];

export function areasRoutes({ db, config }: Deps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/areas',
        tags,
        summary: 'Anak wilayah dari satu kode (default: wilayah layanan)',
        request: { query: AreaListQuery },
        responses: {
          200: jsonContent(z.object({ items: z.array(Area) }), 'Daftar wilayah'),
          400: jsonContent(ErrorResponse, 'Kode tidak valid'),
        },
      }),
      async (c) =>
        c.json({ items: await service.listAreas(db, c.req.valid('query').parent, config.region) }, 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/areas/tree',
        tags,
        summary: 'Pohon kecamatan–kelurahan wilayah layanan dengan jumlah usaha',
        responses: { 200: jsonContent(AreaTree, 'Pohon wilayah') },
      }),
      async (c) => c.json(await service.areaTree(db, config.region, c.var.caller.scope), 200),
    );
}
