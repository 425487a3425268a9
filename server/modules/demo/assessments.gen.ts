// Demo assessments: about 40 % of the home industries assessed once (IR 1 ≈ 70 %, IR 2 ≈ 25 %, IR 3 ≈ 5 %),
// some of them again later (mostly naik kelas), with their level events and needs. Its own PRNG, so the
// registry's rows and figures stay exactly as before.
import { type NeedStatus, suggestNeeds } from '../../../shared/rules/needs.ts';
import { type Answers, levelOf, prefillAnswers, type RubricContent } from '../../../shared/rules/rubric.ts';
import { RUBRIC_V1 } from '../../../shared/rules/rubric-seed.ts';
import { DAY, dayBetween, dayMs, isoDate, isoTime, officeTime } from './dates.ts';
import type { DemoData } from './demo.types.ts';
import { createRandom, type Random } from './random.ts';

export type DemoAssessment = {
  id: number;
  business_id: number;
  rubric_version: number;
  answers: Answers;
  total: number;
  suggested_level: number;
  level: number;
  override_reason: string | null;
  assessed_on: string;
  assessor_name: string;
  notes: string | null;
  created_at: string;
};
export type DemoLevelEvent = {
  id: number;
  business_id: number;
  assessment_id: number;
  from_level: number | null;
  to_level: number;
  occurred_on: string;
  kelurahan_code: string;
  kecamatan_code: string;
  created_at: string;
};
export type DemoNeed = {
  id: number;
  business_id: number;
  pillar: string;
  title: string;
  priority: string;
  status: NeedStatus;
  source: 'assessment';
  assessment_id: number;
  dimension: string | null;
  note: string | null;
  updated_by: string;
  created_at: string;
  updated_at: string;
};
export type DemoAssessments = {
  assessments: DemoAssessment[];
  events: DemoLevelEvent[];
  needs: DemoNeed[];
  levels: { id: number; level: number; since: string }[];
};

const SEED = 2026_4;
const FIRST = dayMs('2024-02-01');
const ASSESSORS: Record<string, string[]> = {
  '01': ['Pendamping Demo (Blimbing)', 'Nur Hidayati'],
  '02': ['Sri Rahayu', 'Lilik Suryani'],
  '03': ['Endang Purwanti', 'Yuli Astuti'],
  '04': ['Wahyuningsih', 'Retno Palupi'],
  '05': ['Anik Sulistyowati', 'Dwi Handayani'],
};
const NOTES = [
  'Pemilik antusias ikut pelatihan; produksi naik menjelang Lebaran.',
  'Bahan baku dibeli eceran; perlu kelompok pembelian bersama.',
  'Dibantu anak untuk promosi di media sosial.',
  'Tempat produksi menyatu dengan dapur rumah.',
  'Sudah punya pelanggan tetap di pasar terdekat.',
];
const OVERRIDE = 'Sudah punya pelanggan tetap di luar kota dan pencatatan rapi; layak level berikutnya.';
const TOTALS: Record<1 | 2 | 3, [number, number]> = { 1: [0, 5], 2: [6, 10], 3: [11, 16] };

const totalOf = (r: RubricContent, a: Answers) =>
  r.dimensions.reduce((n, d) => n + (d.options[a[d.key] ?? 0]?.score ?? 0), 0);

/** Answers near a wanted level: the registry's facts as they are, the other dimensions filled to a total. */
function baselineAnswers(r: RubricContent, facts: Answers, level: 1 | 2 | 3, rnd: Random): Answers {
  const a: Answers = { ...facts };
  const free = r.dimensions.filter((d) => a[d.key] === undefined).map((d) => d.key);
  for (const k of free) a[k] = 0;
  const [lo, hi] = TOTALS[level];
  let left = rnd.int(lo, hi) - totalOf(r, a);
  while (left > 0 && free.some((k) => (a[k] ?? 0) < 2)) {
    const k = rnd.pick(free.filter((f) => (a[f] ?? 0) < 2));
    a[k] = (a[k] ?? 0) + 1;
    left -= 1;
  }
  return a;
}

/** Moves answers one step at a time (up or down) until the total reaches the wanted level. */
function moveTo(r: RubricContent, from: Answers, level: number, rnd: Random): Answers {
  const a = { ...from };
  const up = level > levelOf(totalOf(r, a), r.cutPoints);
  const keys = r.dimensions.map((d) => d.key);
  for (let guard = 0; guard < 40 && levelOf(totalOf(r, a), r.cutPoints) !== level; guard++) {
    const movable = keys.filter((k) => (up ? (a[k] ?? 0) < 2 : (a[k] ?? 0) > 0));
    if (!movable.length) break;
    const k = rnd.pick(movable);
    a[k] = (a[k] ?? 0) + (up ? 1 : -1);
  }
  return a;
}

export function generateAssessments(data: DemoData, today: string): DemoAssessments {
  const rnd = createRandom(SEED);
  const r = RUBRIC_V1;
  const out: DemoAssessments = { assessments: [], events: [], needs: [], levels: [] };
  const end = dayMs(today) - DAY;
  const permits = new Map<number, string[]>();
  for (const p of data.permits) {
    if (p.expires_on && p.expires_on < today) continue;
    permits.set(p.business_id, [...(permits.get(p.business_id) ?? []), p.type]);
  }
  for (const b of data.businesses) {
    if (!b.home_industry || !rnd.chance(0.4)) continue;
    const start = Math.max(FIRST, dayMs(b.created_at.slice(0, 10)) + 7 * DAY);
    if (start > end - 30 * DAY) continue;
    const assessor = rnd.pick(ASSESSORS[b.kecamatan_code.slice(-2)] ?? ['Pendamping IR']);
    const facts = prefillAnswers(r, {
      workers: b.workers_total,
      turnover: b.monthly_turnover,
      permits: permits.get(b.id) ?? [],
    });
    const target = rnd.weighted([
      [1, 70],
      [2, 25],
      [3, 5],
    ] as const);
    const first = baselineAnswers(r, facts, target, rnd);
    const day1 = dayBetween(start, end - 30 * DAY, rnd);
    const own: Own = { needs: [], since: '' };
    let level = record(out, own, b, first, day1, null, assessor, rnd);
    let prev = first;
    // A second visit 4–18 months later: mostly naik kelas, sometimes the same, rarely a step down.
    const day2 = day1 + rnd.int(120, 540) * DAY;
    if (day2 <= end && rnd.chance(0.45)) {
      const roll = rnd.next();
      const next = roll < 0.62 ? Math.min(3, level + 1) : roll < 0.93 ? level : Math.max(1, level - 1);
      prev = moveTo(r, prev, next, rnd);
      level = record(out, own, b, prev, day2, level, assessor, rnd);
    }
    out.levels.push({ id: b.id, level, since: own.since });
  }
  return out;
}

/** One business's needs and the day its level last changed, while its assessments are generated. */
type Own = { needs: DemoNeed[]; since: string };

/** One assessment with its level event (when the level changes) and its needs; returns the level. */
function record(
  out: DemoAssessments,
  own: Own,
  b: DemoData['businesses'][number],
  answers: Answers,
  day: number,
  previous: number | null,
  assessor: string,
  rnd: Random,
): number {
  const r = RUBRIC_V1;
  const total = totalOf(r, answers);
  const suggested = levelOf(total, r.cutPoints);
  const edge = (total === r.cutPoints[0] || total === r.cutPoints[1]) && rnd.chance(0.15);
  const level = edge ? suggested + 1 : suggested;
  const at = isoTime(officeTime(day, rnd));
  const id = out.assessments.length + 1;
  out.assessments.push({
    id,
    business_id: b.id,
    rubric_version: 1,
    answers,
    total,
    suggested_level: suggested,
    level,
    override_reason: edge ? OVERRIDE : null,
    assessed_on: isoDate(day),
    assessor_name: assessor,
    notes: rnd.chance(0.3) ? rnd.pick(NOTES) : null,
    created_at: at,
  });
  if (level !== previous) {
    own.since = isoDate(day);
    out.events.push({
      id: out.events.length + 1,
      business_id: b.id,
      assessment_id: id,
      from_level: previous,
      to_level: level,
      occurred_on: isoDate(day),
      kelurahan_code: b.kelurahan_code,
      kecamatan_code: b.kecamatan_code,
      created_at: at,
    });
  }
  addNeeds(out, own, b.id, id, answers, assessor, at);
  return level;
}

/** Needs suggested by the answers; an earlier open need whose dimension improved is marked met. */
function addNeeds(
  out: DemoAssessments,
  own: Own,
  businessId: number,
  assessmentId: number,
  a: Answers,
  by: string,
  at: string,
) {
  const mine = own.needs.filter((n) => n.status === 'open');
  const suggested = suggestNeeds(RUBRIC_V1, a);
  for (const n of mine) {
    if (!suggested.some((s) => s.title === n.title)) Object.assign(n, { status: 'met', updated_at: at });
  }
  const open = mine.filter((n) => n.status === 'open').map((n) => n.title);
  for (const s of suggested) {
    if (open.includes(s.title)) continue;
    const need: DemoNeed = {
      id: out.needs.length + 1,
      business_id: businessId,
      pillar: s.pillar,
      title: s.title,
      priority: s.priority,
      status: 'open',
      source: 'assessment',
      assessment_id: assessmentId,
      dimension: s.dimension,
      note: null,
      updated_by: by,
      created_at: at,
      updated_at: at,
    };
    own.needs.push(need);
    out.needs.push(need);
  }
}
