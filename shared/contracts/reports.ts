import { z } from 'zod';

/** The leader summary's area: one kecamatan of the caller's area, or her whole area when absent. */
export const SummaryQuery = z.object({
  kecamatan: z
    .string()
    .regex(/^\d{2}\.\d{2}\.\d{2}$/, 'Kode kecamatan berupa PP.KK.CC, mis. 35.73.04.')
    .optional()
    .describe('Kode kecamatan; tanpa ini seluruh wilayah Anda'),
});
export type SummaryQuery = z.infer<typeof SummaryQuery>;
