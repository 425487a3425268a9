import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { IsoDate, PageQuery, pageOf } from '../../../shared/contracts/common.ts';
import type { Deps } from '../../http/deps.ts';
import { createRouter, jsonContent } from '../../http/router.ts';
import { auditPage, verifyAudit } from './audit.service.ts';

const tags = ['Audit'];
const AuditEntry = z
  .object({
    id: z.number().int(),
    seq: z
      .number()
      .int()
      .nullable()
      .describe('Nomor urut dalam rantai hash (kosong sampai disegel, ±1 detik)'),
    at: z.string(),
    actorName: z.string(),
    action: z.string(),
    entity: z.string().nullable(),
    entityId: z.number().int().nullable(),
    ip: z.string().nullable(),
    purpose: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEntry' });
const AuditQuery = PageQuery.extend({
  actor: z.string().trim().max(100).optional(),
  action: z.string().trim().max(60).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
const AuditVerify = z
  .object({
    ok: z.boolean(),
    entries: z.number().int().describe('Entri yang sudah disegel dalam rantai'),
    unsealed: z.number().int().describe('Entri yang belum disegel'),
    brokenAt: z.number().int().nullable().describe('Nomor urut entri pertama yang tidak cocok'),
  })
  .meta({ id: 'AuditVerify' });

export function auditRoutes({ db }: Deps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/audit',
        tags,
        summary: 'Log audit (terbaru dahulu)',
        request: { query: AuditQuery },
        responses: { 200: jsonContent(pageOf(AuditEntry).meta({ id: 'AuditPage' }), 'Satu halaman log') },
      }),
      async (c) => c.json(await auditPage(db, c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/audit/verify',
        tags,
        summary: 'Periksa keutuhan rantai hash log audit',
        responses: { 200: jsonContent(AuditVerify, 'Hasil pemeriksaan') },
      }),
      async (c) => c.json(await verifyAudit(db), 200),
    );
}
