import { type Kysely, sql } from 'kysely';
import { RUBRIC_V1 } from '../../../shared/rules/rubric-seed.ts';

/**
 * IR level assessment: versioned rubrics (version 1 = the domain doc's proposal), assessments with their raw
 * answers, the business's current level, level events (naik / turun kelas) and needs per pillar.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // A version is never changed once saved: an assessment keeps the level its version gave.
  await sql`
    create table rubrics (
      version integer primary key,
      dimensions jsonb not null,
      cut_points integer[] not null check (cardinality(cut_points) = 2 and cut_points[1] < cut_points[2]),
      note text,
      created_by text not null,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    insert into rubrics (version, dimensions, cut_points, note, created_by)
    values (1, ${JSON.stringify(RUBRIC_V1.dimensions)}::jsonb, ${RUBRIC_V1.cutPoints}::integer[],
      'Usulan awal: delapan dimensi bernilai 0/1/2', 'sistem')`.execute(db);

  await sql`
    create table assessments (
      id bigint generated always as identity primary key,
      business_id bigint not null references businesses (id),
      rubric_version integer not null references rubrics (version),
      answers jsonb not null,
      total integer not null,
      suggested_level smallint not null check (suggested_level between 1 and 3),
      level smallint not null check (level between 1 and 3),
      override_reason text,
      assessed_on date not null,
      assessor_id bigint references users (id),
      assessor_name text not null,
      notes text,
      created_at timestamptz not null default now(),
      check (level = suggested_level or length(btrim(override_reason)) > 0)
    )`.execute(db);
  await sql`create index assessments_business on assessments (business_id, assessed_on desc, id desc)`.execute(
    db,
  );

  // The current level lives on the business; business_counts triggers ignore these columns.
  await sql`
    alter table businesses
      add column ir_level smallint check (ir_level between 1 and 3),
      add column ir_level_since date`.execute(db);

  // One row per change of level; the area is kept as it was, so reports count where the step happened.
  await sql`
    create table level_events (
      id bigint generated always as identity primary key,
      business_id bigint not null references businesses (id),
      assessment_id bigint not null references assessments (id),
      from_level smallint check (from_level between 1 and 3),
      to_level smallint not null check (to_level between 1 and 3),
      occurred_on date not null,
      kelurahan_code text not null,
      kecamatan_code text not null,
      created_at timestamptz not null default now(),
      check (from_level is distinct from to_level)
    )`.execute(db);
  await sql`create index level_events_business on level_events (business_id, occurred_on, id)`.execute(db);
  await sql`create index level_events_when on level_events (occurred_on, kecamatan_code)`.execute(db);

  await sql`
    create table needs (
      id bigint generated always as identity primary key,
      business_id bigint not null references businesses (id),
      pillar text not null check (pillar in ('sdm', 'produksi', 'pembiayaan', 'pasar', 'legalitas', 'teknologi')),
      title text not null check (length(btrim(title)) > 0),
      priority text not null check (priority in ('tinggi', 'sedang', 'rendah')),
      status text not null default 'open' check (status in ('open', 'met', 'dropped')),
      source text not null check (source in ('assessment', 'manual')),
      assessment_id bigint references assessments (id),
      dimension text,
      note text,
      updated_by text not null,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (source = 'manual' or assessment_id is not null)
    )`.execute(db);
  await sql`create index needs_business on needs (business_id, status)`.execute(db);
}
