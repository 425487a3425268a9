import { z } from 'zod';
import { BusinessListQuery } from './businesses.ts';

/** The businesses list's filters (as the list page holds them in its address), without paging. */
export const BusinessExportFilter = BusinessListQuery.omit({ cursor: true, limit: true }).meta({
  id: 'BusinessExportFilter',
});

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;

export const ExportRequest = z
  .object({
    kind: z.literal('businesses').default('businesses').describe('Daftar yang diekspor'),
    format: z.enum(EXPORT_FORMATS, 'Pilih format xlsx atau csv.'),
    filter: BusinessExportFilter.default({}),
    personalData: z
      .boolean()
      .default(false)
      .describe('Sertakan data pribadi (NIK, no. HP, tanggal lahir, alamat, omzet, modal); perlu tujuan'),
    purpose: z.string().trim().max(300, 'Tujuan paling banyak 300 huruf.').optional(),
  })
  .superRefine((v, ctx) => {
    if (v.personalData && (v.purpose ?? '').length < 5)
      ctx.addIssue({
        code: 'custom',
        path: ['purpose'],
        message: 'Tuliskan untuk apa data pribadi ini diekspor (min. 5 huruf); tujuan dicatat di log audit.',
      });
  })
  .meta({ id: 'ExportRequest' });
export type ExportRequest = z.input<typeof ExportRequest>;

export const EXPORT_STATES = ['queued', 'running', 'done', 'failed', 'expired'] as const;

export const Export = z
  .object({
    id: z.number().int(),
    kind: z.literal('businesses'),
    format: z.enum(EXPORT_FORMATS),
    filter: z.record(z.string(), z.unknown()),
    personalData: z.boolean(),
    purpose: z.string().nullable(),
    fileName: z.string(),
    state: z.enum(EXPORT_STATES),
    progress: z.object({ done: z.number().int(), total: z.number().int() }),
    rowCount: z.number().int().nullable(),
    size: z.number().int().nullable().describe('Ukuran berkas dalam byte'),
    error: z.string().nullable(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
    expiresAt: z.string().describe('Setelah waktu ini berkas dihapus'),
  })
  .meta({ id: 'Export' });
export type Export = z.infer<typeof Export>;

export const ExportList = z.object({ items: z.array(Export) }).meta({ id: 'ExportList' });
