import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ErrorResponse } from '../../../shared/contracts/common.ts';
import { OpenDataCatalogue, OpenDataMetadata } from '../../../shared/contracts/opendata.ts';
import { csvResponse } from '../../http/csv.ts';
import type { Deps } from '../../http/deps.ts';
import { createRouter, jsonContent } from '../../http/router.ts';
import { DATASETS } from './opendata.datasets.ts';
import * as service from './opendata.service.ts';

const tags = ['Data terbuka'];
const params = z.object({
  id: z.enum(DATASETS.map((d) => d.id) as [string, ...string[]]).describe('Nama dataset'),
});
const note =
  'Publik, tanpa masuk. Hanya angka agregat (tanpa data pribadi), dengan penyamaran sel kecil; untuk Satu Data Indonesia.';

export function openDataRoutes({ db, config }: Deps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/open-data',
        tags,
        summary: 'Daftar dataset terbuka dengan metadatanya',
        description: note,
        responses: { 200: jsonContent(OpenDataCatalogue, 'Katalog') },
      }),
      async (c) => c.json(await service.catalogue(db, config), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/open-data/{id}/metadata.json',
        tags,
        summary: 'Metadata satu dataset (judul, definisi, satuan, posisi, produsen, kode referensi)',
        description: note,
        request: { params },
        responses: {
          200: jsonContent(OpenDataMetadata, 'Metadata'),
          404: jsonContent(ErrorResponse, 'Tidak ada'),
        },
      }),
      async (c) => c.json(await service.datasetMetadata(db, config, c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/open-data/{id}/data.csv',
        tags,
        summary: 'Data satu dataset sebagai CSV (UTF-8, koma); sel kosong = disamarkan',
        description: note,
        request: { params },
        responses: {
          200: { content: { 'text/csv': { schema: z.string() } }, description: 'CSV' },
          404: jsonContent(ErrorResponse, 'Tidak ada'),
        },
      }),
      async (c) => {
        const { dataset, rows } = await service.datasetRows(db, config, c.req.valid('param').id);
        const names = dataset.columns.map((col) => col.name);
        async function* batches() {
          yield rows.map((r) => names.map((n) => r[n] ?? ''));
        }
        return csvResponse(`${dataset.id}.csv`, names, batches()) as never;
      },
    );
}
