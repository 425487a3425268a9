import type { RuleIssue } from '../../../../shared/rules/issue.ts';
import type { AreaRef } from '../imports.types.ts';

/**
 * What a value reader found: a value, nothing (empty cell), or an issue. An issue beside a value is a
 * warning about a value that was still read; an issue with a null value means the text could not be read.
 */
export type Parsed<T> = { value: T | null; issue?: RuleIssue };

/** What a sheet row is: only 'data' rows are imported. */
export type RowKind =
  | 'data'
  | 'blank'
  | 'section'
  | 'total'
  | 'signature'
  | 'header'
  | 'note'
  /** A summary table's title, header or line under the data (classify.ts isSummary). */
  | 'summary';

export type AreaConfidence = 'exact' | 'variant' | 'uncertain';

/** A kelurahan found for a text, or why none was; candidates are area codes to offer the operator. */
export type AreaMatch =
  | { code: string; confidence: AreaConfidence; area: AreaRef; kecamatanConflict: boolean }
  | {
      code: null;
      reason: 'empty' | 'unknown' | 'ambiguous' | 'outside';
      candidates: string[];
      /** Outside: the one served kelurahan whose name starts with the text ("Bakalan": Bakalankrajan). */
      meant?: AreaRef;
    };

export type AreaMatcher = {
  /** `inRegion`: the row or its file says the place is in the served region (an address ending "Kota Malang"). */
  match(kelurahanText: string | null, kecamatanText?: string | null, inRegion?: boolean): AreaMatch;
  /** A served or known outside area by code, to name candidates in messages. */
  area(code: string): AreaRef | undefined;
  /** The code of the served kecamatan a text names (Lowokwaru, Kec. Lowokwaru), or null. */
  kecamatan(text: string): string | null;
};

/** Bounds beyond which a value is a typing mistake rather than a home industry; see DEFAULT_LIMITS. */
export type NormaliseLimits = { maxMonthlyTurnover: number; maxCapital: number; maxWorkers: number };

export type NormaliseContext = {
  areas: AreaMatcher;
  /** Served regency code, e.g. '35.73'. */
  region: string;
  /** The served regency's and its province's names (Kota Malang, Jawa Timur), which addresses end in. */
  regionNames: readonly string[];
  /**
   * The province's other regencies and cities ("KOTA BATU", "KABUPATEN PASURUAN"; "KOTA MALANG" beside the
   * regency): an address naming one with its kind is of a place outside the region.
   */
  elsewhereNames?: readonly string[];
  /**
   * The hamlets (dusun) known in each served village whose name other kecamatan's villages share ("Kemiri"
   * of Kepanjen and of Jabung), from the registry and the rows placed so far: a row naming such a village
   * without its kecamatan is placed by its hamlet when one of them alone has it (row-place.ts).
   */
  hamlets?: Map<string, Set<string>>;
  today: Date;
  limits?: Partial<NormaliseLimits>;
};
