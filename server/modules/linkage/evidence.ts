import type { Evidence } from './linkage.types.ts';

/** Frozen: evidence for fixed outcomes is built once and shared by every match that shows it. */
export const evidence = (
  field: string,
  outcome: Evidence['outcome'],
  weight: number,
  note: string,
): Evidence => Object.freeze({ field, outcome, weight, note });

/** Sum of the evidence weights, rounded as the review screen shows it. */
export const total = (parts: readonly Evidence[]): number =>
  Math.round(parts.reduce((s, e) => s + e.weight, 0) * 100) / 100;
