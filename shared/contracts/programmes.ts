import { z } from 'zod';
import { SECTORS } from '../rules/kbli.ts';
import { IR_LEVELS, PILLARS } from '../rules/mentoring.ts';
import { BusinessListQuery } from './businesses.ts';
import { Id } from './common.ts';

const SECTOR_CODES = SECTORS.map((s) => s.code) as [string, ...string[]];
const AreaCode = z
  .string()
  .regex(/^35\.73(\.\d{2}(\.\d{4})?)?$/, 'Pilih wilayah sesi: kota, kecamatan atau kelurahan di Kota Malang.')
  .describe('Wilayah sesi: kode kota (35.73), kecamatan atau kelurahan');
const DateTime = z.iso.datetime({
  offset: true,
  error: 'Isi tanggal dan jam, mis. 2026-12-03T09:00:00+07:00.',
});

const ProgrammeFields = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Nama program wajib diisi.')
    .max(200, 'Nama program terlalu panjang (maks. 200 huruf).'),
  pillar: z.enum(PILLARS, { error: 'Pilih pilar program.' }),
  organiser: z
    .string()
    .trim()
    .min(1, 'Isi penyelenggara, mis. DP3AP2KB atau Dinas Kesehatan.')
    .max(200, 'Nama penyelenggara terlalu panjang (maks. 200 huruf).'),
  targetLevels: z
    .array(z.union(IR_LEVELS.map((l) => z.literal(l))))
    .max(3)
    .default([])
    .describe('Sasaran level IR'),
  targetSectors: z
    .array(z.enum(SECTOR_CODES, { error: 'Pilih sektor dari daftar.' }))
    .max(10)
    .default([]),
  description: z.string().trim().max(2000, 'Deskripsi terlalu panjang (maks. 2000 huruf).').nullish(),
  active: z.boolean().default(true),
});

export const ProgrammeInput = ProgrammeFields.meta({ id: 'ProgrammeInput' });
export const ProgrammePatch = ProgrammeFields.partial()
  .extend({ version: z.number().int().positive().describe('Versi yang sedang diedit (kunci optimistis)') })
  .meta({ id: 'ProgrammePatch' });

export const Programme = z
  .object({
    id: z.number().int(),
    name: z.string(),
    pillar: z.enum(PILLARS),
    organiser: z.string(),
    targetLevels: z.array(z.number().int()),
    targetSectors: z.array(z.string()),
    description: z.string().nullable(),
    active: z.boolean(),
    version: z.number().int(),
    sessionCount: z.number().int().describe('Sesi di wilayah pemanggil'),
    nextSessionAt: z.string().nullable(),
  })
  .meta({ id: 'Programme' });

export const ProgrammeListQuery = z.object({
  active: z.enum(['true', 'false']).optional(),
  pillar: z.enum(PILLARS).optional(),
});
export const ProgrammeList = z.object({ items: z.array(Programme) }).meta({ id: 'ProgrammeList' });

function checkTimes(s: { startsAt?: string; endsAt?: string }, ctx: z.RefinementCtx) {
  if (s.startsAt && s.endsAt && new Date(s.endsAt) < new Date(s.startsAt)) {
    ctx.addIssue({
      code: 'custom',
      path: ['endsAt'],
      message: 'Waktu selesai tidak boleh sebelum waktu mulai.',
      params: { code: 'SESSION_TIMES_ORDER' },
    });
  }
}

const SessionFields = z.object({
  title: z
    .string()
    .trim()
    .min(1, 'Judul sesi wajib diisi.')
    .max(200, 'Judul sesi terlalu panjang (maks. 200 huruf).'),
  startsAt: DateTime,
  endsAt: DateTime,
  place: z
    .string()
    .trim()
    .min(1, 'Tempat wajib diisi.')
    .max(300, 'Tempat terlalu panjang (maks. 300 huruf).'),
  quota: z
    .number({ error: 'Kuota wajib diisi.' })
    .int('Kuota harus bilangan bulat.')
    .min(1, 'Kuota minimal 1 peserta.')
    .max(1000, 'Kuota maksimal 1000 peserta.'),
  trainer: z.string().trim().max(200).nullish(),
  scopeCode: AreaCode,
});

export const SessionInput = SessionFields.superRefine(checkTimes).meta({ id: 'SessionInput' });
export const SessionPatch = SessionFields.omit({ scopeCode: true })
  .partial()
  .extend({ version: z.number().int().positive() })
  .superRefine(checkTimes)
  .meta({ id: 'SessionPatch' });

export const PARTICIPANT_STATUSES = ['enrolled', 'waitlisted', 'withdrawn'] as const;
export const PARTICIPANT_STATUS_LABELS = {
  enrolled: 'Terdaftar',
  waitlisted: 'Daftar tunggu',
  withdrawn: 'Mundur',
} as const;

const Score = z
  .number()
  .int('Nilai harus bilangan bulat.')
  .min(0, 'Nilai minimal 0.')
  .max(100, 'Nilai maksimal 100.')
  .nullable();

export const Participant = z
  .object({
    id: z.number().int(),
    businessId: z.number().int(),
    businessName: z.string(),
    ownerName: z.string(),
    kelurahanName: z.string(),
    status: z.enum(PARTICIPANT_STATUSES),
    waitlistPosition: z.number().int().nullable().describe('Urutan di daftar tunggu (1 = berikutnya)'),
    attended: z.boolean().nullable(),
    preScore: z.number().int().nullable(),
    postScore: z.number().int().nullable(),
    withdrawnAt: z.string().nullable().describe('Waktu mundur (status withdrawn); tidak dihitung di kursi'),
  })
  .meta({ id: 'Participant' });

export const Session = z
  .object({
    id: z.number().int(),
    programmeId: z.number().int(),
    programmeName: z.string(),
    organiser: z.string(),
    title: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    place: z.string(),
    quota: z.number().int(),
    trainer: z.string().nullable(),
    scopeCode: z.string(),
    scopeName: z.string(),
    enrolled: z.number().int(),
    waitlisted: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'Session' });

export const SessionDetail = Session.extend({ participants: z.array(Participant) }).meta({
  id: 'SessionDetail',
});

export const ProgrammeDetail = Programme.extend({ sessions: z.array(Session) }).meta({
  id: 'ProgrammeDetail',
});

/** The businesses list's filters (same names and values), without paging. */
export const EnrolFilter = BusinessListQuery.omit({ limit: true, cursor: true, ownerId: true }).meta({
  id: 'EnrolFilter',
});

export const EnrolInput = z
  .object({
    filter: EnrolFilter.optional().describe(
      'Semua usaha yang cocok dengan filter (dalam wilayah Anda dan wilayah sesi)',
    ),
    businessIds: z
      .array(Id)
      .min(1, 'Pilih sedikitnya satu usaha.')
      .max(500)
      .optional()
      .describe('Usaha tertentu'),
  })
  .refine((v) => !!v.filter !== !!v.businessIds, {
    message: 'Kirim filter atau daftar usaha, salah satu.',
    path: ['filter'],
    params: { code: 'ENROL_TARGET' },
  })
  .meta({ id: 'EnrolInput' });

export const EnrolPreview = z
  .object({
    count: z.number().int().describe('Usaha yang akan ditambahkan'),
    alreadyIn: z.number().int().describe('Sudah terdaftar atau menunggu di sesi ini'),
    freeSeats: z.number().int(),
    preview: z.array(z.object({ id: z.number().int(), name: z.string(), kelurahanName: z.string() })),
  })
  .meta({ id: 'EnrolPreview' });

export const EnrolResult = z
  .object({
    enrolled: z.number().int(),
    waitlisted: z.number().int(),
    skippedRestricted: z.number().int().describe('Pemilik menarik persetujuan (UU PDP): tidak didaftarkan'),
    skippedAlreadyIn: z.number().int(),
    notFound: z.number().int().describe('Tidak ditemukan di wilayah Anda'),
  })
  .meta({ id: 'EnrolResult' });

export const ParticipantPatch = z
  .object({
    attended: z.boolean().nullable().optional().describe('Hadir (true) / tidak hadir (false)'),
    preScore: Score.optional(),
    postScore: Score.optional(),
  })
  .meta({ id: 'ParticipantPatch' });

export const WithdrawResult = z
  .object({
    id: z.number().int(),
    promoted: Participant.nullable().describe('Peserta daftar tunggu yang naik'),
  })
  .meta({ id: 'WithdrawResult' });

const Median = z.number().nullable();
const Comparison = z.object({
  withBoth: z.number().int().describe('Peserta dengan ukuran sebelum dan sesudah sesi'),
  before: Median.describe('Median sebelum'),
  after: Median.describe('Median sesudah'),
  improved: z.number().int().describe('Peserta yang naik'),
});
export const ProgrammeReport = z
  .object({
    programmeId: z.number().int(),
    participants: z
      .number()
      .int()
      .describe('Usaha berbeda yang duduk di sedikitnya satu sesi (dalam wilayah pemanggil)'),
    participations: z
      .number()
      .int()
      .describe('Kepesertaan: usaha × sesi (satu usaha di dua sesi dihitung dua)'),
    attended: z.number().int().describe('Usaha berbeda yang hadir di sedikitnya satu sesi'),
    turnover: Comparison.describe('Omzet per bulan (Rp)'),
    workers: Comparison.describe('Jumlah pekerja'),
    byKecamatan: z
      .array(z.object({ code: z.string(), name: z.string(), businesses: z.number().int() }))
      .describe('Usaha peserta per kecamatan'),
    sessions: z.array(
      z.object({
        id: z.number().int(),
        title: z.string(),
        startsAt: z.string(),
        enrolled: z.number().int(),
        waitlisted: z.number().int(),
        attended: z.number().int(),
        absent: z.number().int(),
        preMedian: Median,
        postMedian: Median,
        preMean: Median,
        postMean: Median,
      }),
    ),
  })
  .meta({ id: 'ProgrammeReport' });

export const ProgrammeReportRow = ProgrammeReport.omit({ sessions: true })
  .extend({
    name: z.string(),
    pillar: z.enum(PILLARS),
    organiser: z.string(),
    active: z.boolean(),
    sessions: z.number().int().describe('Sesi di wilayah pemanggil'),
  })
  .meta({ id: 'ProgrammeReportRow' });
export const ProgrammeReportList = z
  .object({ items: z.array(ProgrammeReportRow) })
  .meta({ id: 'ProgrammeReportList' });

export type ProgrammeInput = z.input<typeof ProgrammeInput>;
export type ProgrammePatch = z.input<typeof ProgrammePatch>;
export type Programme = z.infer<typeof Programme>;
export type ProgrammeDetail = z.infer<typeof ProgrammeDetail>;
export type SessionInput = z.input<typeof SessionInput>;
export type SessionPatch = z.input<typeof SessionPatch>;
export type Session = z.infer<typeof Session>;
export type SessionDetail = z.infer<typeof SessionDetail>;
export type Participant = z.infer<typeof Participant>;
export type EnrolFilter = z.infer<typeof EnrolFilter>;
export type EnrolInput = z.input<typeof EnrolInput>;
export type EnrolPreview = z.infer<typeof EnrolPreview>;
export type EnrolResult = z.infer<typeof EnrolResult>;
export type ParticipantPatch = z.input<typeof ParticipantPatch>;
export type ProgrammeReport = z.infer<typeof ProgrammeReport>;
export type ProgrammeReportRow = z.infer<typeof ProgrammeReportRow>;
