import { type Kysely, sql } from 'kysely';

/**
 * Spreadsheet imports with every source row kept (provenance), a job queue, record-linkage review pairs and
 * reversible merges.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table jobs (
      id bigint generated always as identity primary key,
      kind text not null,
      state text not null default 'queued' check (state in ('queued', 'running', 'done', 'failed')),
      payload jsonb not null default '{}',
      progress_done integer not null default 0,
      progress_total integer not null default 0,
      result jsonb,
      error text,
      created_by text not null,
      created_at timestamptz not null default now(),
      started_at timestamptz,
      heartbeat_at timestamptz,
      finished_at timestamptz
    )`.execute(db);
  await sql`create index jobs_queued on jobs (id) where state = 'queued'`.execute(db);

  // The file as uploaded, kept for the annotated copy and as evidence of what each office sent.
  await sql`
    create table import_files (
      sha256 char(64) primary key,
      bytes bytea not null,
      size integer not null,
      created_at timestamptz not null default now()
    )`.execute(db);

  // A source office with the column mapping it last used (its template).
  await sql`
    create table import_sources (
      id bigint generated always as identity primary key,
      name text not null check (length(btrim(name)) > 0),
      mapping jsonb,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create unique index import_sources_name on import_sources (lower(btrim(name)))`.execute(db);

  await sql`
    create table imports (
      id bigint generated always as identity primary key,
      source_id bigint not null references import_sources (id),
      file_sha256 char(64) not null references import_files (sha256),
      file_name text not null,
      file_type text not null check (file_type in ('xlsx', 'ods', 'csv')),
      sheets jsonb not null default '[]',
      sheet_index integer not null default 0,
      header_row integer,
      first_data_row integer,
      mapping jsonb,
      state text not null default 'uploaded' check (state in
        ('uploaded', 'validating', 'validated', 'committing', 'committed', 'failed', 'cancelled')),
      mode text check (mode in ('valid_rows', 'all_or_nothing')),
      counts jsonb not null default '{}',
      job_id bigint references jobs (id),
      error text,
      scope text not null,
      created_by_id bigint,
      created_by text not null,
      created_at timestamptz not null default now(),
      validated_at timestamptz,
      committed_at timestamptz
    )`.execute(db);
  await sql`create index imports_file on imports (file_sha256, source_id)`.execute(db);

  // One row per data row of an imported sheet: raw cells, normalised values, the verdict and the records
  // it became (the merged registry record is found by following merges).
  await sql`
    create table source_rows (
      id bigint generated always as identity primary key,
      import_id bigint not null references imports (id) on delete cascade,
      sheet_row integer not null,
      raw jsonb not null,
      normalised jsonb,
      issues jsonb not null default '[]',
      status text not null check (status in ('ok', 'warning', 'rejected')),
      row_hash char(64),
      person_id bigint references people (id),
      business_id bigint references businesses (id),
      person_score real,
      business_score real,
      unique (import_id, sheet_row)
    )`.execute(db);
  await sql`create index source_rows_hash on source_rows (row_hash) where person_id is not null`.execute(db);
  await sql`create index source_rows_person on source_rows (person_id) where person_id is not null`.execute(
    db,
  );
  await sql`create index source_rows_business on source_rows (business_id) where business_id is not null`.execute(
    db,
  );

  // Candidate pairs between the link and review thresholds; a "distinct" decision is never proposed again.
  await sql`
    create table link_reviews (
      id bigint generated always as identity primary key,
      kind text not null check (kind in ('person', 'business')),
      a_id bigint not null,
      b_id bigint not null,
      score real not null,
      evidence jsonb not null default '[]',
      state text not null default 'open' check (state in ('open', 'merged', 'distinct', 'gone')),
      import_id bigint references imports (id) on delete set null,
      decided_by text,
      decided_at timestamptz,
      created_at timestamptz not null default now(),
      check (a_id < b_id),
      unique (kind, a_id, b_id)
    )`.execute(db);
  await sql`create index link_reviews_open on link_reviews (kind, score desc) where state = 'open'`.execute(
    db,
  );

  // A merge keeps everything needed to undo it: both records as they were and every reference it moved.
  await sql`
    create table merges (
      id bigint generated always as identity primary key,
      kind text not null check (kind in ('person', 'business')),
      survivor_id bigint not null,
      merged_id bigint not null,
      survivor_before jsonb not null,
      merged_row jsonb not null,
      moved jsonb not null default '[]',
      review_id bigint references link_reviews (id),
      merged_by text not null,
      merged_at timestamptz not null default now(),
      undone_by text,
      undone_at timestamptz
    )`.execute(db);
  await sql`create index merges_merged on merges (kind, merged_id) where undone_at is null`.execute(db);
  await sql`create index merges_survivor on merges (kind, survivor_id)`.execute(db);

  await sql`alter table history drop constraint history_action_check`.execute(db);
  await sql`
    alter table history add constraint history_action_check
      check (action in ('create', 'update', 'delete', 'merge', 'unmerge'))`.execute(db);
}
