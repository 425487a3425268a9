import { type Kysely, sql } from 'kysely';

/**
 * Mentoring visits (kunjungan pendampingan) to a business: who visited when, the pillars talked about, the
 * findings, an optional position, up to three photos (stored without location metadata) and the
 * interventions its follow-ups became.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table visits (
      id bigint generated always as identity primary key,
      business_id bigint not null references businesses (id),
      visit_date date not null,
      officer_user_id bigint references users (id),
      officer_name text not null,
      topics text[] not null default '{}',
      topics_note text,
      findings text not null,
      latitude double precision check (latitude between -90 and 90),
      longitude double precision check (longitude between -180 and 180),
      created_by text not null,
      created_at timestamptz not null default now(),
      check ((latitude is null) = (longitude is null))
    )`.execute(db);
  await sql`create index visits_business on visits (business_id, visit_date desc, id desc)`.execute(db);
  await sql`
    create table visit_photos (
      visit_id bigint not null references visits (id) on delete cascade,
      n smallint not null check (n between 1 and 3),
      content_type text not null check (content_type in ('image/jpeg', 'image/png')),
      bytes bytea not null,
      primary key (visit_id, n)
    )`.execute(db);
  await sql`
    create table visit_follow_ups (
      visit_id bigint not null references visits (id) on delete cascade,
      intervention_id bigint not null references interventions (id),
      primary key (visit_id, intervention_id)
    )`.execute(db);
}
