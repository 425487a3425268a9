import { DAY, dayMs, isoDate } from './dates.ts';
import type { DemoBusiness, DemoData } from './demo.types.ts';
import { createRandom, type Random } from './random.ts';

/** Rows of the 0010 migration, ids assigned 1..n. */
export type DemoProgramme = {
  id: number;
  name: string;
  pillar: string;
  organiser: string;
  target_levels: string;
  target_sectors: string;
  description: string;
  active: boolean;
  created_by: string;
  created_at: string;
  updated_at: string;
};
export type DemoSession = {
  id: number;
  programme_id: number;
  title: string;
  starts_at: string;
  ends_at: string;
  place: string;
  quota: number;
  trainer: string;
  scope_code: string;
  created_by: string;
  created_at: string;
  updated_at: string;
};
export type DemoParticipant = {
  id: number;
  session_id: number;
  business_id: number;
  status: 'enrolled' | 'waitlisted';
  queue_no: number;
  attended: boolean | null;
  pre_score: number | null;
  post_score: number | null;
  enrolled_by: string;
  created_at: string;
  updated_at: string;
};
export type DemoOutcome = {
  id: number;
  business_id: number;
  measured_on: string;
  monthly_turnover: number | null;
  workers: number | null;
  market_channels: string;
  financing_amount: number | null;
  financing_source: string | null;
  note: string | null;
  recorded_by: string;
  created_at: string;
};
export type DemoProgrammes = {
  programmes: DemoProgramme[];
  sessions: DemoSession[];
  participants: DemoParticipant[];
  outcomes: DemoOutcome[];
};

type Plan = {
  name: string;
  pillar: string;
  organiser: string;
  levels: number[];
  sectors: string[];
  description: string;
  active: boolean;
  /** Who may join: the sessions pick from the kecamatan's businesses that pass. */
  fits: (b: DemoBusiness, permits: Set<string>) => boolean;
  financing?: string;
  sessions: {
    title: string;
    day: number;
    kecamatan: string;
    place: string;
    quota: number;
    trainer: string;
  }[];
};

// Days are counted from the demo's "today" (negative: past sessions).
const PLANS: Plan[] = [
  {
    name: 'Pelatihan Pembukuan Sederhana',
    pillar: 'sdm',
    organiser: 'DP3AP2KB Kota Malang',
    levels: [1],
    sectors: [],
    description:
      'Mencatat uang masuk dan keluar, memisahkan uang usaha dan rumah tangga, menghitung harga pokok dan laba dengan buku kas sederhana.',
    active: true,
    fits: (b) => b.home_industry,
    sessions: [
      {
        title: 'Angkatan I',
        day: -240,
        kecamatan: '35.73.04',
        place: 'Aula Kecamatan Sukun',
        quota: 25,
        trainer: 'Dra. Endang Sulastri',
      },
      {
        title: 'Angkatan II',
        day: -120,
        kecamatan: '35.73.03',
        place: 'Balai Kelurahan Kedungkandang',
        quota: 25,
        trainer: 'Dra. Endang Sulastri',
      },
      {
        title: 'Angkatan III',
        day: 16,
        kecamatan: '35.73.05',
        place: 'Aula Kecamatan Lowokwaru',
        quota: 30,
        trainer: 'Rini Puspitasari, S.E.',
      },
    ],
  },
  {
    name: 'Pendampingan P-IRT',
    pillar: 'legalitas',
    organiser: 'Dinas Kesehatan Kota Malang',
    levels: [1, 2],
    sectors: ['pangan'],
    description:
      'Penyuluhan keamanan pangan (PKP) dan pendampingan berkas Sertifikat Produksi Pangan Industri Rumah Tangga.',
    active: true,
    fits: (b, permits) => b.sector === 'pangan' && !permits.has('PIRT'),
    sessions: [
      {
        title: 'Penyuluhan Keamanan Pangan Blimbing',
        day: -200,
        kecamatan: '35.73.01',
        place: 'Puskesmas Kendalkerep',
        quota: 20,
        trainer: 'drg. Wahyu Hidayati',
      },
      {
        title: 'Penyuluhan Keamanan Pangan Sukun',
        day: -75,
        kecamatan: '35.73.04',
        place: 'Puskesmas Janti',
        quota: 20,
        trainer: 'Yuni Astuti, S.KM.',
      },
      {
        title: 'Penyuluhan Keamanan Pangan Klojen',
        day: 9,
        kecamatan: '35.73.02',
        place: 'Puskesmas Arjuno',
        quota: 20,
        trainer: 'Yuni Astuti, S.KM.',
      },
    ],
  },
  {
    name: 'Kelas Foto Produk & Marketplace',
    pillar: 'pasar',
    organiser: 'Diskopindag Kota Malang',
    levels: [1, 2],
    sectors: ['pangan', 'kerajinan', 'sandang'],
    description:
      'Memotret produk dengan ponsel, menulis deskripsi, membuka toko di marketplace dan mengelola pesanan.',
    active: true,
    fits: (b) => ['pangan', 'kerajinan', 'sandang'].includes(b.sector),
    sessions: [
      {
        title: 'Kelas Lowokwaru',
        day: -160,
        kecamatan: '35.73.05',
        place: 'Malang Creative Center',
        quota: 24,
        trainer: 'Dimas Prasetyo',
      },
      {
        title: 'Kelas Blimbing',
        day: 30,
        kecamatan: '35.73.01',
        place: 'Malang Creative Center',
        quota: 24,
        trainer: 'Dimas Prasetyo',
      },
    ],
  },
  {
    name: 'Akses KUR',
    pillar: 'pembiayaan',
    organiser: 'DP3AP2KB bersama Bank Jatim',
    levels: [2, 3],
    sectors: [],
    description:
      'Syarat dan cara mengajukan Kredit Usaha Rakyat, menyiapkan catatan usaha, pendampingan pengajuan.',
    active: true,
    fits: (b) => b.workers_total >= 2,
    financing: 'KUR Bank Jatim',
    sessions: [
      {
        title: 'Sosialisasi dan pengajuan KUR',
        day: -150,
        kecamatan: '35.73.03',
        place: 'Kantor Cabang Bank Jatim Kedungkandang',
        quota: 15,
        trainer: 'Tim Bank Jatim',
      },
      {
        title: 'Sosialisasi dan pengajuan KUR',
        day: 23,
        kecamatan: '35.73.04',
        place: 'Aula Kecamatan Sukun',
        quota: 15,
        trainer: 'Tim Bank Jatim',
      },
    ],
  },
  {
    name: 'Gelar Produk Industri Rumahan 2025',
    pillar: 'pasar',
    organiser: 'DP3AP2KB Kota Malang',
    levels: [2, 3],
    sectors: [],
    description: 'Pameran produk industri rumahan di Balai Kota Malang (program tahun lalu, sudah selesai).',
    active: false,
    fits: (b) => b.home_industry,
    sessions: [],
  },
];

const CHANNELS = ['langsung', 'titip_toko', 'pasar', 'whatsapp', 'media_sosial', 'marketplace'];
const OPERATOR = 'Operator DP3AP2KB (demo)';
const WIB = 7 * 3_600_000;
const at = (day: number, hour: number) => new Date(day + hour * 3_600_000 - WIB).toISOString();

function sample<T>(list: T[], n: number, rnd: Random): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = rnd.int(0, i);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy.slice(0, n);
}

/** Programmes, sessions (past and upcoming), participants with attendance and scores, and outcome measures. */
export function generateProgrammes(data: DemoData, today: string, seed = 2026): DemoProgrammes {
  const rnd = createRandom(seed);
  const todayMs = dayMs(today);
  const permits = new Map<number, Set<string>>();
  for (const p of data.permits)
    permits.set(p.business_id, (permits.get(p.business_id) ?? new Set()).add(p.type));
  const out: DemoProgrammes = { programmes: [], sessions: [], participants: [], outcomes: [] };
  const measured = new Map<number, DemoOutcome[]>();
  for (const plan of PLANS) {
    const programmeId = out.programmes.length + 1;
    const created = at(todayMs - 300 * DAY, 9);
    out.programmes.push({
      id: programmeId,
      name: plan.name,
      pillar: plan.pillar,
      organiser: plan.organiser,
      target_levels: `{${plan.levels.join(',')}}`,
      target_sectors: `{${plan.sectors.join(',')}}`,
      description: plan.description,
      active: plan.active,
      created_by: OPERATOR,
      created_at: created,
      updated_at: created,
    });
    for (const s of plan.sessions) {
      const sessionId = out.sessions.length + 1;
      const day = todayMs + s.day * DAY;
      out.sessions.push({
        id: sessionId,
        programme_id: programmeId,
        title: s.title,
        starts_at: at(day, 9),
        ends_at: at(day, 15),
        place: s.place,
        quota: s.quota,
        trainer: s.trainer,
        scope_code: s.kecamatan,
        created_by: OPERATOR,
        created_at: at(day - 30 * DAY, 10),
        updated_at: at(day - 30 * DAY, 10),
      });
      const pool = data.businesses.filter(
        (b) => b.kecamatan_code === s.kecamatan && plan.fits(b, permits.get(b.id) ?? new Set()),
      );
      const chosen = sample(pool, s.quota + rnd.int(0, 4), rnd).sort((a, b) => a.id - b.id);
      chosen.forEach((b, i) => {
        const seated = i < s.quota;
        const past = s.day < 0 && seated;
        const attended = past ? rnd.chance(0.86) : null;
        const pre = attended ? rnd.int(35, 70) : null;
        out.participants.push({
          id: out.participants.length + 1,
          session_id: sessionId,
          business_id: b.id,
          status: seated ? 'enrolled' : 'waitlisted',
          queue_no: out.participants.length + 1,
          attended,
          pre_score: pre,
          post_score: pre === null ? null : Math.min(100, pre + rnd.int(5, 30)),
          enrolled_by: OPERATOR,
          created_at: at(day - 21 * DAY, 10),
          updated_at: at(past ? day : day - 21 * DAY, 15),
        });
        if (past) addOutcomes(out, measured, b, day, todayMs, attended === true, plan.financing, rnd);
      });
    }
  }
  return out;
}

/** One measure some weeks before the session and, when time allows, one some months after it. */
function addOutcomes(
  out: DemoProgrammes,
  measured: Map<number, DemoOutcome[]>,
  b: DemoBusiness,
  sessionDay: number,
  todayMs: number,
  attended: boolean,
  financing: string | undefined,
  rnd: Random,
) {
  const mine = measured.get(b.id) ?? [];
  measured.set(b.id, mine);
  const last = mine.at(-1);
  const baseTurnover =
    last?.monthly_turnover ?? Math.round((b.monthly_turnover * rnd.int(80, 100)) / 100 / 50_000) * 50_000;
  const baseWorkers = last?.workers ?? b.workers_total;
  const channels = sample(CHANNELS, rnd.int(1, 2), rnd);
  const push = (day: number, turnover: number, workers: number, ch: string[], money: number | null) => {
    const row: DemoOutcome = {
      id: out.outcomes.length + 1,
      business_id: b.id,
      measured_on: isoDate(day),
      monthly_turnover: turnover,
      workers,
      market_channels: `{${ch.join(',')}}`,
      financing_amount: money,
      financing_source: money ? (financing ?? null) : null,
      note: null,
      recorded_by: 'Pendamping IR (demo)',
      created_at: at(day, 11),
    };
    out.outcomes.push(row);
    mine.push(row);
  };
  if (!last || last.measured_on < isoDate(sessionDay - 60 * DAY)) {
    push(sessionDay - rnd.int(10, 40) * DAY, baseTurnover, baseWorkers, channels, null);
  }
  const afterDay = sessionDay + rnd.int(60, 110) * DAY;
  if (afterDay >= todayMs) return;
  // Those who attended grow more often; a few fall back (a bad season), as real follow-ups show.
  const change = attended ? rnd.int(-8, 35) : rnd.int(-12, 15);
  const turnover = Math.max(100_000, Math.round((baseTurnover * (100 + change)) / 100 / 50_000) * 50_000);
  const workers = baseWorkers + (attended && rnd.chance(0.25) ? 1 : 0);
  const more = attended && rnd.chance(0.5) ? [...new Set([...channels, 'marketplace'])] : channels;
  const money = financing && attended && rnd.chance(0.6) ? rnd.int(2, 10) * 5_000_000 : null;
  push(afterDay, turnover, workers, more, money);
}
