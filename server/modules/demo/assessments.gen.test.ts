import { describe, expect, it } from 'vitest';
import { levelOf, scoreAnswers } from '../../../shared/rules/rubric.ts';
import { RUBRIC_V1 } from '../../../shared/rules/rubric-seed.ts';
import { generateAssessments } from './assessments.gen.ts';
import type { DemoBusiness, DemoData } from './demo.types.ts';

/** Home industries with the registry's typical spread: 1–4 workers, Rp 0.5–15 juta a month. */
function registry(n: number): DemoData {
  const businesses = Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    home_industry: i % 7 !== 0,
    kelurahan_code: `35.73.0${(i % 5) + 1}.1001`,
    kecamatan_code: `35.73.0${(i % 5) + 1}`,
    workers_total: (i % 4) + 1,
    monthly_turnover: 500_000 + ((i * 7919) % 14_500_000),
    created_at: `20${15 + (i % 10)}-03-0${(i % 9) + 1}T02:00:00.000Z`,
  })) as DemoBusiness[];
  const permits = businesses
    .filter((b) => b.id % 6 === 0)
    .map((b, i) => ({ id: i + 1, business_id: b.id, type: 'PIRT' as const, expires_on: null }));
  return { people: [], businesses, permits } as unknown as DemoData;
}

describe('demo assessments', () => {
  const data = registry(6000);
  const out = generateAssessments(data, '2026-11-28');
  const home = data.businesses.filter((b) => b.home_industry).length;

  it('assesses about 40 % of the home industries, and nothing else', () => {
    const ids = new Set(out.levels.map((l) => l.id));
    expect(ids.size / home).toBeGreaterThan(0.34);
    expect(ids.size / home).toBeLessThan(0.42);
    const homeIds = new Set(data.businesses.filter((b) => b.home_industry).map((b) => b.id));
    expect([...ids].every((id) => homeIds.has(id))).toBe(true);
  });

  it('starts near IR 1 70 %, IR 2 25 %, IR 3 5 %, and adds later naik-kelas steps', () => {
    const seen = new Set<number>();
    const first = out.assessments.filter((a) => !seen.has(a.business_id) && seen.add(a.business_id));
    const share = (l: number) => first.filter((a) => a.level === l).length / first.length;
    expect(share(1)).toBeGreaterThan(0.6);
    expect(share(1)).toBeLessThan(0.8);
    expect(share(2)).toBeGreaterThan(0.15);
    expect(share(3)).toBeLessThan(0.1);
    const naik = out.events.filter((e) => e.from_level !== null && e.to_level > e.from_level);
    expect(naik.filter((e) => e.occurred_on > '2025-11-28').length).toBeGreaterThan(50);
  });

  it('keeps every row consistent: totals, suggestions, events chained, current level = last event', () => {
    for (const a of out.assessments) {
      const scored = scoreAnswers(RUBRIC_V1, a.answers);
      expect(scored.total).toBe(a.total);
      expect(levelOf(a.total, RUBRIC_V1.cutPoints)).toBe(a.suggested_level);
      expect(a.level === a.suggested_level || !!a.override_reason).toBe(true);
      expect(a.assessed_on < '2026-11-28').toBe(true);
    }
    for (const l of out.levels) {
      const events = out.events.filter((e) => e.business_id === l.id);
      expect(events[0]?.from_level).toBeNull();
      events.slice(1).forEach((e, i) => {
        expect(e.from_level).toBe(events[i]?.to_level);
      });
      expect(events.at(-1)).toMatchObject({ to_level: l.level, occurred_on: l.since });
    }
  });

  it('is the same on every run', () => {
    expect(generateAssessments(data, '2026-11-28')).toEqual(out);
  });
});
