import { type Kysely, sql } from 'kysely';

/** Areas, people (owners), businesses, permits and their change history. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);

  await sql`
    create table areas (
      code text primary key,
      parent_code text references areas (code),
      level smallint not null check (level between 1 and 4),
      name text not null
    )`.execute(db);
  await sql`create index areas_parent on areas (parent_code)`.execute(db);

  await sql`
    create table people (
      id bigint generated always as identity primary key,
      nik char(16) unique check (nik ~ '^[0-9]{16}$'),
      name text not null check (length(btrim(name)) > 0),
      gender char(1) check (gender in ('L', 'P')),
      birth_date date,
      krtp boolean not null default false,
      phone text check (phone ~ '^[+][0-9]{8,15}$'),
      street text,
      rt text,
      rw text,
      kelurahan_code text references areas (code),
      education text,
      household_size smallint check (household_size between 1 and 30),
      search_text text not null default '',
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index people_search on people using gin (search_text gin_trgm_ops)`.execute(db);
  await sql`create index people_kelurahan on people (kelurahan_code, id)`.execute(db);

  await sql`
    create table businesses (
      id bigint generated always as identity primary key,
      owner_id bigint not null references people (id),
      owner_krtp boolean not null default false,
      name text not null check (length(btrim(name)) > 0),
      home_industry boolean not null default true,
      kelurahan_code text not null references areas (code),
      kecamatan_code text not null references areas (code),
      street text,
      rt text,
      rw text,
      latitude double precision check (latitude between -90 and 90),
      longitude double precision check (longitude between -180 and 180),
      products text,
      kbli_code char(5) check (kbli_code ~ '^[0-9]{5}$'),
      kbli_version smallint check (kbli_version in (2020, 2025)),
      sector text not null default 'lainnya',
      year_started smallint check (year_started between 1900 and 2100),
      workers_total smallint check (workers_total >= 0),
      workers_women smallint check (workers_women >= 0),
      workers_family_unpaid smallint check (workers_family_unpaid >= 0),
      monthly_turnover bigint check (monthly_turnover >= 0),
      capital bigint check (capital >= 0),
      size_class text check (size_class in ('mikro', 'kecil', 'menengah', 'besar')),
      sentra text,
      status text not null default 'active' check (status in ('active', 'closed')),
      search_text text not null default '',
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index businesses_search on businesses using gin (search_text gin_trgm_ops)`.execute(db);
  await sql`create index businesses_owner on businesses (owner_id)`.execute(db);
  await sql`create index businesses_kecamatan on businesses (kecamatan_code, id)`.execute(db);
  await sql`create index businesses_kelurahan on businesses (kelurahan_code, id)`.execute(db);
  await sql`create index businesses_sector on businesses (sector, id)`.execute(db);
  await sql`create index businesses_kbli on businesses (kbli_code, id)`.execute(db);
  await sql`create index businesses_size on businesses (size_class, id)`.execute(db);

  await sql`
    create table permits (
      id bigint generated always as identity primary key,
      business_id bigint not null references businesses (id) on delete cascade,
      type text not null check (type in ('NIB', 'PIRT', 'HALAL', 'BPOM_MD', 'SKU', 'IUMK', 'MEREK', 'SLHS')),
      number text not null,
      issued_on date,
      expires_on date,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (type, number),
      check (expires_on is null or issued_on is null or expires_on >= issued_on)
    )`.execute(db);
  await sql`create index permits_business on permits (business_id, type)`.execute(db);
  await sql`create index permits_type on permits (type, business_id)`.execute(db);

  await sql`
    create table history (
      id bigint generated always as identity primary key,
      entity text not null check (entity in ('person', 'business', 'permit')),
      entity_id bigint not null,
      business_id bigint,
      action text not null check (action in ('create', 'update', 'delete')),
      actor text not null,
      at timestamptz not null default now(),
      changes jsonb not null
    )`.execute(db);
  await sql`create index history_entity on history (entity, entity_id, at)`.execute(db);
  await sql`create index history_business on history (business_id, at) where business_id is not null`.execute(
    db,
  );
  await sql`create index history_at on history (at)`.execute(db);
}
