import { z } from 'zod';

// Built-in validation messages in Bahasa Indonesia; our own messages are written per field.
z.config(z.locales.id());

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Tanggal harus berformat TTTT-BB-HH, mis. 1985-04-18.')
  .describe('Tanggal ISO (YYYY-MM-DD)');

export const KelurahanCode = z
  .string()
  .regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, 'Pilih kelurahan dari daftar.')
  .describe('Kode kelurahan/desa Kemendagri, mis. 35.73.01.1001');

export const Id = z.coerce.number().int().positive().describe('ID rekaman');

export const FieldIssue = z
  .object({ path: z.string(), code: z.string(), message: z.string() })
  .meta({ id: 'FieldIssue' });
export type FieldIssue = z.infer<typeof FieldIssue>;

export const ErrorResponse = z
  .object({
    error: z.object({
      code: z.string().describe('Kode stabil dalam bahasa Inggris, mis. NIK_INVALID_DATE'),
      message: z.string().describe('Pesan untuk pengguna, dalam Bahasa Indonesia'),
      fields: z.array(FieldIssue),
    }),
  })
  .meta({ id: 'ErrorResponse', description: 'Galat' });

/** Opaque keyset cursor plus page size for every list. */
export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional().describe('Kursor dari nextCursor halaman sebelumnya'),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export const nullableText = (max: number) => z.string().trim().max(max).nullish();
