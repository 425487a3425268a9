import { type Kysely, sql } from 'kysely';

/**
 * The linkage index: per person and business, the blocking keys and frequency terms linkage computes
 * (in TypeScript) and a fingerprint of the fields they were computed from. A small import reads the
 * candidates sharing its rows' keys and the counts of its terms from here instead of loading the whole
 * registry. The fingerprint views say which entries are stale, whatever changed a record (a form, a merge,
 * an erasure, plain SQL), so no write path has to remember the index; an import refreshes them first.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table linkage_entries (
    kind char(1) not null check (kind in ('p', 'b')),
    record_id bigint not null,
    fp uuid not null,
    kel text,
    keys int4[] not null,
    terms text[] not null,
    primary key (kind, record_id)
  )`.execute(db);
  await sql`create index linkage_entries_keys on linkage_entries using gin (keys)`.execute(db);
  await sql`create index linkage_entries_terms on linkage_entries using gin (terms)`.execute(db);
  // Exactly the fields registry-snapshot.ts loads for linkage (a business: its permits and its owner's name).
  await sql`create view linkage_person_sources as
    select p.id, p.kelurahan_code as kel,
      md5(row(p.nik, p.name, p.gender, p.birth_date, p.phone, p.kelurahan_code, p.street, p.rt, p.rw)::text)::uuid as fp
    from people p where p.erased_at is null`.execute(db);
  await sql`create view linkage_business_sources as
    select b.id, b.kelurahan_code as kel,
      md5(row(b.owner_id, b.name, b.kelurahan_code, b.street, b.rt, b.rw, b.products, b.kbli_code, o.name,
        (select array_agg(pm.type || ':' || pm.number order by pm.type, pm.number)
         from permits pm where pm.business_id = b.id))::text)::uuid as fp
    from businesses b left join people o on o.id = b.owner_id and o.erased_at is null`.execute(db);
}
