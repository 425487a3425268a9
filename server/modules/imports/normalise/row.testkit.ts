import type { Cell, NormalisedRow, RowIssue } from '../imports.types.ts';
import { createAreaMatcher } from './area-matcher.ts';
import { villagesOf } from './areas.fixture.ts';
import { autoMapping } from './headers.ts';
import { normaliseRow } from './row.ts';
import type { NormaliseContext } from './types.ts';

/** Kota Malang served, Kabupaten Malang known as outside; a fixed today keeps ages and expiry years stable. */
export const ctx: NormaliseContext = {
  areas: createAreaMatcher(villagesOf('35.73'), villagesOf('35.07')),
  region: '35.73',
  regionNames: ['Kota Malang', 'Jawa Timur'],
  today: new Date('2025-06-01T00:00:00Z'),
};

/** Normalises one row under the given headers, mapped automatically. */
export function normaliseWith(
  headers: string[],
  cells: Cell[],
  context: NormaliseContext = ctx,
): NormalisedRow {
  return normaliseRow({ rowNumber: 7, cells }, autoMapping(headers), context);
}

export const codesOf = (issues: RowIssue[], severity?: RowIssue['severity']): string[] =>
  issues.filter((i) => severity === undefined || i.severity === severity).map((i) => i.code);

export const issueOf = (issues: RowIssue[], code: string): RowIssue | undefined =>
  issues.find((i) => i.code === code);
