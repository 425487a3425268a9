/** What linkage compares of a person: registry rows and import rows alike (already normalised). */
export type PersonRecord = {
  id: number;
  nik: string | null;
  name: string;
  gender: 'L' | 'P' | null;
  birthDate: string | null;
  /** Without a birth date, the year of birth an import row's year column or age says (about). */
  birthYear?: number;
  phone: string | null;
  kelurahanCode: string | null;
  street: string | null;
  rt: string | null;
  rw: string | null;
};

/** What linkage compares of a business; ownerId is the (already resolved) person it belongs to. */
export type BusinessRecord = {
  id: number;
  ownerId: number;
  name: string;
  kelurahanCode: string | null;
  street: string | null;
  rt: string | null;
  rw: string | null;
  products: string | null;
  kbliCode: string | null;
  /**
   * Its sector (shared/rules/kbli.ts SECTORS; "lainnya" or absent when unknown): of a record known only by
   * a sector column ("MAKANAN OLAHAN"), all that says what it is.
   */
  sector?: string | null;
  /** Normalised permit numbers (P-IRT, NIB, …) as "TYPE:number". */
  permits: string[];
  /**
   * The imports whose rows this record is (one file lists a business once): the import linking its rows,
   * or, in a full re-linkage, every import a row of the record came from.
   */
  files?: readonly number[];
};

/** One comparison behind a score, shown to the operator in the review screen. */
export type Evidence = {
  field: string;
  outcome: 'agree' | 'partial' | 'disagree' | 'missing';
  /** log2 likelihood ratio this comparison added to the score. */
  weight: number;
  /** Bahasa Indonesia, e.g. "NIK berbeda satu digit". */
  note: string;
};

export type Match = { id: number; score: number; evidence: Evidence[] };

/** Scores at or above `link` are linked automatically; between `review` and `link` go to the review queue. */
export type Thresholds = { link: number; review: number };
export type LinkageConfig = { person: Thresholds; business: Thresholds };
