// The IR level rubric (a proposal of the domain doc, kept as versioned configuration): scoring, the level a
// total suggests, the rubric's own consistency rules and the registry facts that pre-fill an answer.
import type { IrLevel } from './mentoring.ts';

/** Registry facts a dimension may be pre-filled from; the assessor can always change the answer. */
export const RUBRIC_SOURCES = ['workers', 'turnover', 'permits'] as const;
export type RubricSource = (typeof RUBRIC_SOURCES)[number];

export type RubricOption = {
  label: string;
  score: number;
  /** For a numeric source: the highest registry value this option covers (none: no upper bound). */
  upTo?: number | null;
};
export type RubricDimension = {
  key: string;
  label: string;
  help: string;
  source?: RubricSource | null;
  options: RubricOption[];
};
export type RubricContent = {
  dimensions: RubricDimension[];
  /** [highest total of IR 1, highest total of IR 2]; above the second is IR 3. */
  cutPoints: [number, number];
};
/** Dimension key → index of the chosen option in that rubric version. */
export type Answers = Record<string, number>;

export type RubricIssue = { path: string; code: string; message: string };

export function scoreRange(r: Pick<RubricContent, 'dimensions'>): { min: number; max: number } {
  let [min, max] = [0, 0];
  for (const d of r.dimensions) {
    const scores = d.options.map((o) => o.score);
    if (!scores.length) continue;
    min += Math.min(...scores);
    max += Math.max(...scores);
  }
  return { min, max };
}

/** The level a total suggests: up to the first cut point IR 1, up to the second IR 2, above it IR 3. */
export function levelOf(total: number, cutPoints: readonly [number, number]): IrLevel {
  if (total <= cutPoints[0]) return 1;
  if (total <= cutPoints[1]) return 2;
  return 3;
}

export type Scored = { total: number; max: number; level: IrLevel | null; missing: string[] };

/** Total of the answered dimensions; the level only once every dimension is answered. */
export function scoreAnswers(r: RubricContent, answers: Answers): Scored {
  let total = 0;
  const missing: string[] = [];
  for (const d of r.dimensions) {
    const option = d.options[answers[d.key] ?? -1];
    if (option) total += option.score;
    else missing.push(d.key);
  }
  const level = missing.length ? null : levelOf(total, r.cutPoints);
  return { total, max: scoreRange(r).max, level, missing };
}

/** Answers that name an unknown dimension or an option the dimension does not have. */
export function answerIssues(r: RubricContent, answers: Answers): RubricIssue[] {
  const issues: RubricIssue[] = [];
  const keys = new Set(r.dimensions.map((d) => d.key));
  for (const key of Object.keys(answers)) {
    if (!keys.has(key)) {
      issues.push({
        path: `answers.${key}`,
        code: 'ANSWER_UNKNOWN_DIMENSION',
        message: `Dimensi "${key}" tidak ada dalam rubrik ini.`,
      });
    }
  }
  for (const d of r.dimensions) {
    const i = answers[d.key];
    if (i === undefined) {
      issues.push({
        path: `answers.${d.key}`,
        code: 'REQUIRED',
        message: `Pilih jawaban untuk "${d.label}".`,
      });
    } else if (!d.options[i]) {
      issues.push({
        path: `answers.${d.key}`,
        code: 'ANSWER_UNKNOWN_OPTION',
        message: `Pilihan untuk "${d.label}" tidak ada dalam rubrik ini; pilih salah satu yang tersedia.`,
      });
    }
  }
  return issues;
}

/** What makes a rubric usable: unique keys, two options or more, increasing cut points inside the range. */
export function rubricIssues(r: RubricContent): RubricIssue[] {
  const issues: RubricIssue[] = [];
  const seen = new Set<string>();
  r.dimensions.forEach((d, i) => {
    if (seen.has(d.key)) {
      issues.push({
        path: `dimensions.${i}.key`,
        code: 'RUBRIC_KEY_DUPLICATE',
        message: `Kunci "${d.key}" dipakai lebih dari satu dimensi; beri setiap dimensi kunci yang berbeda.`,
      });
    }
    seen.add(d.key);
    const bound = upToIssue(d);
    if (bound) issues.push({ path: `dimensions.${i}.options`, code: 'RUBRIC_UPTO_ORDER', message: bound });
    if (d.options.length < 2) {
      issues.push({
        path: `dimensions.${i}.options`,
        code: 'RUBRIC_TOO_FEW_OPTIONS',
        message: `Dimensi "${d.label || d.key}" perlu paling sedikit 2 pilihan jawaban.`,
      });
    }
  });
  const { min, max } = scoreRange(r);
  const [c1, c2] = r.cutPoints;
  if (c1 >= c2) {
    issues.push({
      path: 'cutPoints.1',
      code: 'RUBRIC_CUTS_ORDER',
      message: `Batas IR 2 (${c2}) harus lebih besar dari batas IR 1 (${c1}).`,
    });
  }
  if (c1 < min || c2 >= max) {
    issues.push({
      path: c1 < min ? 'cutPoints.0' : 'cutPoints.1',
      code: 'RUBRIC_CUTS_RANGE',
      message: `Batas level harus di antara skor terendah ${min} dan di bawah skor tertinggi ${max}, agar setiap level dapat dicapai.`,
    });
  }
  return issues;
}

/** A numeric source reads the options in order: their upper bounds must rise, only the last may be open. */
function upToIssue(d: RubricDimension): string | null {
  if (d.source !== 'workers' && d.source !== 'turnover') return null;
  const bounds = d.options.map((o) => o.upTo ?? null);
  const ok = bounds.every((b, i) => {
    const prev = bounds[i - 1];
    if (b === null) return i === bounds.length - 1;
    return i === 0 || (prev !== null && prev !== undefined && b > prev);
  });
  return ok
    ? null
    : `Batas "sampai nilai" pada "${d.label || d.key}" harus naik dari pilihan ke pilihan; hanya pilihan terakhir boleh tanpa batas.`;
}

/** Cut points at a third and two thirds of the score range (the domain doc's proposal). */
export function defaultCutPoints(r: Pick<RubricContent, 'dimensions'>): [number, number] {
  const { min, max } = scoreRange(r);
  const span = max - min;
  return [min + Math.floor(span / 3), min + Math.floor((2 * span) / 3)];
}

export type RegistryFacts = { workers: number | null; turnover: number | null; permits: string[] };

/** 0 none, 1 NIB or P-IRT, 2 both or a halal certificate: the rank of the legality answer. */
export function legalityRank(permits: readonly string[]): number {
  const has = (t: string) => permits.includes(t);
  if (has('HALAL') || (has('NIB') && has('PIRT'))) return 2;
  return has('NIB') || has('PIRT') ? 1 : 0;
}

/** The option a registry fact points to, for the dimensions that name a source; others stay unanswered. */
export function prefillAnswers(r: RubricContent, facts: RegistryFacts): Answers {
  const out: Answers = {};
  for (const d of r.dimensions) {
    const i = prefillOne(d, facts);
    if (i !== null) out[d.key] = i;
  }
  return out;
}

function prefillOne(d: RubricDimension, facts: RegistryFacts): number | null {
  if (d.source === 'permits') {
    const byScore = d.options.map((o, i) => ({ i, s: o.score })).sort((a, b) => a.s - b.s);
    return byScore[Math.min(legalityRank(facts.permits), byScore.length - 1)]?.i ?? null;
  }
  const value = d.source === 'workers' ? facts.workers : d.source === 'turnover' ? facts.turnover : null;
  if (value === null || value === undefined) return null;
  const i = d.options.findIndex((o) => o.upTo === null || o.upTo === undefined || value <= o.upTo);
  return i >= 0 ? i : null;
}
