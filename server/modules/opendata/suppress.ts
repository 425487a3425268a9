/** The mark of a hidden count in a published table. */
export const HIDDEN = null;

/**
 * Small-cell suppression of counts, so that no one can be singled out from a published table.
 * Primary: a count from 1 to `min - 1` is hidden (0 is shown: it singles out no one).
 * Secondary: the rows of one group (the kelurahan of one kecamatan) add up to a figure published elsewhere
 * (the kecamatan's row), so a group with exactly one hidden cell in a column would give it away by
 * subtraction; the smallest other non-zero cell of that column in the group is hidden too.
 */
export function suppressSmallCounts<R extends Record<string, unknown>>(
  rows: R[],
  columns: readonly (keyof R)[],
  min: number,
  groupOf: (row: R) => string = () => '',
): R[] {
  const out = rows.map((r) => ({ ...r }));
  const small = (v: unknown) => typeof v === 'number' && v > 0 && v < min;
  for (const col of columns)
    for (const r of out) if (small(r[col])) (r as Record<string, unknown>)[col as string] = HIDDEN;
  const groups = new Map<string, R[]>();
  for (const r of out) {
    const key = groupOf(r);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  for (const members of groups.values()) {
    for (const col of columns) {
      const hidden = members.filter((r) => r[col] === HIDDEN);
      if (hidden.length !== 1) continue;
      const next = members
        .filter((r) => typeof r[col] === 'number' && (r[col] as number) > 0)
        .sort((a, b) => (a[col] as number) - (b[col] as number))[0];
      if (next) (next as Record<string, unknown>)[col as string] = HIDDEN;
    }
  }
  return out;
}
