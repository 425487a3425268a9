import { describe, expect, it } from 'vitest';
import {
  CLOSED_STATUSES,
  canMove,
  INTERVENTION_STATUSES,
  INTERVENTION_TYPES,
  isOverdue,
  PILLARS,
} from './mentoring.ts';

describe('mentoring vocabulary', () => {
  it('every intervention type serves a known pillar', () => {
    for (const t of Object.values(INTERVENTION_TYPES)) expect(PILLARS).toContain(t.pillar);
  });
  it('every status can be left, and a closed one only by reopening', () => {
    for (const s of INTERVENTION_STATUSES) {
      const next = INTERVENTION_STATUSES.filter((to) => canMove(s, to));
      expect(next.length).toBeGreaterThan(0);
      if (CLOSED_STATUSES.includes(s)) expect(next.every((to) => !CLOSED_STATUSES.includes(to))).toBe(true);
    }
    expect(canMove('planned', 'done')).toBe(true);
    expect(canMove('done', 'declined')).toBe(false);
  });
  it('is overdue only while open and past its due date', () => {
    expect(isOverdue('planned', '2026-11-27', '2026-11-28')).toBe(true);
    expect(isOverdue('planned', '2026-11-28', '2026-11-28')).toBe(false);
    expect(isOverdue('done', '2026-01-01', '2026-11-28')).toBe(false);
    expect(isOverdue('in_progress', null, '2026-11-28')).toBe(false);
  });
});
