import { type Kysely, sql } from 'kysely';

/**
 * The records a committed source row became move from the wide `source_rows` row (raw cells and normalised
 * values, about 1 kB) to a narrow table of their own: the commit inserts one small row per source row
 * instead of rewriting every staged row and its five indexes. `id` is the source row's id, so merges (which
 * move every foreign key to people and businesses found in the catalogue and return the moved rows' ids)
 * cover it like any table; the row hash is kept beside the links, so "seen before" reads this table alone.
 * No foreign key to source_rows: checking one locks each referenced source row, which writes to its page
 * again, the cost this table avoids. Staged rows are only deleted by a dry run run again (before any
 * commit), which removes their links first.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table source_row_links (
      id bigint primary key,
      row_hash char(64),
      person_id bigint not null references people (id),
      business_id bigint not null references businesses (id),
      person_score real,
      business_score real
    )`.execute(db);
  await sql`
    insert into source_row_links (id, row_hash, person_id, business_id, person_score, business_score)
    select id, row_hash, person_id, business_id, person_score, business_score
    from source_rows where person_id is not null and business_id is not null`.execute(db);
  await sql`create index source_row_links_hash on source_row_links (row_hash)`.execute(db);
  await sql`create index source_row_links_person on source_row_links (person_id)`.execute(db);
  await sql`create index source_row_links_business on source_row_links (business_id)`.execute(db);
  // Merges made before this remember the source rows they moved under the old table: the ids are the same.
  await sql`
    update merges set moved = (
      select jsonb_agg(case when e->>'table' = 'source_rows'
                            then jsonb_set(e, '{table}', '"source_row_links"') else e end order by n)
      from jsonb_array_elements(moved) with ordinality as x (e, n))
    where moved @> '[{"table": "source_rows"}]'`.execute(db);
  await sql`drop index if exists source_rows_hash, source_rows_person, source_rows_business`.execute(db);
  await sql`
    alter table source_rows drop column person_id, drop column business_id,
      drop column person_score, drop column business_score`.execute(db);
}
