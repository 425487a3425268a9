import { type Kysely, sql } from 'kysely';
import { rebuildCountHistory } from '../count-history.ts';

const DIMS =
  'kelurahan_code, kecamatan_code, sector, size_class, home_industry, owner_krtp, status, ir_level';
const KEY = 'kelurahan_code, sector, size_class, home_industry, owner_krtp, status, ir_level';
const TODAY = `(now() at time zone 'Asia/Jakarta')::date`;

/**
 * Figures as of any date. The headline counts gain the IR level (0 = not assessed) as a dimension, and
 * every change of a counted dimension is also written as a dated delta (`business_count_days`, per
 * Jakarta day). Month-end stocks (`business_count_months`) are rolled up from the deltas when a month
 * closes, so a past date reads one month's stock plus at most a month of daily deltas — not the
 * businesses. Each month row also carries that month's registrations, so a period's flow reads whole months. The deltas are backfilled from the change history.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table business_counts add column ir_level smallint not null default 0`.execute(db);
  await sql`alter table business_counts drop constraint business_counts_pkey`.execute(db);
  await sql.raw(`alter table business_counts add primary key (${KEY})`).execute(db);
  for (const table of ['business_count_days', 'business_count_months']) {
    const first = table === 'business_count_days' ? 'day' : 'month';
    await sql
      .raw(`
      create table ${table} (
        ${first} date not null,
        kelurahan_code text not null,
        kecamatan_code text not null,
        sector text not null,
        size_class text not null,
        home_industry boolean not null,
        owner_krtp boolean not null,
        status text not null,
        ir_level smallint not null,
        n integer not null,
        registered integer not null default 0,
        primary key (${first}, ${KEY})
      )`)
      .execute(db);
  }

  // Row path (updates of counted dimensions): the current count and today's delta, both per row; in
  // PL/pgSQL so the two statements' plans are cached (an SQL function is planned on every call).
  await sql
    .raw(`
    create or replace function business_counts_add(b businesses, delta integer) returns void language plpgsql as $$
    begin
      insert into business_counts as c (${DIMS}, n)
      values (b.kelurahan_code, b.kecamatan_code, b.sector, coalesce(b.size_class, ''), b.home_industry,
              b.owner_krtp, b.status, coalesce(b.ir_level, 0), delta)
      on conflict (${KEY}) do update set n = c.n + excluded.n;
      insert into business_count_days as c (day, ${DIMS}, n)
      values (${TODAY}, b.kelurahan_code, b.kecamatan_code, b.sector, coalesce(b.size_class, ''),
              b.home_industry, b.owner_krtp, b.status, coalesce(b.ir_level, 0), delta)
      on conflict (day, ${KEY}) do update set n = c.n + excluded.n;
    end
    $$`)
    .execute(db);

  // Statement path (inserts, deletes): each group once; inserts also count as registrations that day.
  await sql
    .raw(`
    create or replace function business_counts_apply() returns trigger language plpgsql as $$
    begin
      with g as (
        select kelurahan_code, kecamatan_code, sector, coalesce(size_class, '') as size_class, home_industry,
          owner_krtp, status, coalesce(ir_level, 0) as ir_level,
          (case when tg_op = 'INSERT' then count(*) else -count(*) end)::int as n
        from changed group by 1, 2, 3, 4, 5, 6, 7, 8),
      c as (
        insert into business_counts as c (${DIMS}, n) select ${DIMS}, n from g
        on conflict (${KEY}) do update set n = c.n + excluded.n)
      insert into business_count_days as c (day, ${DIMS}, n, registered)
      select ${TODAY}, ${DIMS}, n, greatest(n, 0) from g
      on conflict (day, ${KEY}) do update set n = c.n + excluded.n, registered = c.registered + excluded.registered;
      return null;
    end $$`)
    .execute(db);

  await sql`drop trigger business_counts_maintain_update on businesses`.execute(db);
  await sql`
    create trigger business_counts_maintain_update after update on businesses for each row
      when ((old.kelurahan_code, old.kecamatan_code, old.sector, old.size_class, old.home_industry, old.owner_krtp, old.status, old.ir_level)
        is distinct from (new.kelurahan_code, new.kecamatan_code, new.sector, new.size_class, new.home_industry, new.owner_krtp, new.status, new.ir_level))
      execute function business_counts_trigger()`.execute(db);

  await sql
    .raw(`
    create or replace function business_counts_rebuild() returns void language sql as $$
      delete from business_counts;
      insert into business_counts (${DIMS}, n)
      select kelurahan_code, kecamatan_code, sector, coalesce(size_class, ''), home_industry, owner_krtp, status,
             coalesce(ir_level, 0), count(*)
      from businesses group by 1, 2, 3, 4, 5, 6, 7, 8;
    $$`)
    .execute(db);

  // Closes every finished month not yet rolled up: its end stock = the previous month's + its deltas.
  await sql
    .raw(`
    create or replace function business_count_months_close() returns void language plpgsql as $$
    declare
      m date;
      last_closed date := date_trunc('month', ${TODAY})::date - interval '1 month';
    begin
      if exists (select 1 from business_count_months where month = last_closed) then return; end if;
      perform pg_advisory_xact_lock(hashtext('business_count_months_close'));
      select coalesce((select max(month) + interval '1 month' from business_count_months),
                      (select date_trunc('month', min(day)) from business_count_days))
        into m;
      while m is not null and m <= last_closed loop
        insert into business_count_months (month, ${DIMS}, n, registered)
        select m, ${DIMS}, sum(n), sum(registered) from (
          select ${DIMS}, n, 0 as registered from business_count_months where month = (m - interval '1 month')::date
          union all
          select ${DIMS}, n, registered from business_count_days where day >= m and day < m + interval '1 month') x
        group by ${DIMS} having sum(n) <> 0 or sum(registered) <> 0
        on conflict do nothing;
        m := m + interval '1 month';
      end loop;
    end $$`)
    .execute(db);

  // Permits obtained within a period are counted by their issue date.
  await sql`create index permits_issued on permits (issued_on)`.execute(db);
  // Permit holdings probe each permit's business by id: active home industries with the filtered columns
  // in the index answer that without visiting the table.
  await sql`
    create index businesses_home_active_dims on businesses (id)
      include (kelurahan_code, kecamatan_code, sector, size_class, owner_krtp, ir_level)
      where home_industry and status = 'active'`.execute(db);
  await sql`select business_counts_rebuild()`.execute(db);
  await rebuildCountHistory(db);
}
