import { type Kysely, sql } from 'kysely';

/**
 * UU PDP (UU 27/2022): the legal basis of each person's data, restriction and erasure marks on people,
 * data-subject requests with their legal deadline, and the breach register.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Set when consent is withdrawn (cleared when it is given again) and when the data is erased: lists,
  // exports and the catalogue leave such people out; aggregate counts keep them.
  await sql`
    alter table people
      add column processing_restricted_at timestamptz,
      add column erased_at timestamptz`.execute(db);

  // One row per recorded basis; a person's current basis is her latest row.
  await sql`
    create table legal_bases (
      id bigint generated always as identity primary key,
      person_id bigint not null references people (id),
      basis text not null check (basis in ('consent', 'public_task')),
      consent_text_version text,
      channel text check (channel in ('paper', 'in_person', 'phone', 'web')),
      purposes text[] not null default '{}',
      note text,
      given_at timestamptz not null,
      officer_id bigint references users (id),
      officer_name text not null,
      withdrawn_at timestamptz,
      withdrawn_reason text,
      withdrawal_officer_id bigint references users (id),
      withdrawal_officer_name text,
      created_at timestamptz not null default now(),
      check (basis <> 'consent'
        or (consent_text_version is not null and channel is not null and cardinality(purposes) > 0)),
      check (withdrawn_at is null or (basis = 'consent' and withdrawn_reason is not null))
    )`.execute(db);
  await sql`create index legal_bases_person on legal_bases (person_id, id)`.execute(db);

  await sql`
    create table subject_requests (
      id bigint generated always as identity primary key,
      person_id bigint not null references people (id),
      kind text not null check (kind in ('access', 'rectification', 'erasure', 'withdrawal', 'objection')),
      received_at timestamptz not null,
      channel text not null check (channel in ('paper', 'in_person', 'phone', 'web')),
      note text,
      due_at timestamptz not null,
      status text not null default 'open' check (status in ('open', 'done', 'rejected')),
      closed_at timestamptz,
      outcome text,
      officer_id bigint references users (id),
      officer_name text not null,
      closed_by_id bigint references users (id),
      closed_by_name text,
      created_at timestamptz not null default now(),
      check ((status = 'open') = (closed_at is null))
    )`.execute(db);
  await sql`create index subject_requests_person on subject_requests (person_id)`.execute(db);
  await sql`create index subject_requests_open on subject_requests (due_at) where status = 'open'`.execute(
    db,
  );

  // The notification deadline (discovered_at + 3×24 h) is derived, never stored.
  await sql`
    create table breaches (
      id bigint generated always as identity primary key,
      discovered_at timestamptz not null,
      description text not null check (length(btrim(description)) > 0),
      data_categories text[] not null default '{}',
      people_affected integer check (people_affected >= 0),
      notified_subjects_at timestamptz,
      notified_authority_at timestamptz,
      status text not null default 'open' check (status in ('open', 'contained', 'closed')),
      recorded_by_id bigint references users (id),
      recorded_by_name text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
}
