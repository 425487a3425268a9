import { z } from 'zod';
import { IR_LEVELS, PILLARS, PRIORITIES } from '../rules/mentoring.ts';
import { NEED_STATUSES } from '../rules/needs.ts';
import { RUBRIC_SOURCES, rubricIssues } from '../rules/rubric.ts';
import { IsoDate, nullableText } from './common.ts';

const Level = z
  .number()
  .int()
  .refine((n) => (IR_LEVELS as readonly number[]).includes(n), 'Level harus 1, 2 atau 3.')
  .describe('Level industri rumahan: 1 Pemula, 2 Berkembang, 3 Maju');

const RubricOption = z.object({
  label: z.string().trim().min(1, 'Isi label pilihan jawaban.').max(120, 'Label pilihan maks. 120 huruf.'),
  score: z.number().int('Skor harus bilangan bulat.').min(0, 'Skor tidak boleh negatif.').max(100),
  upTo: z
    .number()
    .min(0)
    .nullish()
    .describe('Untuk isian awal dari registri: nilai tertinggi yang masuk pilihan ini'),
});

const RubricDimension = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,39}$/, 'Kunci hanya huruf kecil, angka dan garis bawah, mis. pembukuan.'),
  label: z.string().trim().min(1, 'Isi nama dimensi.').max(80, 'Nama dimensi maks. 80 huruf.'),
  help: z.string().trim().max(300, 'Keterangan maks. 300 huruf.').default(''),
  source: z.enum(RUBRIC_SOURCES).nullish().describe('Isian awal dari registri: pekerja, omzet atau izin'),
  options: z.array(RubricOption).max(10, 'Paling banyak 10 pilihan per dimensi.'),
});

const RubricFields = z.object({
  dimensions: z
    .array(RubricDimension)
    .min(1, 'Rubrik perlu paling sedikit satu dimensi.')
    .max(20, 'Paling banyak 20 dimensi.'),
  cutPoints: z
    .tuple([
      z.number().int('Batas level harus bilangan bulat.'),
      z.number().int('Batas level harus bilangan bulat.'),
    ])
    .describe('[skor tertinggi IR 1, skor tertinggi IR 2]; di atasnya IR 3'),
});

export const RubricInput = RubricFields.extend({
  note: nullableText(300).describe('Apa yang berubah dari versi sebelumnya'),
})
  .superRefine((r, ctx) => {
    for (const i of rubricIssues(r)) {
      const path = i.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
      ctx.addIssue({ code: 'custom', path, message: i.message, params: { code: i.code } });
    }
  })
  .meta({ id: 'RubricInput' });

export const Rubric = RubricFields.extend({
  version: z.number().int(),
  current: z.boolean(),
  minScore: z.number().int(),
  maxScore: z.number().int(),
  note: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
}).meta({ id: 'Rubric' });

export const RubricList = z
  .object({
    current: Rubric,
    versions: z.array(
      z.object({
        version: z.number().int(),
        note: z.string().nullable(),
        createdBy: z.string(),
        createdAt: z.string(),
        dimensions: z.number().int(),
        maxScore: z.number().int(),
        assessments: z.number().int().describe('Penilaian yang memakai versi ini'),
      }),
    ),
  })
  .meta({ id: 'RubricList' });

const Answers = z
  .record(z.string(), z.number().int().min(0))
  .describe('Kunci dimensi → nomor urut pilihan (mulai 0) dalam versi rubrik itu');

export const NeedInput = z
  .object({
    pillar: z.enum(PILLARS, 'Pilih pilar.'),
    title: z.string().trim().min(3, 'Tulis kebutuhan (min. 3 huruf).').max(120, 'Kebutuhan maks. 120 huruf.'),
    priority: z.enum(PRIORITIES, 'Pilih prioritas.'),
    note: nullableText(500),
    dimension: z.string().max(40).nullish().describe('Dimensi rubrik asal saran'),
  })
  .meta({ id: 'NeedInput' });

export const AssessmentInput = z
  .object({
    rubricVersion: z.number().int().describe('Versi rubrik yang dipakai formulir'),
    answers: Answers,
    level: Level.describe('Level yang dikonfirmasi pendamping'),
    overrideReason: nullableText(500).describe('Wajib bila level berbeda dari saran'),
    assessedOn: IsoDate.optional().describe('Tanggal penilaian; bawaan hari ini (WIB)'),
    notes: nullableText(2000),
    needs: z
      .array(NeedInput)
      .max(30)
      .optional()
      .describe('Kebutuhan yang diterima; bila tidak dikirim, semua saran dari jawaban disimpan'),
  })
  .meta({ id: 'AssessmentInput' });

export const Assessment = z
  .object({
    id: z.number().int(),
    businessId: z.number().int(),
    rubricVersion: z.number().int(),
    answers: Answers,
    total: z.number().int(),
    maxScore: z.number().int(),
    suggestedLevel: z.number().int(),
    level: z.number().int(),
    overrideReason: z.string().nullable(),
    assessedOn: z.string(),
    assessorName: z.string(),
    notes: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Assessment' });

export const LevelEvent = z
  .object({
    id: z.number().int(),
    fromLevel: z.number().int().nullable(),
    toLevel: z.number().int(),
    direction: z.enum(['awal', 'naik', 'turun']),
    occurredOn: z.string(),
    assessmentId: z.number().int(),
  })
  .meta({ id: 'LevelEvent' });

export const Need = z
  .object({
    id: z.number().int(),
    businessId: z.number().int(),
    pillar: z.enum(PILLARS),
    title: z.string(),
    priority: z.enum(PRIORITIES),
    status: z.enum(NEED_STATUSES),
    source: z.enum(['assessment', 'manual']),
    assessmentId: z.number().int().nullable(),
    dimension: z.string().nullable(),
    note: z.string().nullable(),
    updatedBy: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Need' });

export const NeedList = z.object({ items: z.array(Need) }).meta({ id: 'NeedList' });

export const NeedPatch = z
  .object({
    version: z.number().int().describe('Versi yang sedang dilihat (pengaman simpan bersamaan)'),
    pillar: z.enum(PILLARS, 'Pilih pilar.').optional(),
    title: z
      .string()
      .trim()
      .min(3, 'Tulis kebutuhan (min. 3 huruf).')
      .max(120, 'Kebutuhan maks. 120 huruf.')
      .optional(),
    priority: z.enum(PRIORITIES, 'Pilih prioritas.').optional(),
    status: z.enum(NEED_STATUSES, 'Pilih status.').optional(),
    note: nullableText(500),
  })
  .meta({ id: 'NeedPatch' });

export const BusinessLevel = z
  .object({
    businessId: z.number().int(),
    level: z.number().int().nullable().describe('Level saat ini; null bila belum dinilai'),
    since: z.string().nullable(),
    events: z.array(LevelEvent),
    assessments: z.array(Assessment),
  })
  .meta({ id: 'BusinessLevel' });

export const AssessmentDraft = z
  .object({
    rubric: Rubric,
    answers: Answers.describe('Isian awal dari registri (pekerja, omzet, izin); boleh diubah'),
    prefilled: z.record(z.string(), z.string()).describe('Dimensi → dari mana isian awal diambil'),
    today: z.string(),
    lastAssessedOn: z.string().nullable(),
    openNeedTitles: z.array(z.string()),
  })
  .meta({ id: 'AssessmentDraft' });

export const AssessmentSaved = z
  .object({ assessment: Assessment, event: LevelEvent.nullable(), needs: z.array(Need) })
  .meta({ id: 'AssessmentSaved' });

export const LevelReportQuery = z.object({
  period: z.enum(['month', 'year']).default('month').describe('Dikelompokkan per bulan atau per tahun'),
  from: IsoDate.optional().describe('Awal rentang; bawaan 12 bulan (atau 5 tahun) terakhir'),
  to: IsoDate.optional().describe('Akhir rentang; bawaan hari ini'),
});

const LevelCounts = {
  ir1: z.number().int(),
  ir2: z.number().int(),
  ir3: z.number().int(),
  unassessed: z.number().int().describe('Industri rumahan aktif yang belum dinilai'),
};

export const LevelReport = z
  .object({
    period: z.enum(['month', 'year']),
    from: z.string(),
    to: z.string(),
    rows: z.array(
      z.object({
        period: z.string().describe('YYYY-MM atau YYYY'),
        kecamatanCode: z.string(),
        kecamatanName: z.string(),
        naik: z.number().int(),
        turun: z.number().int(),
      }),
    ),
    totals: z.object({ naik: z.number().int(), turun: z.number().int() }),
    levels: z.array(z.object({ kecamatanCode: z.string(), kecamatanName: z.string(), ...LevelCounts })),
  })
  .meta({ id: 'LevelReport' });

export const NaikKelasFigure = z
  .object({
    naikKelas12Months: z.number().int().describe('Naik kelas dalam 12 bulan terakhir'),
    turunKelas12Months: z.number().int(),
    ...LevelCounts,
  })
  .meta({ id: 'NaikKelasFigure' });

export type RubricInput = z.infer<typeof RubricInput>;
export type Rubric = z.infer<typeof Rubric>;
export type RubricList = z.infer<typeof RubricList>;
export type AssessmentInput = z.infer<typeof AssessmentInput>;
export type Assessment = z.infer<typeof Assessment>;
export type LevelEvent = z.infer<typeof LevelEvent>;
export type Need = z.infer<typeof Need>;
export type NeedList = z.infer<typeof NeedList>;
export type NeedInput = z.infer<typeof NeedInput>;
export type NeedPatch = z.infer<typeof NeedPatch>;
export type BusinessLevel = z.infer<typeof BusinessLevel>;
export type AssessmentDraft = z.infer<typeof AssessmentDraft>;
export type AssessmentSaved = z.infer<typeof AssessmentSaved>;
export type LevelReport = z.infer<typeof LevelReport>;
export type NaikKelasFigure = z.infer<typeof NaikKelasFigure>;
