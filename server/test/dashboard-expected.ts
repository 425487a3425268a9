import { sql } from 'kysely';
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
 * Permit holdings and period flows counted straight from the base tables (businesses, permits, level
 * events, enrolments and sessions) with plain `exists` subqueries — independent of the maintained counts
 * the dashboard reads, to check them against.
 */
export async function expectedFigures(db: Database, q: Question): Promise<Expected> {
  const where = [sql`left(b.kelurahan_code, ${q.scope.length}) = ${q.scope}`];
  if (q.kecamatan) where.push(sql`b.kecamatan_code = ${q.kecamatan}`);
  if (q.kelurahan) where.push(sql`b.kelurahan_code = ${q.kelurahan}`);
  if (q.sector) where.push(sql`b.sector = ${q.sector}`);
  if (q.level) where.push(sql`coalesce(b.ir_level, 0) = ${q.level === 'none' ? 0 : Number(q.level)}`);
  if (q.krtp) where.push(sql`b.owner_krtp = ${q.krtp === 'true'}`);
  const biz = sql.join(where, sql` and `);
  const valid = q.asOf
    ? sql`coalesce(pm.issued_on, '-infinity') <= ${q.asOf}::date and coalesce(pm.expires_on, 'infinity') >= ${q.asOf}::date`
    : sql`coalesce(pm.expires_on, 'infinity') >= current_date`;
  const { rows } = await sql<{ type: string; n: number }>`
    select t.type, (select count(*) from businesses b
        where ${biz} and b.status = 'active' and b.home_industry and coalesce(b.size_class, 'mikro') = 'mikro'
          and exists (select 1 from permits pm where pm.business_id = b.id and pm.type = t.type and ${valid}))::int as n
    from unnest(${[...PERMIT_TYPES]}::text[]) t(type)`.execute(db);
  const period = (col: string) =>
    sql`${sql.raw(col)} >= ${q.from}::date and ${sql.raw(col)} <= ${q.to}::date`;
  const flows = await sql<{ naik: number; permits: number; programme: number }>`
    select
      (select count(*) from businesses b where ${biz} and exists (select 1 from level_events e
        where e.business_id = b.id and e.to_level > e.from_level and ${period('e.occurred_on')}))::int as naik,
      (select count(*) from businesses b where ${biz} and exists (select 1 from permits pm
        where pm.business_id = b.id and ${period('pm.issued_on')}))::int as permits,
      (select count(*) from businesses b where ${biz} and exists (select 1 from session_participants sp
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
