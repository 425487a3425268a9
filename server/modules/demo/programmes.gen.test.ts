import { describe, expect, it } from 'vitest';
import type { DemoBusiness, DemoData, DemoPermit } from './demo.types.ts';
import { generateProgrammes } from './programmes.gen.ts';

const KECAMATAN = ['35.73.01', '35.73.02', '35.73.03', '35.73.04', '35.73.05'];
const SECTORS = ['pangan', 'pangan', 'kerajinan', 'sandang', 'jasa'];

/** 60 businesses per kecamatan, every third food business holding a P-IRT. */
function registry(): DemoData {
  const businesses: DemoBusiness[] = [];
  const permits: DemoPermit[] = [];
  for (const kec of KECAMATAN) {
    for (let i = 0; i < 60; i++) {
      const id = businesses.length + 1;
      const sector = SECTORS[i % SECTORS.length] as string;
      businesses.push({
        id,
        kecamatan_code: kec,
        sector,
        home_industry: i % 7 !== 0,
        workers_total: 1 + (i % 4),
        monthly_turnover: 1_000_000 + i * 100_000,
      } as DemoBusiness);
      if (sector === 'pangan' && i % 3 === 0)
        permits.push({ id, business_id: id, type: 'PIRT' } as DemoPermit);
    }
  }
  return { people: [], businesses, permits };
}

describe('demo programmes', () => {
  const data = registry();
  const p = generateProgrammes(data, '2026-11-28');
  const byId = new Map(data.businesses.map((b) => [b.id, b]));

  it('is the same on every run', () => {
    expect(generateProgrammes(registry(), '2026-11-28')).toEqual(p);
  });

  it('seats at most the quota, from the session’s kecamatan, and lists the rest as waiting', () => {
    for (const s of p.sessions) {
      const mine = p.participants.filter((x) => x.session_id === s.id);
      expect(mine.filter((x) => x.status === 'enrolled').length).toBeLessThanOrEqual(s.quota);
      const firstWaiting = mine.findIndex((x) => x.status === 'waitlisted');
      if (firstWaiting >= 0) expect(firstWaiting).toBe(s.quota);
      for (const x of mine) expect(byId.get(x.business_id)?.kecamatan_code).toBe(s.scope_code);
    }
  });

  it('takes only food businesses without a P-IRT into the P-IRT programme', () => {
    const pirt = p.programmes.find((x) => x.name === 'Pendampingan P-IRT');
    const sessions = new Set(p.sessions.filter((s) => s.programme_id === pirt?.id).map((s) => s.id));
    const withPirt = new Set(data.permits.map((x) => x.business_id));
    const joined = p.participants.filter((x) => sessions.has(x.session_id));
    expect(joined.length).toBeGreaterThan(0);
    for (const x of joined) {
      expect(byId.get(x.business_id)?.sector).toBe('pangan');
      expect(withPirt.has(x.business_id)).toBe(false);
    }
  });

  it('has past sessions with attendance and scores, upcoming ones without, and measures around past ones', () => {
    const past = p.sessions.filter((s) => s.starts_at < '2026-11-28');
    const upcoming = p.sessions.filter((s) => s.starts_at > '2026-11-28');
    expect(past.length).toBeGreaterThan(0);
    expect(upcoming.length).toBeGreaterThan(0);
    const seatedPast = p.participants.filter(
      (x) => x.status === 'enrolled' && past.some((s) => s.id === x.session_id),
    );
    expect(seatedPast.every((x) => x.attended !== null)).toBe(true);
    expect(seatedPast.filter((x) => x.attended).every((x) => (x.post_score ?? 0) >= (x.pre_score ?? 0))).toBe(
      true,
    );
    const later = p.participants.filter((x) => upcoming.some((s) => s.id === x.session_id));
    expect(later.every((x) => x.attended === null && x.pre_score === null)).toBe(true);
    expect(p.outcomes.every((o) => o.measured_on < '2026-11-28')).toBe(true);
    expect(new Set(p.outcomes.map((o) => o.business_id)).size).toBeGreaterThan(20);
  });
});
