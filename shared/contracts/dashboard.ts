import { z } from 'zod';
import { NaikKelasFigure } from './assessments.ts';
import { IsoDate, KelurahanCode } from './common.ts';

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
    filter: z.object({
      kecamatan: z.string().nullable(),
      kelurahan: z.string().nullable(),
      sector: z.string().nullable(),
      level: z.string().nullable(),
      krtp: z.boolean().nullable(),
      from: z.string().describe('Awal periode (YYYY-MM-DD)'),
      to: z.string().describe('Akhir periode (YYYY-MM-DD); angka stok dihitung per akhir hari ini'),
      asOf: z.string().nullable().describe('Tanggal posisi data bila bukan hari ini'),
    }),
    byKelurahan: z.array(z.object({ code: z.string(), name: z.string(), ...Counts })),
    byLevel: z.array(z.object({ level: z.enum(['1', '2', '3', 'none']), ...Counts })),
    flows: z
      .object({
        registered: z.number().int().describe('Usaha yang didaftarkan dalam periode'),
        naikKelas: z.number().int().describe('Usaha yang naik kelas dalam periode'),
        permitsObtained: z
          .number()
          .int()
          .describe('Usaha yang memperoleh izin (tanggal terbit) dalam periode'),
        programmeParticipants: z
          .number()
          .int()
          .describe('Usaha berbeda yang terdaftar di sesi program yang mulai dalam periode'),
      })
      .describe('Arus dalam periode (dari–sampai), dengan saringan wilayah, sektor, level, dan KRTP'),
  })
  .meta({ id: 'DashboardSummary' });

export type DashboardSummary = z.infer<typeof DashboardSummary>;

const bool = z.enum(['true', 'false']).optional();

export const DashboardQuery = z.object({
  kecamatan: z
    .string()
    .regex(/^\d{2}\.\d{2}\.\d{2}$/, 'Kode kecamatan tidak valid (contoh 35.73.01).')
    .optional(),
  kelurahan: KelurahanCode.optional(),
  sector: z.string().max(20).optional(),
  level: z.enum(['1', '2', '3', 'none'], 'Level IR berupa 1, 2, 3, atau none (belum dinilai).').optional(),
  krtp: bool.describe('true: hanya usaha milik perempuan kepala rumah tangga'),
  from: IsoDate.optional().describe('Awal periode arus (default: 12 bulan sebelum akhir periode)'),
  to: IsoDate.optional().describe('Akhir periode (default: hari ini); stok dihitung per akhir hari itu'),
  asOf: IsoDate.optional().describe(
    'Posisi registri pada akhir tanggal ini (dari riwayat perubahan); sama dengan `to` bila keduanya diisi',
  ),
});
export type DashboardQuery = z.infer<typeof DashboardQuery>;

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
