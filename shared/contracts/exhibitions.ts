import { z } from 'zod';
import { Id, IsoDate } from './common.ts';
import { EnrolFilter } from './programmes.ts';

// Gelar Produk exhibitions: a city-wide event, participants invited from the registry, booths, attendance,
// sales and buyer leads per day, and the result written to each participant's roadmap when it closes.

export const EXHIBITION_STATUSES = ['rencana', 'berlangsung', 'selesai', 'batal'] as const;
export type ExhibitionStatus = (typeof EXHIBITION_STATUSES)[number];
export const EXHIBITION_STATUS_LABELS: Record<ExhibitionStatus, string> = {
  rencana: 'Rencana',
  berlangsung: 'Berlangsung',
  selesai: 'Selesai',
  batal: 'Batal',
};
/** Which status may follow which (selesai and batal end an event). */
export const EXHIBITION_TRANSITIONS: Record<ExhibitionStatus, readonly ExhibitionStatus[]> = {
  rencana: ['berlangsung', 'batal'],
  berlangsung: ['selesai', 'batal'],
  selesai: [],
  batal: [],
};

export const INVITATION_STATUSES = ['diundang', 'dikonfirmasi', 'menolak'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];
export const INVITATION_LABELS: Record<InvitationStatus, string> = {
  diundang: 'Diundang',
  dikonfirmasi: 'Dikonfirmasi',
  menolak: 'Menolak',
};

/** At most this many days per event: a longer range is almost surely a typing mistake. */
export const MAX_EVENT_DAYS = 14;

/** The days of an event, from its first to its last date (YYYY-MM-DD). */
export function eventDays(start: string, end: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${start}T00:00:00Z`); t <= Date.parse(`${end}T00:00:00Z`); t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
    if (days.length > MAX_EVENT_DAYS) break;
  }
  return days;
}

const Text = (max: number, what: string) =>
  z
    .string()
    .trim()
    .min(1, `Isi ${what}.`)
    .max(max, `${what[0]?.toUpperCase()}${what.slice(1)} paling panjang ${max} huruf.`);

const ExhibitionFields = z.object({
  name: Text(160, 'nama pameran').describe('mis. Gelar Produk Industri Rumahan 2026'),
  startDate: IsoDate.describe('Hari pertama'),
  endDate: IsoDate.describe('Hari terakhir'),
  venue: Text(200, 'tempat'),
  organiser: Text(160, 'penyelenggara'),
  quota: z.coerce
    .number({ error: 'Kuota harus berupa angka.' })
    .int('Kuota harus bilangan bulat.')
    .min(1, 'Kuota sedikitnya 1 peserta.')
    .max(1000, 'Kuota paling banyak 1.000 peserta.')
    .describe('Peserta yang dikonfirmasi paling banyak'),
  criteria: z.string().trim().max(2000, 'Kriteria paling panjang 2.000 huruf.').nullish(),
  criteriaFilter: EnrolFilter.nullish().describe('Filter registri yang dipakai memilih peserta'),
});

const datesInOrder = (v: { startDate?: string; endDate?: string }) =>
  !v.startDate || !v.endDate || v.endDate >= v.startDate;
const datesShort = (v: { startDate?: string; endDate?: string }) =>
  !v.startDate || !v.endDate || eventDays(v.startDate, v.endDate).length <= MAX_EVENT_DAYS;

export const ExhibitionInput = ExhibitionFields.refine(datesInOrder, {
  message: 'Tanggal selesai tidak boleh sebelum tanggal mulai.',
  path: ['endDate'],
})
  .refine(datesShort, {
    message: `Pameran paling lama ${MAX_EVENT_DAYS} hari; periksa tanggalnya.`,
    path: ['endDate'],
  })
  .meta({ id: 'ExhibitionInput' });

export const ExhibitionPatch = ExhibitionFields.partial()
  .extend({ version: z.number().int().describe('Versi yang dibaca; 409 bila sudah diubah orang lain') })
  .refine(datesInOrder, {
    message: 'Tanggal selesai tidak boleh sebelum tanggal mulai.',
    path: ['endDate'],
  })
  .meta({ id: 'ExhibitionPatch' });

export const ExhibitionStatusInput = z
  .object({ status: z.enum(EXHIBITION_STATUSES, { error: 'Pilih status pameran dari daftar.' }) })
  .meta({ id: 'ExhibitionStatusInput' });

export const Exhibition = z
  .object({
    id: z.number().int(),
    name: z.string(),
    startDate: z.string(),
    endDate: z.string(),
    days: z.array(z.string()).describe('Hari-hari pameran'),
    venue: z.string(),
    organiser: z.string(),
    quota: z.number().int(),
    criteria: z.string().nullable(),
    criteriaFilter: EnrolFilter.nullable(),
    status: z.enum(EXHIBITION_STATUSES),
    confirmed: z.number().int().describe('Peserta dikonfirmasi (seluruh kota: kuota berlaku untuk kota)'),
    invited: z.number().int().describe('Undangan di wilayah Anda'),
    closedAt: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Exhibition' });

export const ExhibitionList = z.object({ items: z.array(Exhibition) }).meta({ id: 'ExhibitionList' });

export const ExhibitionDay = z.object({
  day: z.string(),
  present: z.boolean().nullable(),
  salesAmount: z.number().int().nullable(),
  items: z.number().int().nullable(),
  leads: z.number().int(),
});

export const ExhibitionParticipant = z
  .object({
    id: z.number().int(),
    businessId: z.number().int(),
    businessName: z.string(),
    sector: z.string().nullable(),
    kecamatanName: z.string(),
    kelurahanName: z.string(),
    invitation: z.enum(INVITATION_STATUSES),
    boothCode: z.string().nullable(),
    days: z.array(ExhibitionDay),
    leads: z.number().int().describe('Calon pembeli dari stan, semua hari'),
    resultWritten: z.boolean().describe('Hasil sudah ditulis ke peta jalan/ukuran hasil'),
  })
  .meta({ id: 'ExhibitionParticipant' });

export const ExhibitionDetail = z
  .object({ exhibition: Exhibition, participants: z.array(ExhibitionParticipant) })
  .meta({ id: 'ExhibitionDetail' });

export const InviteInput = z
  .object({
    filter: EnrolFilter.optional().describe('Semua usaha yang cocok dengan filter (dalam wilayah Anda)'),
    businessIds: z.array(Id).min(1, 'Pilih sedikitnya satu usaha.').max(500).optional(),
  })
  .refine((v) => !!v.filter !== !!v.businessIds, {
    message: 'Kirim filter atau daftar usaha, salah satu.',
    path: ['filter'],
  })
  .meta({ id: 'InviteInput' });

export const InvitePreview = z
  .object({
    count: z.number().int().describe('Usaha yang akan diundang'),
    alreadyIn: z.number().int().describe('Sudah diundang'),
    preview: z.array(z.object({ id: z.number().int(), name: z.string(), kelurahanName: z.string() })),
  })
  .meta({ id: 'InvitePreview' });

export const InviteResult = z
  .object({
    invited: z.number().int(),
    skippedRestricted: z.number().int().describe('Pemilik menarik persetujuan (UU PDP): tidak diundang'),
    skippedAlreadyIn: z.number().int(),
    notFound: z.number().int().describe('Tidak ditemukan di wilayah Anda'),
  })
  .meta({ id: 'InviteResult' });

export const ExhibitionParticipantPatch = z
  .object({
    invitation: z.enum(INVITATION_STATUSES, { error: 'Pilih status undangan dari daftar.' }).optional(),
    boothCode: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9-]{1,10}$/, 'Kode stan 1–10 huruf/angka, mis. A-12.')
      .nullish()
      .describe('Kode stan, unik dalam satu pameran; null melepas stan'),
  })
  .meta({ id: 'ExhibitionParticipantPatch' });

export const ExhibitionDayInput = z
  .object({
    day: IsoDate.describe('Hari pameran'),
    present: z.boolean().nullable().optional().describe('Hadir (true) / tidak (false)'),
    salesAmount: z
      .number({ error: 'Penjualan harus berupa angka rupiah.' })
      .int('Penjualan dalam rupiah utuh, tanpa sen.')
      .min(0, 'Penjualan tidak boleh negatif.')
      .max(10_000_000_000, 'Penjualan terlalu besar; periksa angkanya.')
      .nullable()
      .optional(),
    items: z
      .number({ error: 'Jumlah barang harus berupa angka.' })
      .int('Jumlah barang harus bilangan bulat.')
      .min(0, 'Jumlah barang tidak boleh negatif.')
      .max(1_000_000)
      .nullable()
      .optional(),
  })
  .meta({ id: 'ExhibitionDayInput' });

export const BoothLeadInput = z
  .object({
    buyerName: Text(120, 'nama pembeli'),
    buyerPhone: z.string().trim().max(30).nullish(),
    buyerEmail: z.email('Alamat email tidak valid.').max(200).nullish(),
    message: z.string().trim().max(2000, 'Pesan paling panjang 2.000 huruf.').nullish(),
    consent: z.literal(true, {
      error: 'Centang persetujuan pembeli: kontaknya hanya disimpan bila ia setuju.',
    }),
  })
  .refine((v) => !!v.buyerPhone || !!v.buyerEmail, {
    message: 'Isi nomor HP atau email pembeli.',
    path: ['buyerPhone'],
  })
  .meta({ id: 'BoothLeadInput' });

export const BoothLeadResult = z.object({ id: z.number().int() }).meta({ id: 'BoothLeadResult' });
export const ExhibitionSaved = z
  .object({ id: z.number().int().describe('Peserta yang disimpan') })
  .meta({ id: 'ExhibitionSaved' });

export const CloseResult = z
  .object({
    exhibition: Exhibition,
    results: z.number().int().describe('Peserta yang hasilnya ditulis'),
    interventions: z.number().int().describe('Intervensi pilar pasar yang ditulis ke peta jalan'),
  })
  .meta({ id: 'ExhibitionStatusResult' });

export type ExhibitionInput = z.input<typeof ExhibitionInput>;
export type ExhibitionPatch = z.input<typeof ExhibitionPatch>;
export type Exhibition = z.infer<typeof Exhibition>;
export type ExhibitionDetail = z.infer<typeof ExhibitionDetail>;
export type ExhibitionParticipant = z.infer<typeof ExhibitionParticipant>;
export type InviteInput = z.input<typeof InviteInput>;
export type InvitePreview = z.infer<typeof InvitePreview>;
export type InviteResult = z.infer<typeof InviteResult>;
export type ExhibitionParticipantPatch = z.input<typeof ExhibitionParticipantPatch>;
export type ExhibitionDayInput = z.input<typeof ExhibitionDayInput>;
export type BoothLeadInput = z.input<typeof BoothLeadInput>;
export type CloseResult = z.infer<typeof CloseResult>;
