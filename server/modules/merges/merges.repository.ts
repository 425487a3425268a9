import { sql } from 'kysely';
import type { Executor } from '../../db/transaction.ts';

export type MergeKind = 'person' | 'business';
/**
 * References moved from the merged record to the survivor, to move back on un-merge; `removed`: rows that
 * could not move, the survivor holding their like (her one NIB on both businesses), to put back.
 */
export type Moved = { table: string; column: string; ids: number[]; removed?: Record<string, unknown>[] };

const TABLE: Record<MergeKind, 'people' | 'businesses'> = { person: 'people', business: 'businesses' };

/** Every column of every table that references people(id) or businesses(id), read from the catalogue. */
export async function referencesTo(db: Executor, kind: MergeKind) {
  const { rows } = await sql<{ table: string; column: string }>`
    select c.conrelid::regclass::text as table, a.attname as column
    from pg_constraint c
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
    where c.contype = 'f' and c.confrelid = ${TABLE[kind]}::regclass
    order by 1, 2`.execute(db);
  return rows;
}

/** Points every reference from one record to another; returns the ids it moved, to move them back. */
export async function moveReferences(
  db: Executor,
  kind: MergeKind,
  from: number,
  to: number,
): Promise<Moved[]> {
  const moved: Moved[] = [];
  for (const ref of await referencesTo(db, kind)) {
    const { rows } = await sql<{ id: number }>`
      update ${sql.table(ref.table)} set ${sql.ref(ref.column)} = ${to}
      where ${sql.ref(ref.column)} = ${from} returning id`.execute(db);
    if (rows.length) moved.push({ ...ref, ids: rows.map((r) => Number(r.id)) });
  }
  return moved;
}

/**
 * The merged business's NIBs that the survivor holds too (one owner's NIB is on all her businesses): removed
 * before the merge moves the others, kept whole to be put back by an un-merge.
 */
export async function takeSharedNibs(
  db: Executor,
  mergedId: number,
  survivorId: number,
): Promise<Moved | null> {
  const { rows } = await sql<{ row: Record<string, unknown> }>`
    delete from permits p where p.business_id = ${mergedId} and p.type = 'NIB'
      and exists (select 1 from permits s
        where s.business_id = ${survivorId} and s.type = 'NIB' and s.number = p.number)
    returning row_to_json(p) as row`.execute(db);
  return rows.length
    ? { table: 'permits', column: 'business_id', ids: [], removed: rows.map((r) => r.row) }
    : null;
}

/** Puts back the rows a merge removed (`Moved.removed`), with their own ids. */
export async function putBack(db: Executor, moved: Moved) {
  if (!moved.removed?.length) return;
  await sql`insert into ${sql.table(moved.table)} overriding system value
    select * from json_populate_recordset(null::${sql.table(moved.table)}, ${JSON.stringify(moved.removed)}::json)`.execute(
    db,
  );
}

export async function moveBack(db: Executor, moved: Moved[], to: number) {
  for (const m of moved) {
    await sql`update ${sql.table(m.table)} set ${sql.ref(m.column)} = ${to}
      where id = any (${m.ids}::bigint[])`.execute(db);
  }
}

export async function lockRow(db: Executor, kind: MergeKind, id: number) {
  const { rows } = await sql<Record<string, unknown>>`
    select * from ${sql.table(TABLE[kind])} where id = ${id} for update`.execute(db);
  return rows[0];
}

export async function deleteRow(db: Executor, kind: MergeKind, id: number) {
  await sql`delete from ${sql.table(TABLE[kind])} where id = ${id}`.execute(db);
}

/** Puts a merged record back with its own id (its references are moved back after). */
export async function reinsertRow(db: Executor, kind: MergeKind, row: Record<string, unknown>) {
  const columns = Object.keys(row);
  const values = columns.map((c) => toSqlValue(row[c]));
  await sql`insert into ${sql.table(TABLE[kind])} (${sql.join(columns.map((c) => sql.ref(c)))})
    overriding system value values (${sql.join(values)})`.execute(db);
}

// Row values come back from jsonb as JSON types: dates as ISO text, which PostgreSQL casts on insert.
function toSqlValue(v: unknown) {
  return v !== null && typeof v === 'object' ? JSON.stringify(v) : v;
}

export async function setFields(db: Executor, kind: MergeKind, id: number, fields: Record<string, unknown>) {
  const entries = Object.entries(fields);
  if (!entries.length) return;
  const sets = entries.map(([c, v]) => sql`${sql.ref(c)} = ${toSqlValue(v)}`);
  await sql`update ${sql.table(TABLE[kind])}
    set ${sql.join(sets)}, version = version + 1, updated_at = now() where id = ${id}`.execute(db);
}

export function insertMerge(
  db: Executor,
  m: {
    kind: MergeKind;
    survivorId: number;
    mergedId: number;
    survivorBefore: Record<string, unknown>;
    mergedRow: Record<string, unknown>;
    moved: Moved[];
    reviewId: number | null;
    by: string;
  },
) {
  return db
    .insertInto('merges')
    .values({
      kind: m.kind,
      survivor_id: m.survivorId,
      merged_id: m.mergedId,
      survivor_before: JSON.stringify(m.survivorBefore),
      merged_row: JSON.stringify(m.mergedRow),
      moved: JSON.stringify(m.moved),
      review_id: m.reviewId,
      merged_by: m.by,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function lockMerge(db: Executor, id: number) {
  return db.selectFrom('merges').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** A later, still active merge that swallowed this survivor must be undone first. */
export function activeMergeOf(db: Executor, kind: MergeKind, mergedId: number) {
  return db
    .selectFrom('merges')
    .select('id')
    .where('kind', '=', kind)
    .where('merged_id', '=', mergedId)
    .where('undone_at', 'is', null)
    .executeTakeFirst();
}

export async function markUndone(db: Executor, id: number, by: string) {
  await db.updateTable('merges').set({ undone_at: sql`now()`, undone_by: by }).where('id', '=', id).execute();
}

export function listMerges(db: Executor, kind: MergeKind, recordId: number) {
  return db
    .selectFrom('merges')
    .selectAll()
    .where('kind', '=', kind)
    .where((eb) => eb.or([eb('survivor_id', '=', recordId), eb('merged_id', '=', recordId)]))
    .orderBy('id', 'desc')
    .execute();
}

/** How many of these businesses have a roadmap still open (one per business at most). */
export async function openRoadmaps(db: Executor, businessIds: number[]) {
  const r = await db
    .selectFrom('roadmaps')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('business_id', 'in', businessIds)
    .where('closed_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
