import { z } from 'zod';
import { IsoDate } from './common.ts';

export const MARKET_CHANNELS = [
  'langsung',
  'titip_toko',
  'pasar',
  'pameran',
  'whatsapp',
  'media_sosial',
  'marketplace',
  'ritel_modern',
  'ekspor',
] as const;
export const MARKET_CHANNEL_LABELS: Record<(typeof MARKET_CHANNELS)[number], string> = {
  langsung: 'Jual langsung di rumah',
  titip_toko: 'Titip di toko/warung',
  pasar: 'Pasar tradisional',
  pameran: 'Pameran / Gelar Produk',
  whatsapp: 'WhatsApp',
  media_sosial: 'Media sosial',
  marketplace: 'Marketplace',
  ritel_modern: 'Ritel modern',
  ekspor: 'Ekspor',
};

export const OutcomeInput = z
  .object({
    measuredOn: IsoDate,
    monthlyTurnover: z
      .number()
      .int('Omzet ditulis dalam Rupiah tanpa desimal.')
      .min(0, 'Omzet tidak boleh negatif.')
      .max(100_000_000_000, 'Omzet tidak wajar (lebih dari Rp 100 miliar); periksa jumlah nol.')
      .nullish(),
    workers: z
      .number()
      .int('Jumlah pekerja harus bilangan bulat.')
      .min(0, 'Jumlah pekerja tidak boleh negatif.')
      .max(10_000)
      .nullish(),
    marketChannels: z
      .array(z.enum(MARKET_CHANNELS, { error: 'Pilih saluran pasar dari daftar.' }))
      .max(9)
      .default([]),
    financingAmount: z
      .number()
      .int('Pembiayaan ditulis dalam Rupiah tanpa desimal.')
      .min(0, 'Pembiayaan tidak boleh negatif.')
      .max(100_000_000_000, 'Pembiayaan tidak wajar; periksa jumlah nol.')
      .nullish(),
    financingSource: z.string().trim().max(200).nullish().describe('mis. KUR BRI, PNM Mekaar, koperasi'),
    note: z.string().trim().max(1000).nullish(),
  })
  .superRefine((o, ctx) => {
    if (o.financingAmount && !o.financingSource) {
      ctx.addIssue({
        code: 'custom',
        path: ['financingSource'],
        message: 'Isi sumber pembiayaan, mis. KUR, PNM Mekaar atau koperasi.',
        params: { code: 'FINANCING_SOURCE_REQUIRED' },
      });
    }
    if (
      o.monthlyTurnover == null &&
      o.workers == null &&
      !o.marketChannels?.length &&
      o.financingAmount == null
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['monthlyTurnover'],
        message: 'Isi sedikitnya satu ukuran: omzet, pekerja, saluran pasar atau pembiayaan.',
        params: { code: 'OUTCOME_EMPTY' },
      });
    }
  })
  .meta({ id: 'OutcomeInput' });

export const OutcomeMeasure = z
  .object({
    id: z.number().int(),
    businessId: z.number().int(),
    measuredOn: z.string(),
    monthlyTurnover: z.number().nullable(),
    workers: z.number().int().nullable(),
    marketChannels: z.array(z.string()),
    financingAmount: z.number().nullable(),
    financingSource: z.string().nullable(),
    note: z.string().nullable(),
    recordedBy: z.string(),
  })
  .meta({ id: 'OutcomeMeasure' });

export const OutcomeSeries = z
  .object({
    items: z.array(OutcomeMeasure).describe('Ukuran, urut tanggal'),
    permitsObtained: z
      .array(z.object({ id: z.number().int(), type: z.string(), issuedOn: z.string() }))
      .describe('Izin yang terbit, dibaca dari daftar izin usaha'),
  })
  .meta({ id: 'OutcomeSeries' });

export type OutcomeInput = z.input<typeof OutcomeInput>;
export type OutcomeMeasure = z.infer<typeof OutcomeMeasure>;
export type OutcomeSeries = z.infer<typeof OutcomeSeries>;
