import type { DateOrder, ImportField } from '../../../shared/contracts/imports.ts';
import type { PermitType } from '../../../shared/rules/permits.ts';

/** A cell as a reader yields it: text, number, date, boolean or empty. */
export type Cell = string | number | boolean | Date | null;

/**
 * One row of a sheet; rowNumber is 1-based, as the spreadsheet app shows it. `section`: the place a title or
 * section row above it names ("KELURAHAN TLOGOMAS"), for a sheet that names a group's kelurahan or
 * kecamatan once above its rows instead of in a column.
 */
export type SheetRow = { rowNumber: number; cells: Cell[]; section?: SectionPlace };
/** A place named above the rows; `sheet`: taken from the sheet's name, which the row's issues then say. */
/**
 * The place a section row, a title or the sheet's name gives the rows below it; `region`: a title said the
 * file is of the served region ("DATA IR KOTA MALANG").
 */
export type SectionPlace = {
  kelurahan: string | null;
  kecamatan: string | null;
  sheet?: string;
  region?: boolean;
};

export type { DateOrder } from '../../../shared/contracts/imports.ts';
export { IMPORT_FIELDS, type ImportField } from '../../../shared/contracts/imports.ts';

/**
 * Which column feeds which field; null = the column is not imported. column is 0-based. `dateOrder`: month
 * first for a date column written so (day first when absent).
 */
export type ColumnMapping = {
  column: number;
  header: string;
  field: ImportField | null;
  dateOrder?: DateOrder;
};

export type RowIssue = {
  severity: 'error' | 'warning';
  code: string;
  /** Bahasa Indonesia, says what to fix. */
  message: string;
  field?: ImportField;
  /** 0-based column of the offending cell, so the annotated workbook can highlight it. */
  column?: number;
};

export type PersonDraft = {
  nik: string | null;
  name: string;
  gender: 'L' | 'P' | null;
  birthDate: string | null;
  /**
   * Without a birth date, the year of birth a year column or an age says (about: an age is often guessed):
   * compared in linkage only, never stored.
   */
  birthYear?: number;
  phone: string | null;
  krtp: boolean | null;
  street: string | null;
  rt: string | null;
  rw: string | null;
  kelurahanCode: string | null;
  education: string | null;
  householdSize: number | null;
};

export type PermitDraft = { type: PermitType; number: string };

export type BusinessDraft = {
  name: string | null;
  products: string | null;
  kbliCode: string | null;
  sector: string | null;
  yearStarted: number | null;
  workersTotal: number | null;
  workersWomen: number | null;
  monthlyTurnover: number | null;
  capital: number | null;
  street: string | null;
  rt: string | null;
  rw: string | null;
  kelurahanCode: string | null;
  kecamatanCode: string | null;
  latitude: number | null;
  longitude: number | null;
  homeIndustry: boolean | null;
  /**
   * Closed when the row says the business no longer runs; absent when no column says (the row's hash, and so
   * its identity across re-imports, is what it was before the field existed).
   */
  status?: 'active' | 'closed';
  permits: PermitDraft[];
};

/** A data row after mapping and normalisation: rejected when any issue is an error. */
export type NormalisedRow = { person: PersonDraft; business: BusinessDraft; issues: RowIssue[] };

/** A kelurahan the import can match names against (the served region's villages). */
export type AreaRef = { code: string; name: string; kecamatanCode: string; kecamatanName: string };
