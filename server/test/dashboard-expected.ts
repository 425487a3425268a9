import { type RawBuilder, sql } from 'kysely';
import { PERMIT_TYPES } from '../../shared/rules/permits.ts';
import type { Database } from '../db/connection.ts';

/** A dashboard question as the tests ask it: the caller's scope, the filter, the period and the stock date. */
export type Question = {
  scope: string;
  kecamatan?: string;
  kelurahan?: string;
  sector?: string;
  level?: string;
  krtp?: string;
  from: string;
  to: string;
  asOf?: string;
};

export type Expected = {
  permits: Record<string, number>;
  naikKelas: number;
  permitsObtained: number;
  programmeParticipants: number;
};

/**
 * A field of a row on the Jakarta day `day`, read forwards from the change history: the new value of its
 * last change up to that day, else the old value of its first change after it, else the row's value now.
 */
function fieldOn(
  entity: 'business' | 'person',
  id: string,
  field: string,
  now: string,
  day: RawBuilder<unknown>,
) {
  const changes = sql`from history h where h.entity = ${entity} and h.entity_id = ${sql.raw(id)}
    and h.action in ('update', 'merge', 'unmerge') and h.changes ? ${field}`;
  const hDay = sql`(h.at at time zone 'Asia/Jakarta')::date`;
  return sql`(coalesce(
    (select h.changes->${field}->1 ${changes} and ${hDay} <= ${day} order by h.at desc, h.id desc limit 1),
    (select h.changes->${field}->0 ${changes} and ${hDay} > ${day} order by h.at, h.id limit 1),
    to_jsonb(${sql.raw(now)})) #>> '{}')`;
}

/**
 * Each business as it stood at the end of `day` (or now): its counted fields, whether it was registered by
 * then, and whether it was merged away that day; the owner's KRTP flag from the owner's history. Before its
 * registration day a business has the fields it had at the end of that day.
 */
function businessesOn(day: string | undefined) {
  if (!day)
    return sql`(select b.id, b.kelurahan_code, b.kecamatan_code, b.sector, b.status, b.home_industry,
      b.size_class, coalesce(b.ir_level, 0) as ir_level, b.owner_krtp, true as registered, false as merged
      from businesses b)`;
  const created = sql`(b.created_at at time zone 'Asia/Jakarta')::date`;
  const at = sql`greatest(${day}::date, ${created})`;
  const f = (field: string, col: string) => fieldOn('business', 'b.id', field, `b.${col}`, at);
  return sql`(select b.id, ${f('kelurahanCode', 'kelurahan_code')} as kelurahan_code,
      ${f('kecamatanCode', 'kecamatan_code')} as kecamatan_code, ${f('sector', 'sector')} as sector,
      ${f('status', 'status')} as status, ${f('homeIndustry', 'home_industry')}::boolean as home_industry,
      ${f('sizeClass', 'size_class')} as size_class, coalesce(${f('irLevel', 'ir_level')}::int, 0) as ir_level,
      ${fieldOn('person', 'b.owner_id', 'krtp', 'b.owner_krtp', at)}::boolean as owner_krtp,
      ${created} <= ${day}::date as registered,
      coalesce((select h.action from history h where h.entity = 'business' and h.entity_id = b.id
        and h.action in ('merge', 'unmerge') and h.changes ? 'mergedInto'
        and (h.at at time zone 'Asia/Jakarta')::date <= ${day}::date
        order by h.at desc, h.id desc limit 1), 'unmerge') = 'merge' as merged
    from businesses b)`;
}

/**
 * Permit holdings and period flows counted straight from the base tables (businesses, their change
 * history and their owners', permits, level events, enrolments and sessions) with plain `exists`
 * subqueries — independent of the maintained counts the dashboard reads, to check them against. As of a
 * date, each business is taken as it stood that day: holdings count it only if it was registered, not
 * merged away and an active micro home industry then; flows count it unless merged away that day, with
 * events up to that day; both under its area, sector, level and owner's KRTP flag of that day.
 */
export async function expectedFigures(db: Database, q: Question): Promise<Expected> {
  const where = [sql`left(b.kelurahan_code, ${q.scope.length}) = ${q.scope}`];
  if (q.kecamatan) where.push(sql`b.kecamatan_code = ${q.kecamatan}`);
  if (q.kelurahan) where.push(sql`b.kelurahan_code = ${q.kelurahan}`);
  if (q.sector) where.push(sql`b.sector = ${q.sector}`);
  if (q.level) where.push(sql`b.ir_level = ${q.level === 'none' ? 0 : Number(q.level)}`);
  if (q.krtp) where.push(sql`b.owner_krtp = ${q.krtp === 'true'}`);
  where.push(sql`not b.merged`);
  const biz = sql.join(where, sql` and `);
  const on = businessesOn(q.asOf);
  const valid = q.asOf
    ? sql`coalesce(pm.issued_on, '-infinity') <= ${q.asOf}::date and coalesce(pm.expires_on, 'infinity') >= ${q.asOf}::date`
    : sql`coalesce(pm.expires_on, 'infinity') >= current_date`;
  const { rows } = await sql<{ type: string; n: number }>`
    select t.type, (select count(*) from ${on} b
        where ${biz} and b.registered and b.status = 'active' and b.home_industry
          and coalesce(b.size_class, 'mikro') = 'mikro'
          and exists (select 1 from permits pm where pm.business_id = b.id and pm.type = t.type and ${valid}))::int as n
    from unnest(${[...PERMIT_TYPES]}::text[]) t(type)`.execute(db);
  const to = q.asOf && q.asOf < q.to ? q.asOf : q.to;
  const period = (col: string) => sql`${sql.raw(col)} >= ${q.from}::date and ${sql.raw(col)} <= ${to}::date`;
  const flows = await sql<{ naik: number; permits: number; programme: number }>`
    select
      (select count(*) from ${on} b where ${biz} and exists (select 1 from level_events e
        where e.business_id = b.id and e.to_level > e.from_level and ${period('e.occurred_on')}))::int as naik,
      (select count(*) from ${on} b where ${biz} and exists (select 1 from permits pm
        where pm.business_id = b.id and ${period('pm.issued_on')}))::int as permits,
      (select count(*) from ${on} b where ${biz} and exists (select 1 from session_participants sp
        join programme_sessions s on s.id = sp.session_id where sp.business_id = b.id and sp.status = 'enrolled'
          and ${period("(s.starts_at at time zone 'Asia/Jakarta')::date")}))::int as programme`.execute(db);
  const f = flows.rows[0] ?? { naik: 0, permits: 0, programme: 0 };
  return {
    permits: Object.fromEntries(rows.map((r) => [r.type, r.n])),
    naikKelas: f.naik,
    permitsObtained: f.permits,
    programmeParticipants: f.programme,
  };
}

type Summary = {
  byPermit: { type: string; homeIndustries: number }[];
  flows: { naikKelas: number; permitsObtained: number; programmeParticipants: number };
};

/** The same figures as the dashboard summary answered them. */
export function answeredFigures(s: Summary): Expected {
  return {
    permits: Object.fromEntries(s.byPermit.map((p) => [p.type, p.homeIndustries])),
    naikKelas: s.flows.naikKelas,
    permitsObtained: s.flows.permitsObtained,
    programmeParticipants: s.flows.programmeParticipants,
  };
}

/** The summary's query string of a question (the scope is the caller's, not a parameter). */
export function questionQuery(q: Question): string {
  const { scope: _scope, ...rest } = q;
  return new URLSearchParams(
    Object.entries(rest).filter((e): e is [string, string] => e[1] !== undefined),
  ).toString();
}
