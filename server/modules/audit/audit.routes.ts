import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { AuditPage, AuditQuery, AuditVerify } from '../../../shared/contracts/audit.ts';
import type { Deps } from '../../http/deps.ts';
import { createRouter, jsonContent } from '../../http/router.ts';
import { auditCsv, auditPage, verifyAudit } from './audit.service.ts';

const tags = ['Audit'];
export function auditRoutes({ db }: Deps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/audit',
        tags,
        summary: 'Log audit (terbaru dahulu)',
        request: { query: AuditQuery },
        responses: { 200: jsonContent(AuditPage, 'Satu halaman log') },
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
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/audit/export.csv',
        tags,
        summary: 'Unduh log audit sesuai filter sebagai CSV (seluruhnya, tanpa batas baris)',
        request: { query: AuditQuery.omit({ limit: true, cursor: true }) },
        responses: { 200: { content: { 'text/csv': { schema: z.string() } }, description: 'Berkas CSV' } },
      }),
      async (c) => auditCsv(db, c.req.valid('query'), c.var.caller),
    );
}
