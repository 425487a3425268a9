import type { BusinessDraft, PersonDraft } from '../../server/modules/imports/imports.types.ts';

/**
 * One row as an office recorded it, with the truth behind it. `person` and `business` hold the values as the
 * import normaliser would output them (already corrupted by the office: typos, old spellings, titles, a
 * mistyped NIK digit, a missing phone…); the spreadsheet writer renders them in the office's own formats.
 */
export type Observation = {
  office: string;
  /** Same key = the same real person. */
  personKey: string;
  /** Same key = the same real business. */
  businessKey: string;
  person: PersonDraft;
  business: BusinessDraft;
};

/** Truth file line: expected = ok (a valid row), rejected (a bad row), skip (title/section/total/signature row). */
export type TruthRow = {
  file: string;
  sheetRow: number;
  personKey: string;
  businessKey: string;
  expected: 'ok' | 'rejected' | 'skip';
};
