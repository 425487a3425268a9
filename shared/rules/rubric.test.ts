import { describe, expect, it } from 'vitest';
import { suggestNeeds } from './needs.ts';
import {
  answerIssues,
  defaultCutPoints,
  legalityRank,
  levelOf,
  prefillAnswers,
  type RubricContent,
  type RubricDimension,
  rubricIssues,
  scoreAnswers,
} from './rubric.ts';
import { RUBRIC_V1 } from './rubric-seed.ts';

const keys = RUBRIC_V1.dimensions.map((d) => d.key);
/** Every dimension answered with the option of the given index (0, 1 or 2 = scores 0, 1, 2 in version 1). */
const all = (i: number) => Object.fromEntries(keys.map((k) => [k, i]));

describe('rubric version 1 (the domain doc proposal)', () => {
  it('has eight dimensions scored 0/1/2, a range 0–16, cut points at a third and two thirds', () => {
    expect(keys).toEqual([
      'tenaga_kerja',
      'omzet',
      'legalitas',
      'pembukuan',
      'kualitas_produksi',
      'pembiayaan',
      'jangkauan_pasar',
      'teknologi',
    ]);
    for (const d of RUBRIC_V1.dimensions) expect(d.options.map((o) => o.score)).toEqual([0, 1, 2]);
    expect(RUBRIC_V1.cutPoints).toEqual([5, 10]);
    expect(defaultCutPoints(RUBRIC_V1)).toEqual([5, 10]);
    expect(rubricIssues(RUBRIC_V1)).toEqual([]);
  });

  it('maps totals to levels at the cut points', () => {
    const cases: [number, number][] = [
      [0, 1],
      [5, 1],
      [6, 2],
      [10, 2],
      [11, 3],
      [16, 3],
    ];
    for (const [total, level] of cases) expect(levelOf(total, [5, 10])).toBe(level);
  });

  it('sums the chosen options and suggests a level only once every dimension is answered', () => {
    expect(scoreAnswers(RUBRIC_V1, all(0))).toEqual({ total: 0, max: 16, level: 1, missing: [] });
    expect(scoreAnswers(RUBRIC_V1, all(2))).toMatchObject({ total: 16, level: 3 });
    // 3 dimensions at 2, 2 at 1, 3 at 0: 8 → IR 2
    const mixed = { ...all(0), tenaga_kerja: 2, omzet: 2, legalitas: 2, pembukuan: 1, teknologi: 1 };
    expect(scoreAnswers(RUBRIC_V1, mixed)).toMatchObject({ total: 8, level: 2 });
    const { teknologi: _t, ...partial } = mixed;
    expect(scoreAnswers(RUBRIC_V1, partial)).toMatchObject({ total: 7, level: null, missing: ['teknologi'] });
  });

  it('keeps an old answer set at its own version’s level when a later version moves the cut points', () => {
    const v2: RubricContent = { ...RUBRIC_V1, cutPoints: [7, 12] };
    const answers = { ...all(1) }; // total 8
    expect(scoreAnswers(RUBRIC_V1, answers).level).toBe(2);
    expect(scoreAnswers(v2, answers).level).toBe(2);
    const six = { ...all(0), tenaga_kerja: 2, omzet: 2, legalitas: 2 };
    expect(scoreAnswers(RUBRIC_V1, six).level).toBe(2);
    expect(scoreAnswers(v2, six).level).toBe(1);
  });

  it('names unknown dimensions, unknown options and unanswered ones', () => {
    const issues = answerIssues(RUBRIC_V1, { ...all(0), omzet: 3, hewan: 1, teknologi: undefined as never });
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['answers.hewan', 'ANSWER_UNKNOWN_DIMENSION'],
      ['answers.omzet', 'ANSWER_UNKNOWN_OPTION'],
      ['answers.teknologi', 'REQUIRED'],
    ]);
    expect(issues[2]?.message).toBe('Pilih jawaban untuk "Teknologi".');
  });
});

describe('rubric validation', () => {
  const base = RUBRIC_V1;
  it('refuses duplicate keys, single-option dimensions and cut points out of order or range', () => {
    const dup = {
      ...base,
      dimensions: [...base.dimensions, { ...(base.dimensions[0] as RubricDimension), label: 'Lagi' }],
    };
    expect(rubricIssues(dup).map((i) => i.code)).toEqual(['RUBRIC_KEY_DUPLICATE']);
    expect(rubricIssues(dup)[0]?.path).toBe('dimensions.8.key');
    const one = {
      ...base,
      dimensions: base.dimensions.map((d, i) => (i === 3 ? { ...d, options: d.options.slice(0, 1) } : d)),
    };
    expect(rubricIssues(one)).toEqual([
      {
        path: 'dimensions.3.options',
        code: 'RUBRIC_TOO_FEW_OPTIONS',
        message: 'Dimensi "Pembukuan & manajemen" perlu paling sedikit 2 pilihan jawaban.',
      },
    ]);
    expect(rubricIssues({ ...base, cutPoints: [10, 10] }).map((i) => i.code)).toEqual(['RUBRIC_CUTS_ORDER']);
    expect(rubricIssues({ ...base, cutPoints: [5, 16] }).map((i) => i.code)).toEqual(['RUBRIC_CUTS_RANGE']);
    expect(rubricIssues({ ...base, cutPoints: [-1, 10] })[0]?.path).toBe('cutPoints.0');
    expect(rubricIssues({ ...base, cutPoints: [0, 15] })).toEqual([]);
    const workers = base.dimensions[0] as RubricDimension;
    const swapped = {
      ...base,
      dimensions: [{ ...workers, options: [workers.options[1], workers.options[0], workers.options[2]] }],
      cutPoints: [0, 1] as [number, number],
    } as RubricContent;
    expect(rubricIssues(swapped).map((i) => [i.path, i.code])).toEqual([
      ['dimensions.0.options', 'RUBRIC_UPTO_ORDER'],
    ]);
  });
});

describe('pre-fill from the registry', () => {
  it('picks options by workers, turnover and valid permits; leaves the rest unanswered', () => {
    const a = prefillAnswers(RUBRIC_V1, { workers: 3, turnover: 12_500_000, permits: ['PIRT'] });
    expect(a).toEqual({ tenaga_kerja: 1, omzet: 2, legalitas: 1 });
    const b = prefillAnswers(RUBRIC_V1, { workers: 1, turnover: 3_000_000, permits: [] });
    expect(b).toEqual({ tenaga_kerja: 0, omzet: 1, legalitas: 0 });
    const c = prefillAnswers(RUBRIC_V1, { workers: null, turnover: 2_999_999, permits: ['NIB', 'PIRT'] });
    expect(c).toEqual({ omzet: 0, legalitas: 2 });
  });

  it('ranks legality: none, NIB or P-IRT, both or halal', () => {
    expect([[], ['SKU'], ['NIB'], ['PIRT'], ['NIB', 'PIRT'], ['HALAL']].map(legalityRank)).toEqual([
      0, 0, 1, 1, 2, 2,
    ]);
  });
});

describe('needs suggested by low answers', () => {
  it('suggests a high-priority need for the lowest answer, a lesser one in between, none for the best', () => {
    const answers = { ...all(2), legalitas: 0, pembukuan: 0, jangkauan_pasar: 1 };
    expect(suggestNeeds(RUBRIC_V1, answers)).toEqual([
      { pillar: 'legalitas', title: 'Urus NIB / P-IRT', priority: 'tinggi', dimension: 'legalitas' },
      { pillar: 'sdm', title: 'Pembukuan sederhana', priority: 'tinggi', dimension: 'pembukuan' },
      {
        pillar: 'pasar',
        title: 'Masuk marketplace atau ikut pameran',
        priority: 'sedang',
        dimension: 'jangkauan_pasar',
      },
    ]);
    expect(suggestNeeds(RUBRIC_V1, answers, ['Urus NIB / P-IRT']).map((n) => n.title)).not.toContain(
      'Urus NIB / P-IRT',
    );
    expect(suggestNeeds(RUBRIC_V1, all(2))).toEqual([]);
  });
});
