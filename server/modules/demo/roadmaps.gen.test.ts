import { describe, expect, it } from 'vitest';
import {
  CLOSED_STATUSES,
  canMove,
  INTERVENTION_STATUSES,
  needsOutcome,
} from '../../../shared/rules/mentoring.ts';
import { type DemoTemplate, planDemoRoadmaps } from './roadmaps.gen.ts';

const SECTORS = ['pangan', 'pangan', 'pangan', 'kerajinan', 'sandang', 'kayu'];
const businesses = Array.from({ length: 4000 }, (_, n) => ({
  id: n + 1,
  kecamatanCode: `35.73.0${(n % 5) + 1}`,
  kelurahanCode: `35.73.0${(n % 5) + 1}.100${n % 8}`,
  sector: SECTORS[n % SECTORS.length] as string,
}));
const templates: DemoTemplate[] = [
  {
    level: 1,
    sector: 'pangan',
    lines: [
      { pillar: 'sdm', type: 'pelatihan', title: 'Pelatihan pembukuan', offsetDays: 30, partnerOffice: null },
      {
        pillar: 'legalitas',
        type: 'fasilitasi_pirt',
        title: 'P-IRT',
        offsetDays: 60,
        partnerOffice: 'Dinkes',
      },
      {
        pillar: 'pasar',
        type: 'marketplace',
        title: 'Marketplace',
        offsetDays: 90,
        partnerOffice: 'Dinas Koperasi dan UMKM',
      },
    ],
  },
  {
    level: 2,
    sector: null,
    lines: [{ pillar: 'sdm', type: 'kunjungan', title: 'Kunjungan', offsetDays: 14, partnerOffice: null }],
  },
];
const today = '2026-11-29';
const opts = {
  today,
  creator: 'Operator Demo',
  pendamping: { id: 7, name: 'Pendamping Demo', kelurahan: ['35.73.01.1006'] },
};

describe('demo roadmaps', () => {
  const plan = planDemoRoadmaps(businesses, templates, opts);

  it('covers about a quarter of the businesses, the same on every run', () => {
    expect(plan.roadmaps.length / businesses.length).toBeGreaterThan(0.22);
    expect(plan.roadmaps.length / businesses.length).toBeLessThan(0.28);
    expect(planDemoRoadmaps(businesses, templates, opts)).toEqual(plan);
    expect(new Set(plan.roadmaps.map((r) => r.business_id)).size).toBe(plan.roadmaps.length);
  });

  it('has interventions in every status, some overdue, some referred to the demo mitra office', () => {
    const statuses = new Set(plan.interventions.map((i) => i.status));
    expect([...statuses].sort()).toEqual([...INTERVENTION_STATUSES].sort());
    const overdue = plan.interventions.filter(
      (i) => !CLOSED_STATUSES.includes(i.status) && i.due_date < today,
    );
    expect(overdue.length).toBeGreaterThan(20);
    const koperasi = plan.interventions.filter((i) => i.partner_office === 'Dinas Koperasi dan UMKM');
    expect(koperasi.length).toBeGreaterThan(20);
    expect(new Set(koperasi.map((i) => i.status)).size).toBeGreaterThan(3);
  });

  it('gives the pendamping the roadmaps of her kelurahan only', () => {
    for (const r of plan.roadmaps) {
      const b = businesses[r.business_id - 1];
      expect(r.responsible_user_id).toBe(b?.kelurahanCode === '35.73.01.1006' ? 7 : null);
    }
    expect(plan.roadmaps.filter((r) => r.responsible_user_id === 7).length).toBeGreaterThan(10);
  });

  it('logs allowed moves only, never in the future, with an outcome when done', () => {
    const byIntervention = new Map<number, typeof plan.log>();
    for (const l of plan.log)
      byIntervention.set(l.intervention_id, [...(byIntervention.get(l.intervention_id) ?? []), l]);
    for (const i of plan.interventions) {
      const log = byIntervention.get(i.id) ?? [];
      expect(log[0]?.from_status).toBeNull();
      expect(log.at(-1)?.to_status).toBe(i.status);
      expect(log.length).toBe(i.version);
      for (const l of log.slice(1)) expect(canMove(l.from_status ?? 'planned', l.to_status)).toBe(true);
      expect(log.every((l) => l.at.slice(0, 10) < today)).toBe(true);
      expect(!!i.outcome).toBe(needsOutcome(i.status));
    }
    expect(plan.answers.length).toBeGreaterThan(0);
  });
});
