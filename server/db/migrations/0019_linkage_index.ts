import { type Kysely, sql } from 'kysely';

/**
 * The linkage index, so a small import need not load the whole registry: per person and business the
 * blocking keys and frequency terms linkage computes (in TypeScript), how many records hold each key and
 * each term, and which records changed since their entry was computed. The marks are set by statement
 * triggers on people, businesses and permits, so every write path (forms, merges, un-merges, erasure,
 * plain SQL) is covered without remembering the index; an import brings the entries of marked records
 * up to date first.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table linkage_entries (
    kind char(1) not null check (kind in ('p', 'b')),
    record_id bigint not null,
    kel text,
    keys int4[] not null,
    terms text[] not null,
    primary key (kind, record_id)
  )`.execute(db);
  // Key → records, for the members of the blocks a small file's rows fall in.
  await sql`create table linkage_keys (
    kind char(1) not null, key int4 not null, record_id bigint not null,
    primary key (kind, key, record_id))`.execute(db);
  await sql`create table linkage_term_counts (
    kind char(1) not null, term text collate "C" not null, n int not null, primary key (kind, term))`.execute(
    db,
  );
  await sql`create table linkage_dirty (
    seq bigint generated always as identity primary key,
    kind char(1) not null,
    record_id bigint not null)`.execute(db);

  // The fields registry-snapshot.ts loads for linkage; a business's entry also depends on its permits
  // and its owner's name.
  await sql`create function linkage_mark_people() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        insert into linkage_dirty (kind, record_id) select 'p', id from new_rows;
      elsif tg_op = 'DELETE' then
        insert into linkage_dirty (kind, record_id) select 'p', id from old_rows;
      else
        insert into linkage_dirty (kind, record_id)
          select 'p', n.id from new_rows n join old_rows o on o.id = n.id
          where (n.nik, n.name, n.gender, n.birth_date, n.phone, n.kelurahan_code, n.street, n.rt, n.rw, n.erased_at)
            is distinct from (o.nik, o.name, o.gender, o.birth_date, o.phone, o.kelurahan_code, o.street, o.rt, o.rw, o.erased_at);
        insert into linkage_dirty (kind, record_id)
          select 'b', b.id from new_rows n join old_rows o on o.id = n.id join businesses b on b.owner_id = n.id
          where (n.name, n.erased_at) is distinct from (o.name, o.erased_at);
      end if;
      return null;
    end $$`.execute(db);
  await sql`create function linkage_mark_businesses() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        insert into linkage_dirty (kind, record_id) select 'b', id from new_rows;
      elsif tg_op = 'DELETE' then
        insert into linkage_dirty (kind, record_id) select 'b', id from old_rows;
      else
        insert into linkage_dirty (kind, record_id)
          select 'b', n.id from new_rows n join old_rows o on o.id = n.id
          where (n.owner_id, n.name, n.kelurahan_code, n.street, n.rt, n.rw, n.products, n.kbli_code)
            is distinct from (o.owner_id, o.name, o.kelurahan_code, o.street, o.rt, o.rw, o.products, o.kbli_code);
      end if;
      return null;
    end $$`.execute(db);
  await sql`create function linkage_mark_permits() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        insert into linkage_dirty (kind, record_id) select distinct 'b', business_id from new_rows;
      elsif tg_op = 'DELETE' then
        insert into linkage_dirty (kind, record_id) select distinct 'b', business_id from old_rows;
      else
        insert into linkage_dirty (kind, record_id)
          select distinct 'b', x.business_id from new_rows n join old_rows o on o.id = n.id,
            lateral (values (n.business_id), (o.business_id)) as x(business_id)
          where (n.business_id, n.type, n.number) is distinct from (o.business_id, o.type, o.number);
      end if;
      return null;
    end $$`.execute(db);
  for (const table of ['people', 'businesses', 'permits']) {
    const fn = sql.raw(`linkage_mark_${table}()`);
    const t = sql.table(table);
    const name = (event: string) => sql.raw(`${table}_linkage_${event}`);
    await sql`create trigger ${name('ins')} after insert on ${t}
      referencing new table as new_rows for each statement execute function ${fn}`.execute(db);
    await sql`create trigger ${name('upd')} after update on ${t}
      referencing old table as old_rows new table as new_rows for each statement execute function ${fn}`.execute(
      db,
    );
    await sql`create trigger ${name('del')} after delete on ${t}
      referencing old table as old_rows for each statement execute function ${fn}`.execute(db);
  }
  // Every record is indexed by the first import after this migration.
  await sql`insert into linkage_dirty (kind, record_id)
    select 'p', id from people union all select 'b', id from businesses`.execute(db);
}
