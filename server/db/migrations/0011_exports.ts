import { type Kysely, sql } from 'kysely';

/**
 * Exports of filtered lists, written by a background job to a file in the data folder and kept for a
 * limited time: the row remembers who asked, for what purpose, with which filter, and how many rows went out.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table exports (
      id bigint generated always as identity primary key,
      kind text not null check (kind in ('businesses')),
      format text not null check (format in ('xlsx', 'csv')),
      filter jsonb not null default '{}',
      personal_data boolean not null default false,
      purpose text,
      scope text not null,
      created_by_id bigint references users (id),
      created_by text not null,
      job_id bigint references jobs (id),
      file_name text not null,
      row_count integer,
      size bigint,
      created_at timestamptz not null default now(),
      finished_at timestamptz,
      expires_at timestamptz not null,
      deleted_at timestamptz,
      check (not personal_data or length(btrim(purpose)) >= 5)
    )`.execute(db);
  await sql`create index exports_owner on exports (created_by_id, id desc)`.execute(db);
  await sql`create index exports_live on exports (expires_at) where deleted_at is null`.execute(db);
}
