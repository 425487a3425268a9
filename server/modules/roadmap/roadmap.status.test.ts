import { describe, expect, it } from 'vitest';
import { addDays, jakartaToday } from '../../../shared/rules/mentoring.ts';
import { firstName } from './roadmap.mapper.ts';
import { refusal } from './roadmap.status.ts';

describe('status moves', () => {
  it('allows the moves of STATUS_TRANSITIONS and explains a refused one in Indonesian', () => {
    expect(refusal('planned', 'done')).toBeNull();
    expect(refusal('declined', 'planned')).toBeNull();
    expect(refusal('declined', 'done')).toBe(
      'Status "Ditolak pelaku usaha" tidak dapat diubah menjadi "Selesai, berhasil"; yang boleh: "Direncanakan".',
    );
    expect(refusal('done', 'done')).toBe('Status sudah "Selesai, berhasil".');
  });
});

describe('dates on the Jakarta calendar', () => {
  it('turns at midnight WIB, not UTC', () => {
    expect(jakartaToday(new Date('2026-11-28T16:59:59Z'))).toBe('2026-11-28');
    expect(jakartaToday(new Date('2026-11-28T17:00:00Z'))).toBe('2026-11-29');
  });
  it('adds days across months and leap years', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-01-01', 90)).toBe('2027-04-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });
});

describe('first name', () => {
  it('keeps only the first word', () => {
    expect(firstName('  Siti Aminah Rahayu ')).toBe('Siti');
  });
});
