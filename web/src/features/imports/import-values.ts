import { IMPORT_FIELDS, type Import, type ImportField } from '../../../../shared/contracts/imports.ts';
import type { MessageKey, Translate } from '../../i18n/index.tsx';

type Column = Import['mapping'][number];

export const STATE_COLOR: Record<Import['state'], string> = {
  uploaded: 'blue',
  validating: 'blue',
  validated: 'teal',
  committing: 'blue',
  committed: 'green',
  failed: 'red',
  cancelled: 'gray',
};

/** The wizard's four steps: upload, mapping, dry run, saving. */
export const STEPS = ['upload', 'mapping', 'check', 'save'] as const;
export type Step = (typeof STEPS)[number];

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A column as the office wrote it, or its letter when the header cell was empty. */
export const columnName = (c: Column, t: Translate): string =>
  c.header.trim() || t('imports.columnNoHeader', { letter: columnLetter(c.column) });

export const fieldLabel = (field: ImportField, t: Translate): string => t(`impField.${field}` as MessageKey);

export const NOT_IMPORTED = '__none';

/** The dropdown of one column: "(tidak diimpor)" and every field, those other columns took marked so. */
export function fieldOptions(mapping: Column[], column: number, t: Translate) {
  const taken = new Set(mapping.filter((m) => m.column !== column && m.field).map((m) => m.field));
  return [
    { value: NOT_IMPORTED, label: t('imports.notImported') },
    ...IMPORT_FIELDS.map((f) => ({
      value: f,
      label: taken.has(f) ? t('imports.fieldTaken', { field: fieldLabel(f, t) }) : fieldLabel(f, t),
      disabled: taken.has(f),
    })),
  ];
}

/** Up to three non-empty sample values of a column from the preview rows. */
export function samples(rows: { cells: string[] }[], column: number): string[] {
  return rows
    .map((r) => r.cells[column]?.trim() ?? '')
    .filter(Boolean)
    .slice(0, 3);
}

const CHECK_COUNTS = ['read', 'ok', 'warning', 'rejected', 'skipped'] as const;
const SAVE_COUNTS = [
  'peopleNew',
  'peopleLinked',
  'businessesNew',
  'businessesLinked',
  'filled',
  'review',
  'unchanged',
] as const;

/** The dry run's or the commit's counts as label/number pairs; review pairs of both kinds add up. */
export function countItems(imp: Import, t: Translate): { key: string; label: string; n: number }[] {
  const c = imp.counts;
  if (imp.state === 'committed') {
    const review = (c.reviewPeople ?? 0) + (c.reviewBusinesses ?? 0);
    const filled = (c.peopleFilled ?? 0) + (c.businessesFilled ?? 0);
    return SAVE_COUNTS.map((k) => ({
      key: k,
      label: t(`imports.count.${k}`),
      n: k === 'review' ? review : k === 'filled' ? filled : (c[k] ?? 0),
    }));
  }
  return CHECK_COUNTS.map((k) => ({ key: k, label: t(`imports.count.${k}`), n: c[k] ?? 0 }));
}

/** The import's values of the columns mapped to `fields`, to name a row ("Sri Wahyuni · Kue Sri"). */
export function rowLabel(mapping: Column[], cells: string[], fields: ImportField[]): string {
  return fields
    .map((f) => mapping.find((m) => m.field === f))
    .map((m) => (m ? (cells[m.column]?.trim() ?? '') : ''))
    .filter(Boolean)
    .join(' · ');
}
