import { describe, expect, it } from 'vitest';
import {
  allocateSeats,
  beforeAfter,
  certificateNumber,
  compareGroup,
  mean,
  median,
} from './programmes.rules.ts';

describe('seats and waiting list', () => {
  it('gives the free seats to the first candidates and keeps the rest waiting in order', () => {
    expect(allocateSeats(2, [11, 7, 30, 4])).toEqual({ enrolled: [11, 7], waitlisted: [30, 4] });
  });
  it('puts everyone on the waiting list when the session is full (or over-full)', () => {
    expect(allocateSeats(0, [1, 2])).toEqual({ enrolled: [], waitlisted: [1, 2] });
    expect(allocateSeats(-3, [1])).toEqual({ enrolled: [], waitlisted: [1] });
  });
  it('seats everyone when there is room', () => {
    expect(allocateSeats(10, [5, 6])).toEqual({ enrolled: [5, 6], waitlisted: [] });
  });
});

describe('medians and means', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([])).toBeNull();
    expect(mean([70, 80, 85])).toBe(78.3);
  });
});

describe('before and after a session', () => {
  const m = (measuredOn: string, value: number | null) => ({ measuredOn, value });
  it('takes the latest measure up to the first day and the first after the last day', () => {
    const series = [
      m('2026-01-10', 1),
      m('2026-03-01', 2),
      m('2026-03-05', 3),
      m('2026-05-01', 4),
      m('2026-07-01', 5),
    ];
    expect(beforeAfter(series, '2026-03-05', '2026-03-06')).toEqual({ before: 3, after: 4 });
  });
  it('passes over measures without the figure and leaves missing sides empty', () => {
    expect(beforeAfter([m('2026-01-01', null), m('2026-04-01', 7)], '2026-02-01', '2026-02-01')).toEqual({
      before: null,
      after: 7,
    });
  });
  it('compares only participants with both sides', () => {
    const g = compareGroup([
      { before: 1_000_000, after: 2_000_000 },
      { before: 3_000_000, after: 2_500_000 },
      { before: 2_000_000, after: null },
      { before: 5_000_000, after: 6_000_000 },
    ]);
    expect(g).toEqual({ withBoth: 3, before: 3_000_000, after: 2_500_000, improved: 2 });
  });
});

it('numbers certificates by year, session and participant', () => {
  expect(certificateNumber(2026, 12, 345)).toBe('PILAR/2026/0012/00345');
});
