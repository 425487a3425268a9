import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { Business } from '../../../shared/contracts/businesses.ts';
import { ErrorResponse, Id } from '../../../shared/contracts/common.ts';
import { Person, PersonFields } from '../../../shared/contracts/people.ts';
import { AdoptValue, DuplicateCheck, RecordSources } from '../../../shared/contracts/reviews.ts';
import type { Deps } from '../../http/deps.ts';
import { createRouter, jsonContent } from '../../http/router.ts';
import { businessDuplicates, personDuplicates } from '../reviews/duplicates.ts';
import { adoptValue, recordSources } from './imports.provenance.ts';

const params = z.object({ id: Id });
const error = (d: string) => jsonContent(ErrorResponse, d);
const LABEL = { people: 'pelaku usaha', businesses: 'usaha' } as const;
const KIND = { people: 'person', businesses: 'business' } as const;
const BusinessProbe = z
  .object({
    name: z.string().trim().min(1).max(200),
    kelurahanCode: z.string(),
    products: z.string().max(500).nullish(),
    street: z.string().max(300).nullish(),
    ownerId: z.number().int().positive().nullish(),
  })
  .meta({ id: 'BusinessProbe' });

/** Which office said what about a record, adopting one source's value, and duplicate warnings. */
export function provenanceRoutes({ db, config }: Deps) {
  let router = createRouter();
  for (const segment of ['people', 'businesses'] as const) {
    const kind = KIND[segment];
    router = router
      .openapi(
        createRoute({
          method: 'get',
          path: `/${segment}/{id}/sources`,
          tags: ['Penautan'],
          summary: `Sumber data ${LABEL[segment]}: nilai tiap isian menurut tiap berkas impor`,
          request: { params },
          responses: { 200: jsonContent(RecordSources, 'Sumber'), 404: error('Tidak ditemukan') },
        }),
        async (c) =>
          c.json(
            await recordSources(db, kind, c.req.valid('param').id, { config, caller: c.var.caller }),
            200,
          ),
      )
      .openapi(
        createRoute({
          method: 'post',
          path: `/${segment}/{id}/adopt`,
          tags: ['Penautan'],
          summary: `Pakai nilai satu sumber untuk satu isian ${LABEL[segment]} (tercatat di riwayat)`,
          request: { params, body: { ...jsonContent(AdoptValue, 'Nilai'), required: true } },
          responses: {
            200: jsonContent(
              segment === 'people'
                ? z.object({ person: Person }).passthrough()
                : z.object({ business: Business }).passthrough(),
              'Disimpan',
            ),
            404: error('Tidak ditemukan'),
            409: error('Versi berubah'),
          },
        }),
        async (c) => {
          const ctx = { config, caller: c.var.caller };
          return c.json(
            (await adoptValue(db, kind, c.req.valid('param').id, c.req.valid('json'), ctx)) as never,
            200,
          );
        },
      );
  }
  return router
    .openapi(
      createRoute({
        method: 'post',
        path: '/people/duplicates',
        tags: ['Penautan'],
        summary: 'Sebelum menyimpan: pelaku terdaftar yang mungkin sama',
        request: {
          body: {
            ...jsonContent(PersonFields.partial().extend({ name: z.string().trim().min(1) }), 'Isian'),
            required: true,
          },
        },
        responses: { 200: jsonContent(DuplicateCheck, 'Kemungkinan duplikat') },
      }),
      async (c) => c.json(await personDuplicates(db, config.linkage, c.req.valid('json'), c.var.caller), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/businesses/duplicates',
        tags: ['Penautan'],
        summary: 'Sebelum menyimpan: usaha terdaftar yang mungkin sama',
        request: { body: { ...jsonContent(BusinessProbe, 'Isian'), required: true } },
        responses: { 200: jsonContent(DuplicateCheck, 'Kemungkinan duplikat') },
      }),
      async (c) =>
        c.json(await businessDuplicates(db, config.linkage, c.req.valid('json'), c.var.caller), 200),
    );
}
