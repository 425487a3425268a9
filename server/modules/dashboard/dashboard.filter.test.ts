import { describe, expect, it } from 'vitest';
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

  it('reads a date after today as today', () => {
    expect(resolveFilter({ asOf: '2030-01-01' }, today).asOf).toBe(today);
  });

  it('counts a year as twelve months, not twelve and a day (29 February included)', () => {
    expect(yearBefore('2025-02-28')).toBe('2024-02-29');
    expect(yearBefore('2024-02-29')).toBe('2023-03-01');
  });
});
