import { type Kysely, sql } from 'kysely';

/**
 * Buyer leads of a business: inquiries sent through the public catalogue and contacts collected at an
 * exhibition booth. A lead keeps the buyer's contact only with the buyer's consent (consented_at), and is
 * followed up by the business's pendamping (status). The event and product it came from are linked by the
 * migrations that create those tables.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table market_leads (
      id bigint generated always as identity primary key,
      business_id bigint not null references businesses (id),
      source text not null check (source in ('katalog', 'pameran')),
      event_id bigint,
      product_id bigint,
      buyer_name text not null check (length(buyer_name) between 1 and 120),
      buyer_phone text,
      buyer_email text,
      message text check (length(message) <= 2000),
      consented_at timestamptz not null,
      status text not null default 'baru' check (status in ('baru', 'dihubungi', 'jadi', 'batal')),
      status_note text,
      recorded_by text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (buyer_phone is not null or buyer_email is not null)
    )`.execute(db);
  await sql`create index market_leads_business on market_leads (business_id, created_at desc, id desc)`.execute(
    db,
  );
  await sql`create index market_leads_open on market_leads (created_at desc) where status = 'baru'`.execute(
    db,
  );
}
