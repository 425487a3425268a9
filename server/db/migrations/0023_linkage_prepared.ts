import { type Kysely, sql } from 'kysely';

/**
 * Each linkage index entry also keeps its record as linkage compares it, worked out once when the entry is
 * refreshed: a small import reads the candidates its rows meet ready to compare instead of preparing them
 * again. A business is prepared with its owner's name and household (phone and house), so a change to any
 * of the owner's linkage fields now marks her businesses too. Existing entries are marked for refreshing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table linkage_entries add column prepared json`.execute(db);
  await sql`create or replace function linkage_mark_people() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        insert into linkage_dirty (kind, record_id) select 'p', id from new_rows;
      elsif tg_op = 'DELETE' then
        insert into linkage_dirty (kind, record_id) select 'p', id from old_rows;
      else
        with changed as (
          select n.id from new_rows n join old_rows o on o.id = n.id
          where (n.nik, n.name, n.gender, n.birth_date, n.phone, n.kelurahan_code, n.street, n.rt, n.rw, n.erased_at)
            is distinct from (o.nik, o.name, o.gender, o.birth_date, o.phone, o.kelurahan_code, o.street, o.rt, o.rw, o.erased_at)),
        people as (insert into linkage_dirty (kind, record_id) select 'p', id from changed)
        insert into linkage_dirty (kind, record_id)
          select 'b', b.id from changed c join businesses b on b.owner_id = c.id;
      end if;
      return null;
    end $$`.execute(db);
  await sql`insert into linkage_dirty (kind, record_id) select kind, record_id from linkage_entries`.execute(
    db,
  );
}
