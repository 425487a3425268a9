import { createRoute } from '@hono/zod-openapi';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Deps } from '../../http/deps.ts';
import { createRouter, jsonContent } from '../../http/router.ts';

const Health = z
  .object({ status: z.enum(['ok', 'degraded']), database: z.enum(['ok', 'unreachable']), region: z.string() })
  .meta({ id: 'Health' });

export function healthRoutes({ db, config }: Deps) {
  return createRouter().openapi(
    createRoute({
      method: 'get',
      path: '/health',
      tags: ['Sistem'],
      summary: 'Kesehatan layanan',
      responses: { 200: jsonContent(Health, 'Sehat'), 503: jsonContent(Health, 'Basis data tak terjangkau') },
    }),
    async (c) => {
      const ok = await sql`select 1`.execute(db).then(
        () => true,
        () => false,
      );
      const body = {
        status: ok ? 'ok' : 'degraded',
        database: ok ? 'ok' : 'unreachable',
        region: config.region,
      } as const;
      return ok ? c.json(body, 200) : c.json(body, 503);
    },
  );
}
