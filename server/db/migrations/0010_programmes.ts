import { type Kysely, sql } from 'kysely';

/**
 * Programmes and trainings: the catalogue, sessions of a programme in an area, participants (enrolled or
 * waiting, with attendance and test scores), and outcome measures of a business over time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table programmes (
      id bigint generated always as identity primary key,
      name text not null check (length(btrim(name)) > 0),
      pillar text not null,
      organiser text not null,
      target_levels integer[] not null default '{}',
      target_sectors text[] not null default '{}',
      description text,
      active boolean not null default true,
      version integer not null default 1,
      created_by text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);

  // A session belongs to an area (city, kecamatan or kelurahan) so the area's operator manages her own.
  await sql`
    create table programme_sessions (
      id bigint generated always as identity primary key,
      programme_id bigint not null references programmes (id),
      title text not null check (length(btrim(title)) > 0),
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      place text not null,
      quota integer not null check (quota > 0),
      trainer text,
      scope_code text not null references areas (code),
      version integer not null default 1,
      created_by text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (ends_at >= starts_at)
    )`.execute(db);
  await sql`create index programme_sessions_programme on programme_sessions (programme_id, starts_at)`.execute(
    db,
  );
  await sql`create index programme_sessions_scope on programme_sessions (scope_code text_pattern_ops)`.execute(
    db,
  );

  // The waiting list is ordered by queue_no: taken from a sequence when a participant joins (or re-joins).
  // One active row per business and session is kept by the enrolment (under the session row's lock), not by
  // a unique key: a merge of two duplicate businesses that were both enrolled moves both rows, and an
  // un-merge moves them back.
  await sql`create sequence session_participants_queue`.execute(db);
  await sql`
    create table session_participants (
      id bigint generated always as identity primary key,
      session_id bigint not null references programme_sessions (id),
      business_id bigint not null references businesses (id),
      status text not null check (status in ('enrolled', 'waitlisted', 'withdrawn')),
      queue_no bigint not null default nextval('session_participants_queue'),
      attended boolean,
      pre_score integer check (pre_score between 0 and 100),
      post_score integer check (post_score between 0 and 100),
      enrolled_by text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  // Owned by its column: it follows the table's owner and goes with the table.
  await sql`alter sequence session_participants_queue owned by session_participants.queue_no`.execute(db);
  await sql`create index session_participants_business on session_participants (business_id, session_id)`.execute(
    db,
  );
  await sql`create index session_participants_waiting on session_participants (session_id, status, queue_no)`.execute(
    db,
  );

  // Permits obtained are read from the permits table (issued_on), never copied here.
  await sql`
    create table outcome_measures (
      id bigint generated always as identity primary key,
      business_id bigint not null references businesses (id),
      measured_on date not null,
      monthly_turnover bigint check (monthly_turnover >= 0),
      workers integer check (workers >= 0),
      market_channels text[] not null default '{}',
      financing_amount bigint check (financing_amount >= 0),
      financing_source text,
      note text,
      recorded_by text not null,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index outcome_measures_business on outcome_measures (business_id, measured_on)`.execute(
    db,
  );
}
