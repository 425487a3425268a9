import { describe, expect, it } from 'vitest';
import { countdown, fromLocalInput, localNow } from './time.ts';

describe('privacy time helpers', () => {
  it('counts down to a deadline and past it', () => {
    const now = Date.parse('2026-11-28T00:00:00Z');
    expect(countdown('2026-11-30T14:30:00Z', now)).toEqual({ late: false, days: 2, hours: 14, minutes: 30 });
    expect(countdown('2026-11-27T16:00:00Z', now)).toEqual({ late: true, days: 0, hours: 8, minutes: 0 });
  });

  it('turns a datetime-local value into an instant and back', () => {
    const iso = fromLocalInput(localNow(new Date('2026-11-28T09:30:00Z')));
    expect(iso).toBe('2026-11-28T09:30:00.000Z');
    expect(fromLocalInput('')).toBeUndefined();
    expect(fromLocalInput('bukan tanggal')).toBeUndefined();
  });
});
