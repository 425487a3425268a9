import { z } from 'zod';
import { NaikKelasFigure } from './assessments.ts';

const Counts = {
  microEnterprises: z.number().int().describe('Usaha mikro aktif'),
  homeIndustries: z.number().int().describe('Di antaranya industri rumahan'),
  homeIndustriesKrtp: z
    .number()
    .int()
    .describe('Industri rumahan yang dikelola perempuan kepala rumah tangga'),
};

export const DashboardSummary = z
  .object({
    asOf: z.string().describe('Waktu data dihitung (ISO)'),
    region: z.object({ code: z.string(), name: z.string() }),
    ...Counts,
    byKecamatan: z.array(z.object({ code: z.string(), name: z.string(), ...Counts })),
    bySector: z.array(z.object({ sector: z.string(), label: z.string(), ...Counts })),
    byPermit: z.array(
      z.object({
        type: z.string(),
        label: z.string(),
        homeIndustries: z.number().int().describe('Industri rumahan yang memegang izin ini (berlaku)'),
      }),
    ),
    bySizeClass: z.array(z.object({ sizeClass: z.string(), ...Counts })),
    naikKelas: NaikKelasFigure.describe('Naik kelas 12 bulan terakhir dan level industri rumahan saat ini'),
  })
  .meta({ id: 'DashboardSummary' });

export type DashboardSummary = z.infer<typeof DashboardSummary>;

export const TrendsQuery = z.object({
  months: z.coerce
    .number()
    .int('Jumlah bulan berupa bilangan bulat.')
    .min(2, 'Paling sedikit 2 bulan.')
    .max(60, 'Paling banyak 60 bulan.')
    .default(12),
});

export const DashboardTrends = z
  .object({
    months: z.array(
      z.object({
        month: z.string().describe('YYYY-MM (WIB)'),
        registered: z.number().int().describe('Usaha yang didaftarkan pada bulan itu'),
        naik: z.number().int().describe('Naik kelas (level naik)'),
        turun: z.number().int().describe('Turun kelas'),
        permits: z.number().int().describe('Izin yang terbit (tanggal terbit)'),
      }),
    ),
  })
  .meta({ id: 'DashboardTrends' });
export type DashboardTrends = z.infer<typeof DashboardTrends>;

export const DashboardMap = z
  .object({
    areas: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        kecamatan: z.string(),
        lat: z.number().describe('Rata-rata posisi usaha yang berkoordinat di kelurahan itu'),
        lon: z.number(),
        micro: z.number().int(),
        hi: z.number().int(),
      }),
    ),
    points: z
      .array(z.tuple([z.number(), z.number()]))
      .nullable()
      .describe(
        'Industri rumahan berkoordinat [lat, lon], dibulatkan ±10 m; null untuk peran tanpa akses registri',
      ),
  })
  .meta({ id: 'DashboardMap' });
export type DashboardMap = z.infer<typeof DashboardMap>;
