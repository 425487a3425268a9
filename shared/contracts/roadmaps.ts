import { z } from 'zod';
import { SECTORS } from '../rules/kbli.ts';
import {
  INTERVENTION_STATUSES,
  INTERVENTION_TYPE_KEYS,
  IR_LEVELS,
  needsOutcome,
  PILLARS,
} from '../rules/mentoring.ts';
import { IsoDate, nullableText } from './common.ts';
import { VisitDue } from './visits.ts';

/** Roadmaps (rencana pendampingan), interventions, referrals, templates and satisfaction answers. */

const Level = z.union(
  IR_LEVELS.map((l) => z.literal(l)),
  { error: 'Pilih target level IR 1, IR 2 atau IR 3.' },
);
const Pillar = z.enum(PILLARS, { error: 'Pilih pilar.' });
const Type = z.enum(INTERVENTION_TYPE_KEYS as [string, ...string[]], { error: 'Pilih jenis intervensi.' });
const Status = z.enum(INTERVENTION_STATUSES, { error: 'Pilih status.' });
const Sector = z.enum(SECTORS.map((s) => s.code) as [string, ...string[]], { error: 'Pilih sektor.' });
const Version = z.number().int().positive().describe('Versi yang dibuka; 409 bila sudah diubah orang lain');
const office = z
  .string()
  .trim()
  .max(120, 'Nama kantor mitra paling panjang 120 huruf.')
  .nullish()
  .describe('Kantor mitra (OPD/lembaga) yang dirujuk; sama dengan kantor akun mitranya');
const title = z.string().trim().min(3, 'Tuliskan judul intervensi (minimal 3 huruf).').max(160);

export const RoadmapInput = z
  .object({
    targetLevel: Level,
    targetDate: IsoDate.nullish(),
    responsibleUserId: z
      .number()
      .int()
      .positive()
      .nullish()
      .describe('Pendamping penanggung jawab; kosong = pembuat'),
    notes: nullableText(2000),
  })
  .meta({ id: 'RoadmapInput' });

export const RoadmapPatch = z
  .object({
    targetLevel: Level.optional(),
    targetDate: IsoDate.nullish(),
    responsibleUserId: z.number().int().positive().nullish(),
    notes: nullableText(2000),
    closed: z.boolean().optional().describe('true = rencana ditutup; rencana baru dapat dibuat'),
    version: Version,
  })
  .meta({ id: 'RoadmapPatch' });

export const InterventionInput = z
  .object({
    type: Type,
    pillar: Pillar.optional().describe('Kosong = pilar yang biasa untuk jenisnya'),
    title,
    description: nullableText(2000),
    responsibleUserId: z.number().int().positive().nullish(),
    partnerOffice: office,
    dueDate: IsoDate.nullish(),
  })
  .meta({ id: 'InterventionInput' });

export const InterventionPatch = z
  .object({
    type: Type.optional(),
    pillar: Pillar.optional(),
    title: title.optional(),
    description: nullableText(2000),
    responsibleUserId: z.number().int().positive().nullish(),
    partnerOffice: office,
    dueDate: IsoDate.nullish(),
    version: Version,
  })
  .meta({ id: 'InterventionPatch' });

export const StatusChange = z
  .object({
    status: Status,
    outcome: z.string().trim().max(2000).nullish().describe('Hasil; wajib saat ditutup selesai'),
    note: z.string().trim().max(500).nullish(),
    version: Version,
  })
  .superRefine((v, ctx) => {
    if (needsOutcome(v.status) && !v.outcome) {
      ctx.addIssue({
        code: 'custom',
        path: ['outcome'],
        message: 'Tuliskan hasil intervensi sebelum menandainya selesai.',
        params: { code: 'OUTCOME_REQUIRED' },
      });
    }
  })
  .meta({ id: 'StatusChange' });

export const Satisfaction = z
  .object({
    score: z.number().int().min(1).max(5),
    comment: z.string().nullable(),
    channel: z.enum(['pendamping', 'pemilik']),
    at: z.string(),
  })
  .meta({ id: 'Satisfaction' });

export const Intervention = z
  .object({
    id: z.number().int(),
    roadmapId: z.number().int(),
    businessId: z.number().int(),
    pillar: Pillar,
    type: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    responsibleUserId: z.number().int().nullable(),
    responsibleName: z.string().nullable(),
    partnerOffice: z.string().nullable(),
    dueDate: z.string().nullable(),
    status: Status,
    outcome: z.string().nullable(),
    statusChangedAt: z.string(),
    overdue: z.boolean().describe('Masih terbuka dan tanggal targetnya (WIB) sudah lewat'),
    next: z.array(Status).describe('Status yang boleh dituju dari status sekarang'),
    satisfaction: Satisfaction.nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Intervention' });

export const StatusLogEntry = z
  .object({
    from: Status.nullable(),
    to: Status,
    note: z.string().nullable(),
    actor: z.string(),
    at: z.string(),
  })
  .meta({ id: 'StatusLogEntry' });

export const InterventionDetail = Intervention.extend({ log: z.array(StatusLogEntry) }).meta({
  id: 'InterventionDetail',
});

export const Roadmap = z
  .object({
    id: z.number().int(),
    businessId: z.number().int(),
    targetLevel: Level,
    targetDate: z.string().nullable(),
    responsibleUserId: z.number().int().nullable(),
    responsibleName: z.string().nullable(),
    notes: z.string().nullable(),
    createdBy: z.string(),
    createdAt: z.string(),
    version: z.number().int(),
    interventions: z.array(Intervention),
  })
  .meta({ id: 'Roadmap' });

export const BusinessRoadmap = z
  .object({ roadmap: Roadmap.nullable().describe('null = usaha ini belum punya rencana aktif') })
  .meta({ id: 'BusinessRoadmap' });

export const ApplyTemplate = z
  .object({
    templateId: z.number().int().positive({ error: 'Pilih templat.' }),
    startDate: IsoDate.nullish().describe('Tanggal awal hitungan target; kosong = hari ini'),
  })
  .meta({ id: 'ApplyTemplate' });

export const SatisfactionInput = z
  .object({
    score: z
      .number({ error: 'Pilih nilai 1 sampai 5.' })
      .int()
      .min(1, 'Pilih nilai 1 sampai 5.')
      .max(5, 'Pilih nilai 1 sampai 5.'),
    comment: nullableText(1000),
  })
  .meta({ id: 'SatisfactionInput' });

export const SatisfactionLink = z
  .object({
    token: z.string().describe('Ditampilkan sekali; server hanya menyimpan hash-nya'),
    path: z.string().describe('Alamat halaman umum untuk pemilik usaha'),
    expiresAt: z.string(),
  })
  .meta({ id: 'SatisfactionLink' });

export const SATISFACTION_QUESTION =
  'Seberapa puas Ibu/Bapak dengan bantuan ini? (1 = sangat tidak puas, 5 = sangat puas)';

export const PublicSatisfaction = z
  .object({ title: z.string(), question: z.string(), answered: z.boolean() })
  .meta({ id: 'PublicSatisfaction' });

export const WorkItem = z
  .object({
    id: z.number().int(),
    businessId: z.number().int(),
    businessName: z.string(),
    kelurahanName: z.string(),
    title: z.string(),
    type: z.string(),
    pillar: Pillar,
    status: Status,
    dueDate: z.string().nullable(),
    overdue: z.boolean(),
    partnerOffice: z.string().nullable(),
  })
  .meta({ id: 'WorkItem' });

export const MyWork = z
  .object({
    today: z.string(),
    businesses: z.array(
      z.object({
        businessId: z.number().int(),
        businessName: z.string(),
        kelurahanName: z.string(),
        targetLevel: Level,
        targetDate: z.string().nullable(),
        open: z.number().int(),
        overdue: z.number().int(),
        nextDue: z.string().nullable(),
      }),
    ),
    overdue: z.array(WorkItem),
    upcoming: z.array(WorkItem).describe('Jatuh tempo dalam 14 hari ke depan'),
    visitsDue: z
      .array(VisitDue)
      .describe('Usaha yang kunjungan terakhirnya lebih dari 30 hari lalu atau belum pernah, terlama dahulu'),
  })
  .meta({ id: 'MyWork' });

export const ReferralQuery = z.object({
  status: Status.optional(),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});

export const ReferralList = z.object({ items: z.array(WorkItem), total: z.number().int() }).meta({
  id: 'ReferralList',
});

export const Referral = WorkItem.extend({
  description: z.string().nullable(),
  products: z.string().nullable(),
  kecamatanName: z.string(),
  ownerFirstName: z.string().describe('Nama depan pemilik saja'),
  ownerPhone: z.string().nullable().describe('Nomor telepon tersamar'),
  outcome: z.string().nullable(),
  next: z.array(Status),
  version: z.number().int(),
  log: z.array(StatusLogEntry),
}).meta({ id: 'Referral' });

export const TemplateLine = z
  .object({
    pillar: Pillar,
    type: Type,
    title,
    offsetDays: z
      .number()
      .int()
      .min(0, 'Jarak hari tidak boleh negatif.')
      .max(730, 'Jarak hari paling lama 730 hari.'),
    partnerOffice: office,
  })
  .meta({ id: 'TemplateLine' });

export const TemplateInput = z
  .object({
    name: z.string().trim().min(3, 'Tuliskan nama templat (minimal 3 huruf).').max(160),
    level: Level,
    sector: Sector.nullish().describe('Kosong = untuk semua sektor'),
    description: nullableText(1000),
    lines: z.array(TemplateLine).min(1, 'Tambahkan minimal satu baris intervensi.').max(30),
  })
  .meta({ id: 'TemplateInput' });

export const TemplatePatch = TemplateInput.partial()
  .extend({ active: z.boolean().optional(), version: Version })
  .meta({ id: 'TemplatePatch' });

export const Template = z
  .object({
    id: z.number().int(),
    name: z.string(),
    level: Level,
    sector: z.string().nullable(),
    description: z.string().nullable(),
    active: z.boolean(),
    version: z.number().int(),
    lines: z.array(TemplateLine.extend({ partnerOffice: z.string().nullable(), type: z.string() })),
  })
  .meta({ id: 'Template' });

export const TemplateQuery = z.object({
  level: z.coerce.number().int().min(1).max(3).optional(),
  sector: Sector.optional(),
  all: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('true = termasuk templat nonaktif'),
});

export const TemplateList = z.object({ items: z.array(Template) }).meta({ id: 'TemplateList' });

export const RoadmapOptions = z
  .object({
    people: z.array(z.object({ id: z.number().int(), name: z.string(), role: z.string() })),
    offices: z.array(z.string()).describe('Kantor mitra yang punya akun aktif'),
  })
  .meta({ id: 'RoadmapOptions' });

export const RoadmapSummary = z
  .object({
    rows: z.array(
      z.object({ pillar: Pillar, status: Status, count: z.number().int(), overdue: z.number().int() }),
    ),
    total: z.number().int(),
    overdue: z.number().int(),
  })
  .meta({ id: 'RoadmapSummary' });

export type RoadmapInput = z.input<typeof RoadmapInput>;
export type RoadmapPatch = z.input<typeof RoadmapPatch>;
export type InterventionInput = z.input<typeof InterventionInput>;
export type InterventionPatch = z.input<typeof InterventionPatch>;
export type StatusChange = z.input<typeof StatusChange>;
export type Intervention = z.infer<typeof Intervention>;
export type InterventionDetail = z.infer<typeof InterventionDetail>;
export type Roadmap = z.infer<typeof Roadmap>;
export type WorkItem = z.infer<typeof WorkItem>;
export type MyWork = z.infer<typeof MyWork>;
export type Referral = z.infer<typeof Referral>;
export type Template = z.infer<typeof Template>;
export type TemplateInput = z.input<typeof TemplateInput>;
export type TemplatePatch = z.input<typeof TemplatePatch>;
export type RoadmapOptions = z.infer<typeof RoadmapOptions>;
export type RoadmapSummary = z.infer<typeof RoadmapSummary>;
export type StatusLogEntry = z.infer<typeof StatusLogEntry>;
