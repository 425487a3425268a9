import { todayInJakarta } from './calendar.ts';

// The mentoring vocabulary shared by assessments, roadmaps, referrals and programmes (server and browser).

/** KemenPPPA home-industry levels (Permen PPPA No. 2/2016). */
export const IR_LEVELS = [1, 2, 3] as const;
export type IrLevel = (typeof IR_LEVELS)[number];
export const IR_LEVEL_LABELS: Record<IrLevel, string> = {
  1: 'IR 1 Pemula',
  2: 'IR 2 Berkembang',
  3: 'IR 3 Maju',
};

/** The four pillars of the programme, plus legality and technology which offices track on their own. */
export const PILLARS = ['sdm', 'produksi', 'pembiayaan', 'pasar', 'legalitas', 'teknologi'] as const;
export type Pillar = (typeof PILLARS)[number];
export const PILLAR_LABELS: Record<Pillar, string> = {
  sdm: 'SDM (keterampilan pemilik)',
  produksi: 'Kualitas produksi',
  pembiayaan: 'Pembiayaan & permodalan',
  pasar: 'Akses pasar',
  legalitas: 'Legalitas',
  teknologi: 'Teknologi',
};

export const PRIORITIES = ['tinggi', 'sedang', 'rendah'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const PRIORITY_LABELS: Record<Priority, string> = {
  tinggi: 'Tinggi',
  sedang: 'Sedang',
  rendah: 'Rendah',
};

/** Kinds of help an intervention gives, each with the pillar it usually serves. */
export const INTERVENTION_TYPES = {
  pelatihan: { label: 'Pelatihan', pillar: 'sdm' },
  kunjungan: { label: 'Kunjungan pendampingan', pillar: 'sdm' },
  bantuan_alat: { label: 'Bantuan peralatan', pillar: 'produksi' },
  fasilitasi_pirt: { label: 'Fasilitasi P-IRT', pillar: 'legalitas' },
  fasilitasi_nib: { label: 'Fasilitasi NIB', pillar: 'legalitas' },
  fasilitasi_halal: { label: 'Fasilitasi halal (self-declare)', pillar: 'legalitas' },
  rujukan_kur: { label: 'Rujukan KUR', pillar: 'pembiayaan' },
  rujukan_mekaar: { label: 'Rujukan PNM Mekaar', pillar: 'pembiayaan' },
  rujukan_koperasi: { label: 'Rujukan koperasi', pillar: 'pembiayaan' },
  pameran: { label: 'Pameran / Gelar Produk', pillar: 'pasar' },
  marketplace: { label: 'Pendampingan marketplace', pillar: 'pasar' },
  katalog: { label: 'Katalog produk', pillar: 'pasar' },
  lainnya: { label: 'Lainnya', pillar: 'sdm' },
} as const satisfies Record<string, { label: string; pillar: Pillar }>;
export type InterventionType = keyof typeof INTERVENTION_TYPES;
export const INTERVENTION_TYPE_KEYS = Object.keys(INTERVENTION_TYPES) as InterventionType[];

export const INTERVENTION_STATUSES = [
  'planned',
  'in_progress',
  'done',
  'done_no_result',
  'unreachable',
  'declined',
] as const;
export type InterventionStatus = (typeof INTERVENTION_STATUSES)[number];
export const INTERVENTION_STATUS_LABELS: Record<InterventionStatus, string> = {
  planned: 'Direncanakan',
  in_progress: 'Berjalan',
  done: 'Selesai, berhasil',
  done_no_result: 'Selesai, tanpa hasil',
  unreachable: 'Tidak dapat dihubungi',
  declined: 'Ditolak pelaku usaha',
};

/** Closed statuses end an intervention; it may be reopened (back to in_progress) with a note. */
export const CLOSED_STATUSES: readonly InterventionStatus[] = [
  'done',
  'done_no_result',
  'unreachable',
  'declined',
];

/** Which status may follow which; the same table guards the API and the buttons the web app shows. */
export const STATUS_TRANSITIONS: Record<InterventionStatus, readonly InterventionStatus[]> = {
  planned: ['in_progress', 'done', 'done_no_result', 'unreachable', 'declined'],
  in_progress: ['done', 'done_no_result', 'unreachable', 'declined'],
  done: ['in_progress'],
  done_no_result: ['in_progress'],
  unreachable: ['planned', 'in_progress'],
  declined: ['planned'],
};

export function canMove(from: InterventionStatus, to: InterventionStatus): boolean {
  return STATUS_TRANSITIONS[from].includes(to);
}

/** Overdue: still open and its due date (YYYY-MM-DD, Asia/Jakarta calendar) has passed. */
export function isOverdue(status: InterventionStatus, dueDate: string | null, today: string): boolean {
  return !!dueDate && !CLOSED_STATUSES.includes(status) && dueDate < today;
}

/** Today's date (YYYY-MM-DD) on the Asia/Jakarta calendar, the one due dates are written in. */
export function jakartaToday(now: Date = new Date()): string {
  return todayInJakarta(now);
}

/** A YYYY-MM-DD date moved by whole days (negative: back). */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Closing as done or done without result needs a note on what came of it. */
export function needsOutcome(to: InterventionStatus): boolean {
  return to === 'done' || to === 'done_no_result';
}
