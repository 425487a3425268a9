import { z } from 'zod';
import { INTERVENTION_TYPE_KEYS, jakartaToday, PILLARS } from '../rules/mentoring.ts';
import { IsoDate, nullableText } from './common.ts';

/** Mentoring visits (kunjungan pendampingan): the same rules for the API and the phone form. */

export const MAX_VISIT_PHOTOS = 3;
export const MAX_VISIT_PHOTO_BYTES = 5 * 1024 * 1024;
/** A visit is due when the last one is older than this many days (or there was none). */
export const VISIT_DUE_DAYS = 30;

const Pillar = z.enum(PILLARS, { error: 'Pilih pilar dari daftar.' });

export const FollowUpInput = z.object({
  title: z.string().trim().min(3, 'Tuliskan tindak lanjut (minimal 3 huruf).').max(160),
  type: z.enum(INTERVENTION_TYPE_KEYS as [string, ...string[]], { error: 'Pilih jenis tindak lanjut.' }),
  pillar: Pillar.optional().describe('Kosong = pilar yang biasa untuk jenisnya'),
  dueDate: IsoDate.nullish().describe('Tenggat tindak lanjut'),
});

export const VisitInput = z
  .object({
    visitDate: IsoDate.refine((d) => d <= jakartaToday(), {
      message: 'Tanggal kunjungan tidak boleh di masa depan.',
    })
      .optional()
      .describe('Kosong = hari ini (WIB)'),
    topics: z.array(Pillar).max(PILLARS.length).default([]).describe('Pilar yang dibahas'),
    topicsNote: nullableText(300).describe('Topik lain (teks bebas)'),
    findings: z
      .string()
      .trim()
      .min(3, 'Tuliskan temuan kunjungan (minimal 3 huruf).')
      .max(4000, 'Temuan paling panjang 4000 huruf.'),
    latitude: z
      .number({ error: 'Garis lintang harus angka.' })
      .min(-90, 'Garis lintang antara -90 dan 90.')
      .max(90, 'Garis lintang antara -90 dan 90.')
      .nullish(),
    longitude: z
      .number({ error: 'Garis bujur harus angka.' })
      .min(-180, 'Garis bujur antara -180 dan 180.')
      .max(180, 'Garis bujur antara -180 dan 180.')
      .nullish(),
    followUps: z.array(FollowUpInput).max(10, 'Paling banyak 10 tindak lanjut sekali kunjungan.').default([]),
  })
  .refine((v) => v.topics.length > 0 || !!v.topicsNote, {
    message: 'Pilih minimal satu topik atau tuliskan topik lain.',
    path: ['topics'],
  })
  .refine((v) => (v.latitude == null) === (v.longitude == null), {
    message: 'Lokasi perlu garis lintang dan garis bujur sekaligus.',
    path: ['latitude'],
  })
  .meta({ id: 'VisitInput' });

export const VisitUpload = z
  .object({
    data: z.string().optional().describe('VisitInput sebagai JSON'),
    photos: z.any().optional().describe('0-3 foto JPEG/PNG, masing-masing maks. 5 MB'),
  })
  .meta({ id: 'VisitUpload' });

export const Visit = z
  .object({
    id: z.number().int(),
    businessId: z.number().int(),
    visitDate: z.string(),
    officerName: z.string(),
    topics: z.array(Pillar),
    topicsNote: z.string().nullable(),
    findings: z.string(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    photos: z.array(z.number().int()).describe('Nomor foto (1-3) untuk GET /visits/{id}/photos/{n}'),
    followUps: z.array(z.object({ interventionId: z.number().int(), title: z.string(), status: z.string() })),
    createdAt: z.string(),
  })
  .meta({ id: 'Visit' });

export const VisitList = z
  .object({
    items: z.array(Visit),
    hasOpenRoadmap: z.boolean().describe('Tindak lanjut hanya dapat dicatat bila ada rencana aktif'),
  })
  .meta({ id: 'VisitList' });

export const VisitDue = z
  .object({
    businessId: z.number().int(),
    businessName: z.string(),
    kelurahanName: z.string(),
    lastVisit: z.string().nullable().describe('Tanggal kunjungan terakhir; null = belum pernah'),
  })
  .meta({ id: 'VisitDue' });

export type VisitInput = z.input<typeof VisitInput>;
export type FollowUpInput = z.input<typeof FollowUpInput>;
export type Visit = z.infer<typeof Visit>;
export type VisitList = z.infer<typeof VisitList>;
export type VisitDue = z.infer<typeof VisitDue>;
