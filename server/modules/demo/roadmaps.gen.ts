import {
  addDays,
  type InterventionStatus,
  needsOutcome,
  STATUS_TRANSITIONS,
} from '../../../shared/rules/mentoring.ts';
import { createRandom, type Random } from './random.ts';

/** Demo roadmaps for about a quarter of the home industries, with interventions in every status. */

export type DemoRoadmapBusiness = {
  id: number;
  kecamatanCode: string;
  kelurahanCode: string;
  sector: string;
};
export type DemoTemplate = {
  level: number;
  sector: string | null;
  lines: { pillar: string; type: string; title: string; offsetDays: number; partnerOffice: string | null }[];
};
export type DemoRoadmapPlan = {
  roadmaps: {
    id: number;
    business_id: number;
    target_level: number;
    target_date: string;
    responsible_user_id: number | null;
    notes: string | null;
    created_by: string;
    created_at: string;
    updated_at: string;
  }[];
  interventions: {
    id: number;
    roadmap_id: number;
    business_id: number;
    pillar: string;
    type: string;
    title: string;
    responsible_user_id: number | null;
    partner_office: string | null;
    due_date: string;
    status: InterventionStatus;
    outcome: string | null;
    status_changed_at: string;
    created_by: string;
    created_at: string;
    updated_at: string;
    version: number;
  }[];
  log: {
    intervention_id: number;
    from_status: InterventionStatus | null;
    to_status: InterventionStatus;
    note: string | null;
    actor: string;
    at: string;
  }[];
  answers: {
    intervention_id: number;
    score: number;
    comment: string | null;
    channel: 'pendamping';
    recorded_by: string;
    created_at: string;
  }[];
};

export type DemoRoadmapOptions = {
  today: string;
  /** The demo pendamping: she carries the roadmaps of these kelurahan. */
  pendamping: { id: number; name: string; kelurahan: readonly string[] } | null;
  creator: string;
  share?: number;
  seed?: number;
};

const OUTCOMES: Record<string, string> = {
  pelatihan: 'Mengikuti pelatihan sampai selesai; mulai mencatat pemasukan dan pengeluaran harian.',
  kunjungan: 'Kunjungan dilakukan; rencana usaha dan tindak lanjut disepakati.',
  bantuan_alat: 'Peralatan diterima dan sudah dipakai produksi.',
  fasilitasi_pirt: 'Penyuluhan keamanan pangan diikuti; sertifikat P-IRT terbit.',
  fasilitasi_nib: 'NIB terbit melalui OSS.',
  fasilitasi_halal: 'Sertifikat halal self-declare diajukan dan terbit.',
  rujukan_kur: 'Pengajuan KUR disetujui bank penyalur.',
  rujukan_mekaar: 'Bergabung dengan kelompok PNM Mekaar; pembiayaan pertama cair.',
  rujukan_koperasi: 'Terdaftar sebagai anggota koperasi.',
  pameran: 'Ikut Gelar Produk; mendapat pembeli baru.',
  marketplace: 'Toko daring aktif dengan produk terpajang.',
  katalog: 'Foto produk masuk katalog.',
  lainnya: 'Selesai.',
};
const NO_RESULT = 'Sudah didampingi, tetapi belum ada hasil: pelaku usaha belum siap melanjutkan.';
const COMMENTS = ['Sangat membantu', 'Bermanfaat, ingin ada lanjutan', 'Cukup membantu', null, null];

const DAY = 86_400_000;
const at = (iso: string, hour: number) => new Date(Date.parse(`${iso}T0${hour}:00:00Z`)).toISOString();
const dayDiff = (a: string, b: string) => Math.round((Date.parse(a) - Date.parse(b)) / DAY);

/** The template for a business: its sector's level-1 template, else the general level-2 one. */
function templateFor(b: DemoRoadmapBusiness, templates: readonly DemoTemplate[], rnd: Random) {
  const own = templates.filter((t) => t.sector === b.sector);
  if (own.length) return rnd.pick(own);
  return templates.find((t) => t.sector === null) ?? templates[0];
}

/** A status fitting how far the due date lies behind or ahead of today. */
function statusOf(due: string, today: string, rnd: Random): InterventionStatus {
  if (due >= today) return rnd.chance(0.2) ? 'in_progress' : 'planned';
  return rnd.weighted<InterventionStatus>([
    ['done', 55],
    ['done_no_result', 10],
    ['unreachable', 6],
    ['declined', 5],
    ['in_progress', 12],
    ['planned', 12],
  ]);
}

/** The path from planned to the final status along STATUS_TRANSITIONS (planned first). */
function pathTo(status: InterventionStatus): InterventionStatus[] {
  if (status === 'planned') return ['planned'];
  if (status === 'in_progress' || needsOutcome(status)) {
    return status === 'in_progress' ? ['planned', 'in_progress'] : ['planned', 'in_progress', status];
  }
  return ['planned', status];
}

export function planDemoRoadmaps(
  businesses: readonly DemoRoadmapBusiness[],
  templates: readonly DemoTemplate[],
  opts: DemoRoadmapOptions,
): DemoRoadmapPlan {
  const rnd = createRandom(opts.seed ?? 4_2026);
  const plan: DemoRoadmapPlan = { roadmaps: [], interventions: [], log: [], answers: [] };
  const mine = new Set(opts.pendamping?.kelurahan ?? []);
  for (const b of businesses) {
    if (!rnd.chance(opts.share ?? 0.25)) continue;
    const t = templateFor(b, templates, rnd);
    if (!t) continue;
    const ownsIt = opts.pendamping && mine.has(b.kelurahanCode) ? opts.pendamping : null;
    const actor = ownsIt?.name ?? opts.creator;
    const start = addDays(opts.today, -rnd.int(10, 240));
    const roadmapId = plan.roadmaps.length + 1;
    plan.roadmaps.push({
      id: roadmapId,
      business_id: b.id,
      target_level: Math.min(3, t.level + 1),
      target_date: addDays(start, 365),
      responsible_user_id: ownsIt?.id ?? null,
      notes: rnd.chance(0.3) ? 'Disusun bersama pemilik saat pemetaan.' : null,
      created_by: actor,
      created_at: at(start, 2),
      updated_at: at(start, 2),
    });
    for (const line of t.lines) {
      const due = addDays(start, line.offsetDays + rnd.int(-5, 10));
      const status = statusOf(due, opts.today, rnd);
      const id = plan.interventions.length + 1;
      const steps = pathTo(status);
      // Each move happens between the start and today (never in the future), closing near the due date.
      const last = due < opts.today ? due : addDays(opts.today, -1);
      const span = Math.max(0, dayDiff(last, start));
      const days = steps.map((_, i) =>
        addDays(start, Math.round((span * i) / Math.max(1, steps.length - 1))),
      );
      for (const [i, s] of steps.entries()) {
        const from = i === 0 ? null : (steps[i - 1] as InterventionStatus);
        if (from && !STATUS_TRANSITIONS[from].includes(s)) throw new Error(`demo: ${from} → ${s}`);
        plan.log.push({
          intervention_id: id,
          from_status: from,
          to_status: s,
          note: needsOutcome(s) ? (s === 'done' ? (OUTCOMES[line.type] ?? 'Selesai.') : NO_RESULT) : null,
          actor: line.partnerOffice && i > 0 ? `Petugas ${line.partnerOffice}` : actor,
          at: at(days[i] as string, 3 + i),
        });
      }
      const changed = at(days.at(-1) as string, 2 + steps.length);
      plan.interventions.push({
        id,
        roadmap_id: roadmapId,
        business_id: b.id,
        pillar: line.pillar,
        type: line.type,
        title: line.title,
        responsible_user_id: line.partnerOffice ? null : (ownsIt?.id ?? null),
        partner_office: line.partnerOffice,
        due_date: due,
        status,
        outcome:
          status === 'done'
            ? (OUTCOMES[line.type] ?? 'Selesai.')
            : status === 'done_no_result'
              ? NO_RESULT
              : null,
        status_changed_at: changed,
        created_by: actor,
        created_at: at(start, 2),
        updated_at: changed,
        version: steps.length,
      });
      if (status === 'done' && rnd.chance(0.4)) {
        plan.answers.push({
          intervention_id: id,
          score: rnd.weighted([
            [5, 5],
            [4, 4],
            [3, 2],
            [2, 1],
          ]),
          comment: rnd.pick(COMMENTS),
          channel: 'pendamping',
          recorded_by: actor,
          created_at: changed,
        });
      }
    }
  }
  return plan;
}
