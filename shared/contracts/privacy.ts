import { z } from 'zod';
import { Business } from './businesses.ts';
import { Id, PageQuery, pageOf } from './common.ts';
import { HistoryEntry } from './history.ts';
import { Person } from './people.ts';
import { Permit } from './permits.ts';

/** UU 27/2022 (UU PDP): legal basis, data-subject requests and the breach register. */

export const LEGAL_BASES = ['consent', 'public_task'] as const;
export const CHANNELS = ['paper', 'in_person', 'phone', 'web'] as const;
export const PURPOSES = ['registry', 'mentoring', 'catalogue'] as const;
export const REQUEST_KINDS = ['access', 'rectification', 'erasure', 'withdrawal', 'objection'] as const;
export const REQUEST_STATUSES = ['open', 'done', 'rejected'] as const;
export const BREACH_STATUSES = ['open', 'contained', 'closed'] as const;
export const DATA_CATEGORIES = [
  'identity',
  'contact',
  'address',
  'financial',
  'business',
  'account',
] as const;

/** Clocks of two machines differ a little; a moment up to five minutes ahead is still "now". */
const notFuture = (v: string) => new Date(v).getTime() <= Date.now() + 5 * 60_000;

export const Instant = z.iso
  .datetime({ offset: true, error: 'Isi tanggal dan jam, mis. 2026-11-28T09:30:00+07:00.' })
  .refine(notFuture, { message: 'Waktu tidak boleh di masa depan.', params: { code: 'TIME_IN_FUTURE' } })
  .describe('Waktu ISO 8601 dengan zona waktu');

const reason = z
  .string()
  .trim()
  .min(5, 'Tuliskan alasannya (minimal 5 huruf).')
  .max(500, 'Alasan paling panjang 500 huruf.');

export const ConsentInput = z
  .object({
    textVersion: z
      .string()
      .trim()
      .min(1, 'Isi versi naskah persetujuan yang ditandatangani.')
      .max(60)
      .describe('Versi naskah persetujuan, mis. PSTJ-2026-01'),
    channel: z.enum(CHANNELS, { error: 'Pilih cara persetujuan diberikan.' }),
    purposes: z
      .array(z.enum(PURPOSES))
      .min(1, 'Pilih minimal satu tujuan pemrosesan.')
      .max(PURPOSES.length)
      .refine((p) => new Set(p).size === p.length, 'Tujuan tidak boleh berulang.'),
    givenAt: Instant.optional().describe('Kapan persetujuan diberikan; kosong = sekarang'),
  })
  .meta({ id: 'ConsentInput' });

export const PublicTaskInput = z
  .object({
    note: z
      .string()
      .trim()
      .min(5, 'Sebutkan dasar tugas publiknya, mis. nomor Perwali (minimal 5 huruf).')
      .max(500),
  })
  .meta({ id: 'PublicTaskInput' });

export const WithdrawInput = z.object({ reason }).meta({ id: 'WithdrawInput' });
export const EraseInput = z.object({ reason }).meta({ id: 'EraseInput' });

export const LegalBasis = z
  .object({
    id: z.number().int(),
    personId: z.number().int(),
    basis: z.enum(LEGAL_BASES),
    consentTextVersion: z.string().nullable(),
    channel: z.enum(CHANNELS).nullable(),
    purposes: z.array(z.enum(PURPOSES)),
    note: z.string().nullable(),
    givenAt: z.string(),
    officerName: z.string(),
    withdrawnAt: z.string().nullable(),
    withdrawnReason: z.string().nullable(),
    withdrawalOfficerName: z.string().nullable(),
  })
  .meta({ id: 'LegalBasis' });

export const LegalBasisHistory = z
  .object({
    current: LegalBasis.nullable().describe('Dasar yang berlaku: baris terakhir; null bila belum dicatat'),
    items: z.array(LegalBasis).describe('Semua dasar yang pernah dicatat, terbaru di atas'),
    processingRestrictedAt: z.string().nullable(),
    erasedAt: z.string().nullable(),
  })
  .meta({ id: 'LegalBasisHistory' });

export const SubjectRequestInput = z
  .object({
    personId: Id,
    kind: z.enum(REQUEST_KINDS, { error: 'Pilih jenis permintaan.' }),
    channel: z.enum(CHANNELS, { error: 'Pilih cara permintaan diterima.' }),
    receivedAt: Instant.optional().describe('Kapan permintaan diterima; kosong = sekarang'),
    note: z.string().trim().max(1000).nullish(),
  })
  .meta({ id: 'SubjectRequestInput' });

export const SubjectRequestClose = z
  .object({
    status: z.enum(['done', 'rejected'], { error: 'Pilih hasil: selesai atau ditolak.' }),
    outcome: z.string().trim().min(5, 'Tuliskan hasil atau alasan penolakan (minimal 5 huruf).').max(1000),
  })
  .meta({ id: 'SubjectRequestClose' });

export const SubjectRequest = z
  .object({
    id: z.number().int(),
    personId: z.number().int(),
    personName: z.string(),
    kind: z.enum(REQUEST_KINDS),
    channel: z.enum(CHANNELS),
    receivedAt: z.string(),
    dueAt: z.string().describe('Batas waktu menurut UU PDP'),
    overdue: z.boolean().describe('Masih terbuka setelah batas waktu'),
    status: z.enum(REQUEST_STATUSES),
    note: z.string().nullable(),
    closedAt: z.string().nullable(),
    outcome: z.string().nullable(),
    officerName: z.string(),
    closedByName: z.string().nullable(),
  })
  .meta({ id: 'SubjectRequest' });

export const SubjectRequestQuery = PageQuery.extend({
  status: z.enum(REQUEST_STATUSES).optional(),
  kind: z.enum(REQUEST_KINDS).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  personId: Id.optional(),
});
export const SubjectRequestPage = pageOf(SubjectRequest).meta({ id: 'SubjectRequestPage' });

/** The subject's own copy: NIK and phone in clear, history values unmasked. */
export const SubjectData = z
  .object({
    generatedAt: z.string(),
    person: Person,
    businesses: z.array(Business),
    permits: z.array(Permit),
    history: z.array(HistoryEntry),
    legalBases: z.array(LegalBasis),
    subjectRequests: z.array(SubjectRequest),
  })
  .meta({ id: 'SubjectData' });

export const EraseResult = z
  .object({ personId: z.number().int(), erasedAt: z.string(), businessesAnonymised: z.number().int() })
  .meta({ id: 'EraseResult' });

export const BreachInput = z
  .object({
    discoveredAt: Instant,
    description: z.string().trim().min(10, 'Jelaskan kejadiannya (minimal 10 huruf).').max(2000),
    dataCategories: z.array(z.enum(DATA_CATEGORIES)).min(1, 'Pilih minimal satu jenis data.'),
    peopleAffected: z.number().int().min(0).max(10_000_000).nullish().describe('Perkiraan jumlah orang'),
  })
  .meta({ id: 'BreachInput' });

export const BreachPatch = z
  .object({
    notifiedSubjectsAt: Instant.nullish().describe('Kapan subjek data diberi tahu'),
    notifiedAuthorityAt: Instant.nullish().describe('Kapan lembaga PDP diberi tahu'),
    status: z.enum(BREACH_STATUSES).optional(),
    peopleAffected: z.number().int().min(0).max(10_000_000).nullish(),
  })
  .meta({ id: 'BreachPatch' });

export const Breach = z
  .object({
    id: z.number().int(),
    discoveredAt: z.string(),
    description: z.string(),
    dataCategories: z.array(z.enum(DATA_CATEGORIES)),
    peopleAffected: z.number().int().nullable(),
    notifiedSubjectsAt: z.string().nullable(),
    notifiedAuthorityAt: z.string().nullable(),
    status: z.enum(BREACH_STATUSES),
    recordedByName: z.string(),
    notifyBy: z.string().describe('Batas pemberitahuan: ditemukan + 3×24 jam (UU PDP Pasal 46)'),
    hoursLeft: z.number().describe('Jam tersisa sampai batas; negatif bila terlambat'),
  })
  .meta({ id: 'Breach' });

export const BreachList = z.object({ items: z.array(Breach) }).meta({ id: 'BreachList' });

export type ConsentInput = z.input<typeof ConsentInput>;
export type LegalBasis = z.infer<typeof LegalBasis>;
export type LegalBasisHistory = z.infer<typeof LegalBasisHistory>;
export type SubjectRequest = z.infer<typeof SubjectRequest>;
export type SubjectRequestInput = z.input<typeof SubjectRequestInput>;
export type SubjectRequestClose = z.infer<typeof SubjectRequestClose>;
export type SubjectData = z.infer<typeof SubjectData>;
export type Breach = z.infer<typeof Breach>;
export type BreachInput = z.input<typeof BreachInput>;
export type BreachPatch = z.input<typeof BreachPatch>;
export type RequestKind = (typeof REQUEST_KINDS)[number];
