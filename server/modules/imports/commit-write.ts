import { sql } from 'kysely';
import type { SizeThresholds } from '../../config.ts';
import type { Executor } from '../../db/transaction.ts';
import { writeProposals } from '../reviews/rescore.ts';
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
  await insertPermits(trx, plan.permits);
  await insertLinks(trx, plan.links);
  const people = await fillGaps(trx, 'person', plan.fills.people, actor);
  const businesses = await fillGaps(trx, 'business', plan.fills.businesses, actor);
  // A pair two rows of the chunk propose is written once, as the first proposed it; a pair decided or still
  // open stays as it is, one that left the queue (gone) is open again with this row's evidence.
  const first = new Map<string, (typeof plan.reviews)[number]>();
  for (const r of plan.reviews) {
    const key = `${r.kind}:${r.a}:${r.b}`;
    if (!first.has(key)) first.set(key, r);
  }
  await writeProposals(trx, [...first.values()], opts.importId, false);
  // The filled businesses' dashboard figures are refreshed at the commit's end (sector or size may change).
  return {
    refigure: businesses,
    filled: { peopleFilled: people.length, businessesFilled: businesses.length },
  };
}

/**
 * The rows' permits, each number once (a NIB once per business: all of one owner's businesses are under her
 * NIB). A NIB another owner's business holds is not written: one NIB is one business actor's.
 */
async function insertPermits(trx: Executor, permits: Plan['permits']) {
  for (let i = 0; i < permits.length; i += PERMITS_PER_STATEMENT) {
    const json = JSON.stringify(permits.slice(i, i + PERMITS_PER_STATEMENT));
    // Of one NIB on rows of several owners, the first row's owner's.
    await sql`with x as (
        select x.business_id, x.type, x.number, b.owner_id,
          first_value(b.owner_id) over (partition by x.type, x.number order by x.ordinality) as first_owner
        from json_populate_recordset(null::permits, ${json}::json) with ordinality as x
        join businesses b on b.id = x.business_id)
      insert into permits (business_id, type, number)
      select x.business_id, x.type, x.number from x
      where x.type <> 'NIB' or (x.owner_id = x.first_owner and not exists (
        select 1 from permits p join businesses held on held.id = p.business_id
        where p.type = 'NIB' and p.number = x.number and held.owner_id <> x.owner_id))
      on conflict do nothing`.execute(trx);
  }
}
const PERMITS_PER_STATEMENT = 5000;

/**
 * Fields a linked row fills when the record has none of them, as groups taken whole from one row (an
 * address: street, RT and RW; turnover and capital with the size class they give; a KBLI code with its
 * sector). `empty`: the columns the record must lack, the first of them given by the row; `fill`: the
 * columns then written.
 */
type GapGroup = { empty: readonly string[]; fill: readonly string[] };
const same = (...columns: string[]): GapGroup => ({ empty: columns, fill: columns });
const PERSON_GAPS: readonly GapGroup[] = [
  same('gender'),
  same('birth_date'),
  same('phone'),
  same('street', 'rt', 'rw'),
  same('education'),
  same('household_size'),
];
const MONEY = ['monthly_turnover', 'capital', 'size_class'];
const PRODUCTS = same('products');
const BUSINESS_GAPS: readonly GapGroup[] = [
  PRODUCTS,
  { empty: ['kbli_code'], fill: ['kbli_code', 'kbli_version', 'sector'] },
  same('year_started'),
  same('workers_total', 'workers_women'),
  { empty: ['monthly_turnover', 'capital'], fill: MONEY },
  { empty: ['capital', 'monthly_turnover'], fill: MONEY },
  same('street', 'rt', 'rw'),
  same('latitude', 'longitude'),
];

type Gap = { when: ReturnType<typeof sql>; columns: readonly RecordField[] };

/**
 * A business named only by a stand-in (its products, or "Usaha" and its owner's name: row-business.ts
 * nameOf, for a row without a name) takes the first name a linked row gives that is no stand-in itself:
 * a P-IRT register's "Bakpia Kacang Hijau" becomes "Bakpia Bumiayu".
 */
const STAND_IN_NAME = sql`(
  (lower(r.name) = lower(r.products) or lower(r.name) = lower('Usaha ' || owner.name))
  and lower(s.records #>> '{business,name,1}') <> lower(r.name)
  and lower(s.records #>> '{business,name,1}') <> lower(coalesce(s.records #>> '{business,products,1}', ''))
  and s.records #>> '{business,name,1}' not ilike 'Usaha %')`;
const NAME_GAP = BUSINESS_GAPS.length;

const columnOf = (fields: readonly RecordField[], c: string) =>
  fields.find(([column]) => column === c) as RecordField;

/** Each group's test, on the record `r` and the staged row `s`: all its columns empty, the first in the row. */
function gapsOf(kind: 'person' | 'business'): Gap[] {
  const fields = kind === 'person' ? PERSON_FIELDS : BUSINESS_FIELDS;
  const gaps = (kind === 'person' ? PERSON_GAPS : BUSINESS_GAPS).map((group) => {
    const empty = group.empty.map((c) => sql`r.${sql.ref(c)} is null`);
    const given = sql`s.records #> ${`{${kind},${columnOf(fields, group.empty[0] as string)[1]}}`} is not null`;
    return {
      when: sql`(${sql.join([...empty, given], sql` and `)})`,
      columns: group.fill.map((c) => columnOf(fields, c)),
    };
  });
  if (kind === 'business') return [...gaps, { when: STAND_IN_NAME, columns: [columnOf(fields, 'name')] }];
  // A NIK only when no other person holds it (imports.commit.ts guardNik, and here the registry: `holder`
  // is joined in fillGaps, as a correlated subquery it was planned as a scan of people per row).
  const nik = sql`(r.nik is null and x.nik and s.records #> '{person,nik}' is not null and holder.id is null)`;
  return [...gaps, { when: nik, columns: [columnOf(fields, 'nik')] }];
}

/**
 * Rows linked to a record fill the fields it lacks, as the row wrote them, with a history entry of the
 * import (a value the record has is never replaced here: the operator adopts another one from its
 * sources). Per chunk the first row of each record fills; later chunks fill what is still empty.
 * Returns the records filled.
 */
async function fillGaps(
  trx: Executor,
  kind: 'person' | 'business',
  fills: readonly { id: number; row: number; nik?: boolean }[],
  actor: string,
): Promise<number[]> {
  const first = new Map<number, { row: number; nik: boolean }>();
  for (const f of fills) if (!first.has(f.id)) first.set(f.id, { row: f.row, nik: f.nik ?? false });
  if (!first.size) return [];
  const gaps = gapsOf(kind);
  const flag = (j: number) => sql.ref(`f.g${j}`);
  const set: ReturnType<typeof sql>[] = [];
  const changes: ReturnType<typeof sql>[] = [];
  for (const column of [...new Set(gaps.flatMap((g) => g.columns))]) {
    const [c, field, type] = column;
    // A column of two groups (turnover or capital first) is filled by either.
    const fill = sql.join(
      gaps.flatMap((g, j) => (g.columns.includes(column) ? [flag(j)] : [])),
      sql` or `,
    );
    const given = sql.raw(`(f.rec #>> '{${kind},${field},1}')::${type}`);
    set.push(sql`${sql.ref(c)} = case when ${fill} then ${given} else r.${sql.ref(c)} end`);
    // A stand-in name replaced: the history says which.
    const change =
      kind === 'business' && c === 'name'
        ? sql`jsonb_build_array(f.old_name, f.rec #> '{business,name,1}')`
        : sql`f.rec #> ${`{${kind},${field}}`}`;
    changes.push(sql`${field}::text, case when ${fill} then ${change} end`);
  }
  if (kind === 'business') {
    // The name search finds a business by its products too: the row's words join the record's, once each.
    const products = sql.ref(`f.g${BUSINESS_GAPS.indexOf(PRODUCTS)}`);
    const named = sql.ref(`f.g${NAME_GAP}`);
    set.push(sql`search_text = case when ${products} or ${named} then (
      select string_agg(w, ' ' order by i) from (
        select w, min(i) as i
        from unnest(string_to_array(r.search_text || ' ' || (f.rec #>> '{businessColumns,search_text}'), ' '))
          with ordinality as t(w, i)
        where w <> '' group by w) words)
      else r.search_text end`);
  }
  // A form opened before the fill is refused on save (its version is old) rather than emptying the fields.
  set.push(sql`version = r.version + 1`, sql`updated_at = now()`);
  const table = kind === 'person' ? sql`people` : sql`businesses`;
  const { rows } = await sql<{ id: number }>`
    with x as (
      select * from unnest(${[...first.keys()]}::bigint[], ${[...first.values()].map((v) => v.row)}::bigint[],
        ${[...first.values()].map((v) => v.nik)}::bool[]) as x(id, row, nik)
    ), f as (
      select r.id, s.records as rec, ${kind === 'business' ? sql`r.name as old_name,` : sql``}
        ${sql.join(gaps.map((g, j) => sql`${g.when} as ${sql.ref(`g${j}`)}`))}
      from x join ${table} r on r.id = x.id ${kind === 'person' ? sql`and r.erased_at is null` : sql``}
        join source_rows s on s.id = x.row
        ${kind === 'person' ? sql`left join people holder on holder.nik = s.records #>> '{person,nik,1}'` : sql`left join people owner on owner.id = r.owner_id`}
    ), filled as (
      update ${table} r set ${sql.join(set)}
      from f where r.id = f.id and (${sql.join(
        gaps.map((_, j) => flag(j)),
        sql` or `,
      )})
      returning r.id
    ), logged as (
      insert into history (entity, entity_id, business_id, action, actor, changes)
      select ${kind}, f.id, ${kind === 'business' ? sql`f.id` : sql`null::bigint`}, 'update', ${actor},
        jsonb_strip_nulls(jsonb_build_object(${sql.join(changes)}))
      from f join filled using (id)
    )
    select id from filled`.execute(trx);
  return rows.map((r) => Number(r.id));
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
