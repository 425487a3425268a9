import { z } from 'zod';
import { IsoDate, PageQuery, pageOf } from './common.ts';

export const AuditEntry = z
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

export const AuditQuery = PageQuery.extend({
  actor: z.string().trim().max(100).optional(),
  action: z.string().trim().max(60).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});

export const AuditPage = pageOf(AuditEntry).meta({ id: 'AuditPage' });

export const AuditVerify = z
  .object({
    ok: z.boolean(),
    entries: z.number().int().describe('Entri yang sudah disegel dalam rantai'),
    unsealed: z.number().int().describe('Entri yang belum disegel'),
    brokenAt: z.number().int().nullable().describe('Nomor urut entri pertama yang tidak cocok'),
  })
  .meta({ id: 'AuditVerify' });

export type AuditEntry = z.infer<typeof AuditEntry>;
export type AuditPage = z.infer<typeof AuditPage>;
export type AuditVerify = z.infer<typeof AuditVerify>;
