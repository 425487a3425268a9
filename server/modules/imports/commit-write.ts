import { sql } from 'kysely';
import type { SizeThresholds } from '../../config.ts';
import { bulkInsert } from '../../db/bulk.ts';
import type { Executor } from '../../db/transaction.ts';
import type { Plan } from './commit-plan.ts';
import { BUSINESS_FIELDS, commitRecords, PERSON_FIELDS, type RecordField } from './commit-records.ts';
import type { NormalisedRow } from './imports.types.ts';
import { acceptedRows, insertLinks } from './source-rows.repository.ts';

/** Writes the new records, their permits, history and legal basis, the row links and the review pairs. */
export type WriteOptions = {
  importId: number;
  actor: string;
  officerId: number | null;
  source: string;
};

const columns = (fields: readonly RecordField[]) => sql.join(fields.map(([c]) => sql.ref(c)));

/**
 * The columns of the staged record of a kind, cast to their types: from its history changes
 * (`s.records #>> '{person,name,1}'`: one walk down, no copy of the objects on the way), or for a column
 * the history does not record, beside them.
 */
const values = (kind: 'person' | 'business', fields: readonly RecordField[]) =>
  fields.map(([column, field, type]) => {
    const text = `s.records #>> '{${field ? `${kind},${field},1` : `${kind}Columns,${column}`}}'`;
    return sql.raw(type === 'text' ? text : `(${text})::${type}`);
  });

/**
 * The new records are read from their staged rows' `records` (commit-records.ts): Node sends only the
 * ids it decided, in arrays, so a commit builds no row objects or JSON text per record.
 */
export async function writePlan(trx: Executor, plan: Plan, opts: WriteOptions) {
  const actor = opts.actor;
  if (plan.newPeople.length) {
    const ids = plan.newPeople.map((p) => p.id);
    const people = sql`unnest(${ids}::bigint[], ${plan.newPeople.map((p) => p.row)}::bigint[],
      ${plan.newPeople.map((p) => p.dropNik)}::bool[]) as x(id, row, drop_nik)
      join source_rows s on s.id = x.row`;
    // A person whose NIK another holds is created without it (imports.commit.ts guardNik).
    const [nik, ...rest] = values('person', PERSON_FIELDS);
    await sql`insert into people (id, ${columns(PERSON_FIELDS)}) overriding system value
      select x.id, case when x.drop_nik then null else ${nik} end, ${sql.join(rest)} from ${people}`.execute(
      trx,
    );
    await sql`insert into history (entity, entity_id, business_id, action, actor, changes)
      select 'person', x.id, null, 'create', ${actor},
        case when x.drop_nik then (s.records->'person') - 'nik' else s.records->'person' end
      from ${people}`.execute(trx);
    await sql`insert into legal_bases (person_id, basis, note, given_at, officer_id, officer_name)
      select x.id, 'public_task', ${`Impor #${opts.importId} dari ${opts.source}`}, now(), ${opts.officerId}, ${actor}
      from unnest(${ids}::bigint[]) as x(id)`.execute(trx);
  }
  if (plan.newBusinesses.length) {
    const businesses = sql`unnest(${plan.newBusinesses.map((b) => b.id)}::bigint[], ${plan.newBusinesses.map((b) => b.row)}::bigint[],
      ${plan.newBusinesses.map((b) => b.ownerId)}::bigint[]) as x(id, row, owner)
      join source_rows s on s.id = x.row`;
    await sql`insert into businesses (id, owner_id, ${columns(BUSINESS_FIELDS)}) overriding system value
      select x.id, x.owner, ${sql.join(values('business', BUSINESS_FIELDS))} from ${businesses}`.execute(trx);
    await sql`insert into history (entity, entity_id, business_id, action, actor, changes)
      select 'business', x.id, x.id, 'create', ${actor},
        (s.records->'business') || jsonb_build_object('ownerId', jsonb_build_array(null, x.owner))
      from ${businesses}`.execute(trx);
  }
  await bulkInsert(trx, 'permits', ['business_id', 'type', 'number'], plan.permits, {
    onConflictDoNothing: true,
  });
  await insertLinks(trx, plan.links);
  const reviews = plan.reviews.map((r) => ({
    kind: r.kind,
    a_id: r.a,
    b_id: r.b,
    score: r.score,
    evidence: r.evidence,
    import_id: opts.importId,
  }));
  await bulkInsert(trx, 'link_reviews', ['kind', 'a_id', 'b_id', 'score', 'evidence', 'import_id'], reviews, {
    onConflictDoNothing: true,
  });
}

const FILL_PAGE = 5000;

/**
 * Rows staged before the dry run wrote `records` (their import validated before the change) get them
 * here, from their normalised values, before the commit reads them. A dry run writes every accepted row
 * with its records, so one row tells.
 */
export async function fillStagedRecords(trx: Executor, importId: number, thresholds: SizeThresholds) {
  const first = await trx
    .selectFrom('source_rows')
    // Records staged before the changes held the columns too: they are made again.
    .select(sql<boolean>`records is null or not records ? 'personColumns'`.as('missing'))
    .where('import_id', '=', importId)
    .where('status', '<>', 'rejected')
    .limit(1)
    .executeTakeFirst();
  if (!first?.missing) return;
  for (let after = 0; ; ) {
    const rows = await acceptedRows(trx, importId, after, FILL_PAGE);
    if (!rows.length) return;
    const records = rows.map((r) => commitRecords(r.normalised as NormalisedRow, thresholds));
    await sql`update source_rows s set records = x.records
      from unnest(${rows.map((r) => r.id)}::bigint[], ${records}::jsonb[]) as x(id, records)
      where s.id = x.id`.execute(trx);
    after = rows.at(-1)?.sheet_row ?? after;
  }
}
