import { type Kysely, sql } from 'kysely';

/**
 * Gelar Produk exhibitions: the event (city-wide; its days run from start_date to end_date), its
 * participants invited from the registry (one row per business and event, a booth code unique per event),
 * one row per participant and day for attendance and sales, and the link of booth leads to their event.
 * result_written_at marks a participant whose result went to her roadmap and outcomes when the event
 * closed, so closing never writes twice.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table exhibitions (
      id bigint generated always as identity primary key,
      name text not null check (length(name) between 1 and 160),
      start_date date not null,
      end_date date not null,
      venue text not null,
      organiser text not null,
      quota integer not null check (quota between 1 and 1000),
      criteria text,
      criteria_filter jsonb,
      status text not null default 'rencana'
        check (status in ('rencana', 'berlangsung', 'selesai', 'batal')),
      closed_at timestamptz,
      created_by text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1,
      check (end_date >= start_date and end_date - start_date < 14)
    )`.execute(db);
  await sql`create index exhibitions_start on exhibitions (start_date desc, id desc)`.execute(db);
  await sql`
    create table exhibition_participants (
      id bigint generated always as identity primary key,
      exhibition_id bigint not null references exhibitions (id),
      business_id bigint not null references businesses (id),
      invitation text not null default 'diundang'
        check (invitation in ('diundang', 'dikonfirmasi', 'menolak')),
      booth_code text check (booth_code ~ '^[A-Z0-9-]{1,10}$'),
      responded_at timestamptz,
      result_written_at timestamptz,
      invited_by text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (exhibition_id, business_id)
    )`.execute(db);
  await sql`create unique index exhibition_booths on exhibition_participants (exhibition_id, booth_code)
    where booth_code is not null`.execute(db);
  await sql`create index exhibition_participants_business on exhibition_participants (business_id)`.execute(
    db,
  );
  await sql`
    create table exhibition_days (
      participant_id bigint not null references exhibition_participants (id),
      day date not null,
      present boolean,
      sales_amount bigint check (sales_amount >= 0),
      items integer check (items >= 0),
      recorded_by text not null,
      updated_at timestamptz not null default now(),
      primary key (participant_id, day)
    )`.execute(db);
  await sql`alter table market_leads add constraint market_leads_event
    foreign key (event_id) references exhibitions (id)`.execute(db);
  await sql`create index market_leads_event on market_leads (event_id, business_id)
    where event_id is not null`.execute(db);
}
