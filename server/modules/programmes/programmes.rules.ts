// Pure rules of programmes: seats and waiting list, before/after outcome figures, medians.

/** Candidates in their stable order: the first `freeSeats` get a seat, the rest wait in the same order. */
export function allocateSeats<T>(
  freeSeats: number,
  candidates: readonly T[],
): { enrolled: T[]; waitlisted: T[] } {
  const seats = Math.max(0, freeSeats);
  return { enrolled: candidates.slice(0, seats), waitlisted: candidates.slice(seats) };
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export function mean(values: readonly number[]): number | null {
  if (!values.length) return null;
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
}

export type Measure = { measuredOn: string; value: number | null };

/**
 * The latest measure on or before the session's first day, and the first measure after its last day
 * (dates YYYY-MM-DD); measures without a value for this figure are passed over.
 */
export function beforeAfter(
  measures: readonly Measure[],
  startDay: string,
  endDay: string,
): { before: number | null; after: number | null } {
  const known = measures
    .filter((m): m is { measuredOn: string; value: number } => m.value !== null)
    .sort((a, b) => a.measuredOn.localeCompare(b.measuredOn));
  const before = known.filter((m) => m.measuredOn <= startDay).at(-1)?.value ?? null;
  const after = known.find((m) => m.measuredOn > endDay)?.value ?? null;
  return { before, after };
}

/** Medians before and after over participants that have both, and how many of them rose. */
export function compareGroup(pairs: readonly { before: number | null; after: number | null }[]) {
  const both = pairs.filter(
    (p): p is { before: number; after: number } => p.before !== null && p.after !== null,
  );
  return {
    withBoth: both.length,
    before: median(both.map((p) => p.before)),
    after: median(both.map((p) => p.after)),
    improved: both.filter((p) => p.after > p.before).length,
  };
}

/** A certificate's number: the session's year, the session and the participant, e.g. PILAR/2026/0012/00345. */
export function certificateNumber(startYear: number, sessionId: number, participantId: number): string {
  return `PILAR/${startYear}/${String(sessionId).padStart(4, '0')}/${String(participantId).padStart(5, '0')}`;
}
