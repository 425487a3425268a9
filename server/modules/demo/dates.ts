import type { Random } from './random.ts';

export const DAY = 86_400_000;
const WIB = 7 * 3_600_000;

/** Midnight UTC of a `YYYY-MM-DD` date. */
export const dayMs = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
export const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
export const isoTime = (ms: number): string => new Date(ms).toISOString();
export const yearOf = (ms: number): number => new Date(ms).getUTCFullYear();

export function addYears(iso: string, years: number): string {
  const d = new Date(dayMs(iso));
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return isoDate(d.getTime());
}

/** A moment during office hours (08:00–16:00 WIB) of the given day: operators enter data at work. */
export function officeTime(day: number, rnd: Random): number {
  return Math.floor(day / DAY) * DAY - WIB + 8 * 3_600_000 + rnd.int(0, 8 * 3_600_000 - 1);
}

// 1 January 1970 was a Thursday: day 0 → weekday 4 (Sunday = 0); arithmetic avoids a Date per call.
const isWeekend = (ms: number): boolean => {
  const weekday = (Math.floor(ms / DAY) + 4) % 7;
  return weekday === 0 || weekday === 6;
};

/** A day in [from, to] drawn by `draw` (0..1 → position), re-drawn once on most weekends. */
function weekday(from: number, to: number, draw: () => number, rnd: Random): number {
  const days = Math.max(0, Math.floor((to - from) / DAY));
  const pick = () => from + Math.min(days, Math.floor(draw() * (days + 1))) * DAY;
  const day = pick();
  return isWeekend(day) && rnd.chance(0.85) ? pick() : day;
}

export const dayBetween = (from: number, to: number, rnd: Random): number => weekday(from, to, rnd.next, rnd);

/**
 * Sorted record times from `start` to `end`: registrations grow over the years, with a burst during the
 * DP3AP2KB survey of early 2018 and weekday office hours, so monthly trends look like real entry work.
 */
export function timeline(count: number, start: number, end: number, rnd: Random): number[] {
  const surveyFrom = dayMs('2018-01-15');
  const surveyTo = dayMs('2018-04-30');
  const ramp = () => Math.sqrt(rnd.next());
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const r = rnd.next();
    const day =
      r < 0.08
        ? dayBetween(surveyFrom, surveyTo, rnd)
        : r < 0.26
          ? dayBetween(start, end, rnd)
          : weekday(start, end, ramp, rnd);
    times.push(officeTime(day, rnd));
  }
  return times.sort((a, b) => a - b);
}

/** An office-hours moment between `after` and `end`, never before `after`: when a record was last edited. */
export function laterTime(after: number, end: number, rnd: Random): number {
  return Math.max(after, officeTime(dayBetween(after, Math.max(after, end), rnd), rnd));
}
