import { describe, expect, it } from 'vitest';
import { periodRanges } from './dashboard.figures.ts';
import { resolveFilter, yearBefore } from './dashboard.service.ts';

describe('the dashboard filter, resolved', () => {
  const today = '2026-11-29';

  it('reads the current counts and the twelve months up to today by default', () => {
    expect(resolveFilter({}, today)).toMatchObject({ asOf: null, from: '2025-11-30', to: today });
  });

  it('reads a past end of period, or an as-of date, through the dated counts', () => {
    expect(resolveFilter({ to: '2025-06-30' }, today)).toMatchObject({
      asOf: '2025-06-30',
      from: '2024-07-01',
    });
    expect(resolveFilter({ asOf: '2024-12-31' }, today)).toMatchObject({
      asOf: '2024-12-31',
      to: '2024-12-31',
    });
    expect(resolveFilter({ asOf: today }, today).asOf).toBe(today);
  });

  it('keeps a chosen period and turns flags into booleans', () => {
    const f = resolveFilter({ from: '2026-01-01', to: '2026-03-31', krtp: 'false', level: 'none' }, today);
    expect(f).toMatchObject({ from: '2026-01-01', to: '2026-03-31', krtp: false, level: 'none' });
  });

  it('ends the period at the stock date: the registry had no later events then', () => {
    expect(resolveFilter({ asOf: '2024-06-30', from: '2024-01-01', to: '2024-12-31' }, today)).toMatchObject({
      asOf: '2024-06-30',
      from: '2024-01-01',
      to: '2024-06-30',
    });
  });

  it('reads a date after today as today', () => {
    expect(resolveFilter({ asOf: '2030-01-01' }, today).asOf).toBe(today);
  });

  it('counts a year as twelve months, not twelve and a day (29 February included)', () => {
    expect(yearBefore('2025-02-28')).toBe('2024-02-29');
    expect(yearBefore('2024-02-29')).toBe('2023-03-01');
  });
});

describe('a period as whole years, months and days', () => {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  /** Every day of [from, to], walked one by one, against the ranges' coverage. */
  function covered(from: string, to: string) {
    const ranges = periodRanges(from, to);
    for (const [per, lo, hi] of ranges) {
      if (per === '/m') expect([lo.slice(8), hi.slice(8)]).toEqual(['01', '01']);
      if (per === '/y') expect([lo.slice(5), hi.slice(5)]).toEqual(['01-01', '01-01']);
    }
    const days: string[] = [];
    for (let d = new Date(`${from}T00:00:00Z`); day(d) <= to; d.setUTCDate(d.getUTCDate() + 1))
      days.push(day(d));
    for (const d of days)
      expect(
        ranges.filter(([, lo, hi]) => lo <= d && d < hi),
        d,
      ).toHaveLength(1);
    expect(
      ranges.every(
        ([, lo, hi]) => lo >= from && hi <= day(new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000)),
      ),
    ).toBe(true);
    return ranges;
  }

  it('covers each day of a period exactly once', () => {
    for (const [from, to] of [
      ['2024-06-16', '2025-06-15'],
      ['2020-01-01', '2026-11-29'],
      ['2019-12-31', '2021-01-01'],
      ['2024-03-15', '2024-03-20'],
      ['2024-02-01', '2024-02-29'],
      ['2023-11-30', '2024-01-31'],
      ['2024-05-05', '2024-05-05'],
    ])
      covered(from as string, to as string);
    expect(periodRanges('2024-05-06', '2024-05-05')).toEqual([]);
  });

  it('reads whole years and months in the middle', () => {
    expect(covered('2019-12-31', '2022-02-03')).toEqual([
      ['', '2019-12-31', '2020-01-01'],
      ['/y', '2020-01-01', '2022-01-01'],
      ['/m', '2022-01-01', '2022-02-01'],
      ['', '2022-02-01', '2022-02-04'],
    ]);
  });
});
