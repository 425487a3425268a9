import { type Kysely, sql } from 'kysely';

/**
 * The public product catalogue: the owner's consent to publish a business (recorded and withdrawable),
 * its products with up to four photos (re-encoded, no metadata), and the one view every public query reads,
 * so the publication rule cannot drift between pages, search and sitemap.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);
  await sql`
    create table catalogue_consents (
      id bigint generated always as identity primary key,
      business_id bigint not null references businesses (id),
      text_version text not null check (length(text_version) between 1 and 40),
      channel text not null check (channel in ('formulir_kertas', 'lisan', 'whatsapp', 'web')),
      recorded_by text not null,
      recorded_at timestamptz not null default now(),
      withdrawn_at timestamptz,
      withdrawn_by text,
      withdrawal_reason text
    )`.execute(db);
  // At most one consent in force per business; withdrawn ones stay as the record.
  await sql`create unique index catalogue_consents_active on catalogue_consents (business_id)
    where withdrawn_at is null`.execute(db);
  await sql`create index catalogue_consents_business on catalogue_consents (business_id, recorded_at desc)`.execute(
    db,
  );
  await sql`
    create table products (
      id bigint generated always as identity primary key,
      business_id bigint not null references businesses (id),
      name text not null check (length(name) between 2 and 100),
      description text check (length(description) <= 1000),
      category text not null,
      price_min bigint check (price_min >= 0),
      price_max bigint check (price_max >= 0),
      search_text text not null,
      version int not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (price_min is null or price_max is null or price_min <= price_max)
    )`.execute(db);
  await sql`create index products_business on products (business_id, id)`.execute(db);
  await sql`create index products_search on products using gin (search_text gin_trgm_ops)`.execute(db);
  await sql`
    create table product_photos (
      product_id bigint not null references products (id) on delete cascade,
      n smallint not null check (n between 1 and 4),
      content_type text not null check (content_type in ('image/jpeg', 'image/webp')),
      width int not null,
      height int not null,
      bytes bytea not null,
      thumb_width int not null,
      thumb_height int not null,
      thumb bytea not null,
      primary key (product_id, n)
    )`.execute(db);
  await sql`alter table market_leads add constraint market_leads_product
    foreign key (product_id) references products (id) on delete set null`.execute(db);
  // THE publication rule: consent in force, business active, owner neither erased nor restricted.
  await sql`
    create view catalogue_public_businesses as
    select b.id, b.name, b.kelurahan_code, b.kecamatan_code, p.phone as owner_phone, c.recorded_at as published_at
    from businesses b
    join catalogue_consents c on c.business_id = b.id and c.withdrawn_at is null
    join people p on p.id = b.owner_id
    where b.status = 'active' and p.erased_at is null and p.processing_restricted_at is null`.execute(db);
}
