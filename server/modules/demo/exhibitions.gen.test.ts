import { describe, expect, it } from 'vitest';
import type { DemoBusiness, DemoData, DemoPermit } from './demo.types.ts';
import { generateExhibitions } from './exhibitions.gen.ts';

const SECTORS = ['pangan', 'pangan', 'kerajinan', 'sandang', 'jasa'];

/** 300 businesses, every other food business holding a P-IRT. */
function registry(): DemoData {
  const businesses: DemoBusiness[] = [];
  const permits: DemoPermit[] = [];
  for (let i = 0; i < 300; i++) {
    const id = i + 1;
    const sector = SECTORS[i % SECTORS.length] as string;
    businesses.push({ id, sector, home_industry: i % 9 !== 0 } as DemoBusiness);
    if (sector === 'pangan' && i % 2 === 0) permits.push({ id, business_id: id, type: 'PIRT' } as DemoPermit);
  }
  return { people: [], businesses, permits };
}

describe('demo exhibitions', () => {
  const data = registry();
  const x = generateExhibitions(data);
  const finished = x.participants.filter((p) => p.exhibition_id === 1);
  const confirmed = finished.filter((p) => p.invitation === 'dikonfirmasi');

  it('is the same on every run', () => {
    expect(generateExhibitions(registry())).toEqual(x);
  });

  it('fills the finished event’s quota with booths unique per event, and invites to the upcoming one', () => {
    expect(confirmed).toHaveLength(40);
    expect(new Set(confirmed.map((p) => p.booth_code)).size).toBe(40);
    const upcoming = x.participants.filter((p) => p.exhibition_id === 2);
    expect(upcoming.length).toBeGreaterThan(10);
    expect(upcoming.every((p) => p.result_written_at === null)).toBe(true);
    expect(new Set(x.participants.map((p) => p.business_id)).size).toBe(x.participants.length);
  });

  it('picks home industries that exhibit: food with a P-IRT, crafts, apparel, wood', () => {
    const pirt = new Set(data.permits.map((p) => p.business_id));
    const byId = new Map(data.businesses.map((b) => [b.id, b]));
    for (const p of x.participants) {
      const b = byId.get(p.business_id) as DemoBusiness;
      expect(b.home_industry).toBe(true);
      expect(b.sector === 'jasa' || (b.sector === 'pangan' && !pirt.has(b.id))).toBe(false);
      // The upcoming exhibition's criteria: food with a P-IRT.
      if (p.exhibition_id === 2) expect(b.sector === 'pangan' && pirt.has(b.id)).toBe(true);
    }
  });

  it('records days for confirmed participants only, and a result for each who attended', () => {
    const ids = new Set(confirmed.map((p) => p.id));
    expect(x.days.every((d) => ids.has(d.participant_id))).toBe(true);
    expect(
      x.days.every((d) => (d.present ? (d.sales_amount ?? 0) >= 100_000 : d.sales_amount === null)),
    ).toBe(true);
    const attended = new Set(x.days.filter((d) => d.present).map((d) => d.participant_id));
    expect(x.results).toHaveLength(attended.size);
    expect(attended.size).toBeLessThan(40);
    expect(finished.filter((p) => p.result_written_at).length).toBe(attended.size);
    expect(x.leads.length).toBeGreaterThan(2);
    expect(x.leads.every((l) => l.consented_at && (l.buyer_phone || l.buyer_email))).toBe(true);
  });
});
