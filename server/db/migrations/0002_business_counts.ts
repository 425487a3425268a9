import { type Kysely, sql } from 'kysely';

/**
 * Headline counts maintained by a trigger: one row per combination of the dimensions the dashboard
 * breaks figures down by, so the summary reads a few thousand rows instead of scanning every business.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table business_counts (
      kelurahan_code text not null,
      kecamatan_code text not null,
      sector text not null,
      size_class text not null,
      home_industry boolean not null,
      owner_krtp boolean not null,
      status text not null,
      n integer not null,
      primary key (kelurahan_code, sector, size_class, home_industry, owner_krtp, status)
    )`.execute(db);

  await sql`
    create function business_counts_add(b businesses, delta integer) returns void language sql as $$
      insert into business_counts as c
        (kelurahan_code, kecamatan_code, sector, size_class, home_industry, owner_krtp, status, n)
      values (b.kelurahan_code, b.kecamatan_code, b.sector, coalesce(b.size_class, ''), b.home_industry,
              b.owner_krtp, b.status, delta)
      on conflict (kelurahan_code, sector, size_class, home_industry, owner_krtp, status)
      do update set n = c.n + excluded.n
    $$`.execute(db);

  await sql`
    create function business_counts_trigger() returns trigger language plpgsql as $$
    begin
      if tg_op in ('UPDATE', 'DELETE') then perform business_counts_add(old, -1); end if;
      if tg_op in ('UPDATE', 'INSERT') then perform business_counts_add(new, 1); end if;
      return null;
    end $$`.execute(db);

  await sql`
    create trigger business_counts_maintain after insert or delete
      on businesses for each row execute function business_counts_trigger()`.execute(db);
  // Only a change of a counted dimension touches the counts: an edit of turnover or address does not
  // lock a shared counts row.
  await sql`
    create trigger business_counts_maintain_update after update on businesses for each row
      when ((old.kelurahan_code, old.kecamatan_code, old.sector, old.size_class, old.home_industry, old.owner_krtp, old.status)
        is distinct from (new.kelurahan_code, new.kecamatan_code, new.sector, new.size_class, new.home_industry, new.owner_krtp, new.status))
      execute function business_counts_trigger()`.execute(db);

  // Permit holdings are counted live (validity depends on today's date): a narrow index of the active home
  // industries lets that count join 14k rows instead of scanning every business (69 ms → 9 ms on the demo).
  await sql`
    create index businesses_home_active on businesses (kelurahan_code, id) include (size_class)
      where home_industry and status = 'active'`.execute(db);

  await sql`
    create function business_counts_rebuild() returns void language sql as $$
      delete from business_counts;
      insert into business_counts
      select kelurahan_code, kecamatan_code, sector, coalesce(size_class, ''), home_industry, owner_krtp, status, count(*)
      from businesses group by 1, 2, 3, 4, 5, 6, 7;
    $$`.execute(db);
}
