import { z } from 'zod';
import { normalizePermitNumber, PERMIT_TYPES } from '../rules/permits.ts';
import { FieldIssue, IsoDate } from './common.ts';

const PermitFields = z.object({
  type: z.enum(PERMIT_TYPES, { error: 'Pilih jenis izin.' }),
  number: z.string().trim().min(1, 'Nomor izin wajib diisi.').max(100),
  issuedOn: IsoDate.nullish(),
  expiresOn: IsoDate.nullish(),
});

function checkPermit(p: Partial<z.infer<typeof PermitFields>>, ctx: z.RefinementCtx) {
  if (p.type && p.number) {
    for (const e of normalizePermitNumber(p.type, p.number).errors) {
      ctx.addIssue({ code: 'custom', path: ['number'], message: e.message, params: { code: e.code } });
    }
  }
  if (p.issuedOn && p.expiresOn && p.expiresOn < p.issuedOn) {
    ctx.addIssue({
      code: 'custom',
      path: ['expiresOn'],
      message: 'Tanggal berlaku sampai tidak boleh sebelum tanggal terbit.',
      params: { code: 'PERMIT_DATES_ORDER' },
    });
  }
}

export const PermitInput = PermitFields.superRefine(checkPermit).meta({ id: 'PermitInput' });
export const PermitPatch = PermitFields.partial()
  .extend({ version: z.number().int().positive() })
  .superRefine(checkPermit)
  .meta({ id: 'PermitPatch' });

export const Permit = z
  .object({
    id: z.number().int(),
    businessId: z.number().int(),
    type: z.enum(PERMIT_TYPES),
    number: z.string(),
    issuedOn: z.string().nullable(),
    expiresOn: z.string().nullable(),
    valid: z.boolean().describe('Masih berlaku pada hari ini (atau tanpa tanggal kedaluwarsa)'),
    version: z.number().int(),
  })
  .meta({ id: 'Permit' });

export const PermitSaved = z
  .object({ permit: Permit, warnings: z.array(FieldIssue) })
  .meta({ id: 'PermitSaved' });

export const PermitListQuery = z.object({
  businessId: z.coerce.number().int().positive().optional(),
  type: z.enum(PERMIT_TYPES).optional(),
  expiringBefore: IsoDate.optional().describe('Izin yang kedaluwarsa sebelum tanggal ini'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});

export type PermitInput = z.input<typeof PermitInput>;
export type Permit = z.infer<typeof Permit>;
export type PermitSaved = z.infer<typeof PermitSaved>;
