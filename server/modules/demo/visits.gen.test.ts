import { describe, expect, it } from 'vitest';
import { PILLARS } from '../../../shared/rules/mentoring.ts';
import { planDemoVisits } from './visits.gen.ts';

const roadmaps = Array.from({ length: 200 }, (_, i) => ({
  businessId: i + 1,
  officerId: i % 2 ? 7 : null,
  officerName: i % 2 ? 'Pendamping Demo' : 'Operator Demo',
}));

describe('demo visits', () => {
  it('are the same for the same roadmaps and day', () => {
    expect(planDemoVisits(roadmaps, '2026-11-29')).toEqual(planDemoVisits(roadmaps, '2026-11-29'));
  });

  it('cover part of the roadmaps, 1-3 visits each, 5-120 days back, by the roadmap’s carrier', () => {
    const visits = planDemoVisits(roadmaps, '2026-11-29');
    const per = new Map<number, number>();
    for (const v of visits) per.set(v.business_id, (per.get(v.business_id) ?? 0) + 1);
    expect(per.size).toBeGreaterThan(90);
    expect(per.size).toBeLessThan(150);
    expect(Math.max(...per.values())).toBeLessThanOrEqual(3);
    for (const v of visits) {
      expect(v.visit_date >= '2026-08-01' && v.visit_date <= '2026-11-24').toBe(true);
      expect(v.topics.length).toBeGreaterThan(0);
      expect(v.topics.every((p) => PILLARS.includes(p))).toBe(true);
      expect(v.officer_name).toBe(v.business_id % 2 ? 'Operator Demo' : 'Pendamping Demo');
    }
  });
});
