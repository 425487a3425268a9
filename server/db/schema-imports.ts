import type { ColumnType, Generated, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** jsonb: written as a JSON string, read back as the parsed value. */
type Json<T> = ColumnType<T, string, string>;

export type JobState = 'queued' | 'running' | 'done' | 'failed';

export type JobsTable = {
  id: Generated<number>;
  kind: string;
  state: Generated<JobState>;
  payload: Json<Record<string, unknown>>;
  progress_done: Generated<number>;
  progress_total: Generated<number>;
  result: Json<Record<string, unknown>> | null;
  error: string | null;
  created_by: string;
  created_at: Generated<Date>;
  started_at: Date | null;
  heartbeat_at: Date | null;
  finished_at: Date | null;
};

export type ImportFilesTable = { sha256: string; bytes: Buffer; size: number; created_at: Generated<Date> };

export type ImportSourcesTable = {
  id: Generated<number>;
  name: string;
  mapping: Json<{ header: string; field: string | null }[]> | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
};

export type ImportState =
  | 'uploaded'
  | 'validating'
  | 'validated'
  | 'committing'
  | 'committed'
  | 'failed'
  | 'cancelled';

export type ImportsTable = {
  id: Generated<number>;
  source_id: number;
  file_sha256: string;
  file_name: string;
  file_type: 'xlsx' | 'ods' | 'csv';
  sheets: Json<{ index: number; name: string; hidden?: boolean; hasData?: boolean }[]>;
  sheet_index: Generated<number>;
  header_row: number | null;
  first_data_row: number | null;
  mapping: Json<{ column: number; header: string; field: string | null }[]> | null;
  state: Generated<ImportState>;
  mode: 'valid_rows' | 'all_or_nothing' | null;
  counts: Json<Record<string, number>>;
  job_id: number | null;
  error: string | null;
  scope: string;
  created_by_id: number | null;
  created_by: string;
  created_at: Generated<Date>;
  validated_at: Date | null;
  committed_at: Date | null;
};
export type ImportRow = Selectable<ImportsTable>;

export type SourceRowsTable = {
  id: Generated<number>;
  import_id: number;
  sheet_row: number;
  /** Cells, normalised values and issues: `json`, kept as the dry run wrote them and read whole. */
  raw: Json<unknown[]>;
  normalised: Json<unknown> | null;
  issues: Json<unknown[]>;
  status: 'ok' | 'warning' | 'rejected';
  row_hash: string | null;
  /** What committing the row writes besides ids (commit-records.ts); null for a rejected row. */
  records: Json<unknown> | null;
};

/** The records a committed source row became; id is the source row's id. */
export type SourceRowLinksTable = {
  id: number;
  row_hash: string | null;
  person_id: number;
  business_id: number;
  person_score: number | null;
  business_score: number | null;
};

export type LinkReviewsTable = {
  id: Generated<number>;
  kind: 'person' | 'business';
  a_id: number;
  b_id: number;
  score: number;
  evidence: Json<unknown[]>;
  state: Generated<'open' | 'merged' | 'distinct' | 'gone'>;
  import_id: number | null;
  decided_by: string | null;
  decided_at: Date | null;
  created_at: Generated<Date>;
  /** Migration 0031: when a re-linkage last weighed the pair again (null: as proposed). */
  scored_at: Date | null;
};

export type MergesTable = {
  id: Generated<number>;
  kind: 'person' | 'business';
  survivor_id: number;
  merged_id: number;
  survivor_before: Json<Record<string, unknown>>;
  merged_row: Json<Record<string, unknown>>;
  moved: Json<{ table: string; column: string; ids: number[]; removed?: Record<string, unknown>[] }[]>;
  review_id: number | null;
  merged_by: string;
  merged_at: Generated<Date>;
  undone_by: string | null;
  undone_at: Date | null;
};

export type ImportTables = {
  jobs: JobsTable;
  import_files: ImportFilesTable;
  import_sources: ImportSourcesTable;
  imports: ImportsTable;
  source_rows: SourceRowsTable;
  source_row_links: SourceRowLinksTable;
  link_reviews: LinkReviewsTable;
  merges: MergesTable;
  exports: ExportsTable;
  linkage_entries: LinkageEntriesTable;
};

/** Blocking keys and frequency terms of each record (migration 0019). */
export type LinkageEntriesTable = {
  kind: 'p' | 'b';
  record_id: number;
  kel: string | null;
  keys: number[];
  terms: string[];
};

export type ExportsTable = {
  id: Generated<number>;
  kind: 'businesses';
  format: 'xlsx' | 'csv';
  filter: Json<Record<string, unknown>>;
  personal_data: boolean;
  purpose: string | null;
  scope: string;
  created_by_id: number | null;
  created_by: string;
  job_id: number | null;
  file_name: string;
  row_count: number | null;
  size: number | null;
  created_at: Generated<Date>;
  finished_at: Timestamp | null;
  expires_at: Timestamp;
  deleted_at: Timestamp | null;
};
