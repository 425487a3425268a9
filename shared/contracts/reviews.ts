import { z } from 'zod';

export const Evidence = z
  .object({
    field: z.string(),
    outcome: z.enum(['agree', 'partial', 'disagree', 'missing']),
    weight: z.number().describe('Sumbangan pada skor (log2 rasio kemungkinan)'),
    note: z.string(),
  })
  .meta({ id: 'Evidence' });

/** One side of a pair: display values by field, the same keys on both sides. */
export const PairRecord = z
  .object({
    id: z.number().int(),
    fields: z.record(z.string(), z.string().nullable()),
  })
  .meta({ id: 'PairRecord' });

export const LinkReview = z
  .object({
    id: z.number().int(),
    kind: z.enum(['person', 'business']),
    score: z.number(),
    evidence: z.array(Evidence),
    state: z.enum(['open', 'merged', 'distinct', 'gone']),
    a: PairRecord,
    b: PairRecord,
    differs: z.array(z.string()).describe('Isian yang nilainya berbeda'),
    importId: z.number().int().nullable(),
    createdAt: z.string(),
    rescoredAt: z
      .string()
      .nullable()
      .describe(
        'Kapan penautan ulang terakhir menghitung ulang skor dan bukti; null: seperti saat diusulkan',
      ),
    decidedBy: z.string().nullable(),
    decidedAt: z
      .string()
      .nullable()
      .describe(
        'Kapan diputuskan, atau kapan keluar dari antrean (gone: skornya turun di bawah batas tinjauan)',
      ),
  })
  .meta({ id: 'LinkReview' });
export type LinkReview = z.infer<typeof LinkReview>;

export const LinkReviewQuery = z.object({
  kind: z.enum(['person', 'business']).optional(),
  state: z
    .enum(['open', 'merged', 'distinct', 'gone'])
    .default('open')
    .describe(
      'open: menunggu keputusan; distinct: ditandai berbeda; gone: keluar dari antrean karena skornya turun; merged: digabung (tampil selama kedua data masih ada)',
    ),
  sort: z
    .enum(['oldest', 'score'])
    .default('oldest')
    .describe(
      'oldest: yang diusulkan lebih dulu di depan; score: skor tertinggi (paling mungkin sama) di depan',
    ),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  after: z.coerce.number().int().optional().describe('ID terakhir halaman sebelumnya'),
});

export const LinkReviewList = z
  .object({
    items: z.array(LinkReview),
    open: z.object({ person: z.number().int(), business: z.number().int() }),
  })
  .meta({ id: 'LinkReviewList' });

export const ReviewDecision = z
  .object({
    decision: z
      .enum(['same', 'distinct'])
      .describe('same = gabungkan; distinct = berbeda, tidak diusulkan lagi'),
    keep: z.enum(['a', 'b']).default('a').describe('Rekaman yang dipertahankan saat digabung'),
    fields: z
      .record(z.string(), z.enum(['a', 'b']))
      .default({})
      .describe('Untuk tiap isian: nilai dari rekaman a atau b'),
  })
  .meta({ id: 'ReviewDecision' });

export const Merge = z
  .object({
    id: z.number().int(),
    kind: z.enum(['person', 'business']),
    survivorId: z.number().int(),
    survivorName: z
      .string()
      .nullable()
      .describe('Nama rekaman yang dipertahankan; null bila sudah tidak ada'),
    mergedId: z.number().int(),
    mergedName: z.string(),
    mergedBy: z.string(),
    mergedAt: z.string(),
    undoneBy: z.string().nullable(),
    undoneAt: z.string().nullable(),
  })
  .meta({ id: 'Merge' });
export const MergeList = z.object({ items: z.array(Merge) }).meta({ id: 'MergeList' });
export const MergeQuery = z.object({
  kind: z.enum(['person', 'business']),
  recordId: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .describe('Penggabungan satu rekaman; tanpa ini, penggabungan terbaru di wilayah pengguna'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  before: z.coerce.number().int().optional().describe('ID terakhir halaman sebelumnya (terbaru dahulu)'),
});

/** What each source office said for one field of a record. */
export const FieldSource = z
  .object({
    field: z.string(),
    current: z.string().nullable(),
    sources: z.array(
      z.object({
        rowId: z.number().int().describe('Baris sumber; kirim ke …/adopt untuk memakai nilainya'),
        value: z.string().nullable(),
        source: z.string(),
        fileName: z.string(),
        sheetRow: z.number().int(),
        importId: z.number().int(),
        importedAt: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'FieldSource' });
export const RecordSources = z
  .object({ rows: z.number().int(), fields: z.array(FieldSource) })
  .meta({ id: 'RecordSources' });

export const DuplicateCheck = z
  .object({
    matches: z.array(
      z.object({ id: z.number().int(), label: z.string(), score: z.number(), evidence: z.array(Evidence) }),
    ),
  })
  .meta({ id: 'DuplicateCheck' });

export const AdoptValue = z
  .object({
    rowId: z.number().int().positive(),
    field: z.string().min(1),
    version: z.number().int().positive().describe('Versi rekaman yang sedang dilihat (kunci optimistis)'),
  })
  .meta({ id: 'AdoptValue' });
