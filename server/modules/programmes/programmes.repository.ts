import { type Insertable, type SqlBool, sql, type Updateable } from 'kysely';
import type { ParticipantStatus, ProgrammeSessionsTable, ProgrammesTable } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import type { Executor } from '../../db/transaction.ts';

/**
 * Sessions a caller sees: those of her area or inside it (she manages them), and those of a wider area
 * that contains hers (a city-wide training: she enrols and follows her own area's participants).
 */
const sessionVisible = (scope: string) =>
  sql<SqlBool>`(${inScope('s.scope_code', scope)} or ${scope} like s.scope_code || '.%')`;
const dayOf = (column: string) =>
  sql<string>`to_char(${sql.ref(column)} at time zone 'Asia/Jakarta', 'YYYY-MM-DD')`;

/** Programmes with the number of sessions the caller sees and the next of them. */
const programmeBase = (db: Executor, scope: string) =>
  db
    .selectFrom('programmes as pr')
    .selectAll('pr')
    .select([
      sql<number>`(select count(*)::int from programme_sessions s where s.programme_id = pr.id and ${sessionVisible(scope)})`.as(
        'session_count',
      ),
      sql<Date | null>`(select min(s.starts_at) from programme_sessions s where s.programme_id = pr.id and s.starts_at > now() and ${sessionVisible(scope)})`.as(
        'next_session_at',
      ),
    ]);

export function listProgrammes(db: Executor, scope: string, f: { active?: boolean; pillar?: string }) {
  return programmeBase(db, scope)
    .$if(f.active !== undefined, (q) => q.where('pr.active', '=', f.active as boolean))
    .$if(!!f.pillar, (q) => q.where('pr.pillar', '=', f.pillar as string))
    .orderBy('pr.active', 'desc')
    .orderBy('pr.name')
    .execute();
}

export type ProgrammeListRow = Awaited<ReturnType<typeof listProgrammes>>[number];

export function findProgramme(db: Executor, id: number, scope: string) {
  return programmeBase(db, scope).where('pr.id', '=', id).executeTakeFirst();
}

export async function insertProgramme(db: Executor, row: Insertable<ProgrammesTable>): Promise<number> {
  const { id } = await db.insertInto('programmes').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export function lockProgramme(db: Executor, id: number) {
  return db.selectFrom('programmes').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function updateProgramme(db: Executor, id: number, patch: Updateable<ProgrammesTable>) {
  return db
    .updateTable('programmes')
    .set({ ...patch, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

const sessionBase = (db: Executor, scope: string) =>
  db
    .selectFrom('programme_sessions as s')
    .innerJoin('programmes as pr', 'pr.id', 's.programme_id')
    .innerJoin('areas as a', 'a.code', 's.scope_code')
    .selectAll('s')
    .select([
      'pr.name as programme_name',
      'pr.organiser',
      'a.name as scope_name',
      dayOf('s.starts_at').as('start_day'),
      dayOf('s.ends_at').as('end_day'),
      sql<number>`(select count(*)::int from session_participants sp where sp.session_id = s.id and sp.status = 'enrolled')`.as(
        'enrolled',
      ),
      sql<number>`(select count(*)::int from session_participants sp where sp.session_id = s.id and sp.status = 'waitlisted')`.as(
        'waitlisted',
      ),
    ])
    .where(sessionVisible(scope));

export type SessionRow = Awaited<ReturnType<ReturnType<typeof sessionBase>['execute']>>[number];

export function listSessions(db: Executor, programmeId: number, scope: string) {
  return sessionBase(db, scope)
    .where('s.programme_id', '=', programmeId)
    .orderBy('s.starts_at')
    .orderBy('s.id')
    .execute();
}

export function findSession(db: Executor, id: number, scope: string) {
  return sessionBase(db, scope).where('s.id', '=', id).executeTakeFirst();
}

/** Serialises every change of a session's seats: enrolment, withdrawal, promotion, quota change. */
export function lockSession(db: Executor, id: number) {
  return db.selectFrom('programme_sessions').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function insertSession(db: Executor, row: Insertable<ProgrammeSessionsTable>): Promise<number> {
  const { id } = await db
    .insertInto('programme_sessions')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export function updateSession(db: Executor, id: number, patch: Updateable<ProgrammeSessionsTable>) {
  return db
    .updateTable('programme_sessions')
    .set({ ...patch, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

const participantBase = (db: Executor) =>
  db
    .selectFrom('session_participants as sp')
    .innerJoin('businesses as b', 'b.id', 'sp.business_id')
    .innerJoin('people as p', 'p.id', 'b.owner_id')
    .innerJoin('areas as kel', 'kel.code', 'b.kelurahan_code')
    .selectAll('sp')
    .select([
      'b.name as business_name',
      'p.name as owner_name',
      'kel.name as kelurahan_name',
      sql<boolean>`(p.processing_restricted_at is not null or p.erased_at is not null)`.as('restricted'),
      sql<
        number | null
      >`case when sp.status = 'waitlisted' then (select count(*)::int from session_participants w where w.session_id = sp.session_id and w.status = 'waitlisted' and (w.queue_no, w.id) <= (sp.queue_no, sp.id)) end`.as(
        'waitlist_position',
      ),
    ]);

export type ParticipantRow = Awaited<ReturnType<ReturnType<typeof participantBase>['execute']>>[number];

/** The session's participants within the caller's area: seated first, then the waiting list in order. */
export function listParticipants(db: Executor, sessionId: number, scope: string) {
  return participantBase(db)
    .where('sp.session_id', '=', sessionId)
    .where(inScope('b.kelurahan_code', scope))
    .orderBy(sql`case sp.status when 'enrolled' then 0 when 'waitlisted' then 1 else 2 end`)
    .orderBy('sp.queue_no')
    .orderBy('sp.id')
    .execute();
}

/** A participant whose session and business both lie in the caller's area. */
export function findParticipant(db: Executor, id: number, scope: string) {
  return participantBase(db)
    .innerJoin('programme_sessions as s', 's.id', 'sp.session_id')
    .where('sp.id', '=', id)
    .where(inScope('b.kelurahan_code', scope))
    .where(sessionVisible(scope))
    .executeTakeFirst();
}

export function lockParticipant(db: Executor, id: number) {
  return db
    .selectFrom('session_participants')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** Enrolled or waiting (not withdrawn): the condition on `b` the registry's candidate queries take. */
export const alreadyEnrolled = (sessionId: number) =>
  sql<SqlBool>`exists (select 1 from session_participants sp where sp.session_id = ${sessionId} and sp.business_id = b.id and sp.status <> 'withdrawn')`;

export async function countEnrolled(db: Executor, sessionId: number): Promise<number> {
  const row = await db
    .selectFrom('session_participants')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('session_id', '=', sessionId)
    .where('status', '=', 'enrolled')
    .executeTakeFirstOrThrow();
  return row.n;
}

/**
 * Adds participants in the given order (each takes the next queue number); a business that had withdrawn
 * joins again, at the end of the queue. The caller holds the session row's lock.
 */
export async function addParticipants(
  db: Executor,
  sessionId: number,
  rows: { businessId: number; status: ParticipantStatus }[],
  by: string,
) {
  for (const r of rows) {
    const back = await db
      .updateTable('session_participants')
      .set({
        status: r.status,
        queue_no: sql`nextval('session_participants_queue')`,
        attended: null,
        withdrawn_at: null,
        enrolled_by: by,
        updated_at: sql`now()`,
      })
      .where('session_id', '=', sessionId)
      .where('business_id', '=', r.businessId)
      .where('status', '=', 'withdrawn')
      .returning('id')
      .execute();
    if (back.length) continue;
    await db
      .insertInto('session_participants')
      .values({ session_id: sessionId, business_id: r.businessId, status: r.status, enrolled_by: by })
      .execute();
  }
}

export function firstWaitlisted(db: Executor, sessionId: number, n: number) {
  return db
    .selectFrom('session_participants')
    .select(['id'])
    .where('session_id', '=', sessionId)
    .where('status', '=', 'waitlisted')
    .orderBy('queue_no')
    .orderBy('id')
    .limit(n)
    .execute();
}

export function setParticipant(
  db: Executor,
  ids: number[],
  patch: {
    status?: ParticipantStatus;
    withdrawn_at?: Date | null;
    attended?: boolean | null;
    pre_score?: number | null;
    post_score?: number | null;
  },
) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .updateTable('session_participants')
    .set({ ...patch, updated_at: sql`now()` })
    .where('id', 'in', ids)
    .execute();
}

/** Seated participants of a programme's sessions, all within the caller's area, for the report. */
export function reportParticipants(db: Executor, programmeId: number, scope: string) {
  return db
    .selectFrom('session_participants as sp')
    .innerJoin('programme_sessions as s', 's.id', 'sp.session_id')
    .innerJoin('businesses as b', 'b.id', 'sp.business_id')
    .innerJoin('areas as kec', 'kec.code', 'b.kecamatan_code')
    .select([
      'sp.id',
      'sp.session_id',
      'sp.business_id',
      'b.kecamatan_code',
      'kec.name as kecamatan_name',
      'sp.status',
      'sp.attended',
      'sp.pre_score',
      'sp.post_score',
      dayOf('s.starts_at').as('start_day'),
      dayOf('s.ends_at').as('end_day'),
    ])
    .where('s.programme_id', '=', programmeId)
    .where(sessionVisible(scope))
    .where(inScope('b.kelurahan_code', scope))
    .where('sp.status', '<>', 'withdrawn')
    .execute();
}
