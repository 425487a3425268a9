import type { ColumnMapping, NormalisedRow, SheetRow } from '../imports.types.ts';
import { normaliseBusiness } from './row-business.ts';
import { Issues, readerFor } from './row-fields.ts';
import { normalisePerson } from './row-person.ts';
import { normalisePlace } from './row-place.ts';
import type { NormaliseContext } from './types.ts';

/**
 * One data row as registry drafts plus its issues; any error rejects the row. Owner and business share the
 * row's address. Pure: the caller supplies the area matcher, the served region and today's date.
 */
export function normaliseRow(
  row: SheetRow,
  mapping: readonly ColumnMapping[],
  ctx: NormaliseContext,
): NormalisedRow {
  const read = readerFor(row, mapping);
  const issues = new Issues();
  const personal = normalisePerson(read, ctx, issues);
  const place = normalisePlace(read, ctx, issues, row.section, personal.nik);
  const business = normaliseBusiness(read, ctx, issues, personal.name, place);
  const { kecamatanCode: _, ...home } = place;
  return { person: { ...personal, ...home }, business, issues: issues.list };
}
