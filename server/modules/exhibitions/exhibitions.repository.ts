import { type Insertable, type SqlBool, sql, type Updateable } from 'kysely';
import type { ExhibitionParticipantsTable, ExhibitionsTable } from '../../db/schema-exhibitions.ts';
import type { MarketLeadsTable } from '../../db/schema-market.ts';
import { inScope } from '../../db/scope.ts';
import type { Executor } from '../../db/transaction.ts';

/** Events are city-wide: every caller sees them; the invitations counted are those of her area. */
const eventBase = (db: Executor, scope: string) =>
  db
    .selectFrom('exhibitions as e')
    .selectAll('e')
    .select([
      sql<number>`(select count(*)::int from exhibition_participants ep where ep.exhibition_id = e.id and ep.invitation = 'dikonfirmasi')`.as(
        'confirmed',
      ),
      sql<number>`(select count(*)::int from exhibition_participants ep join businesses b on b.id = ep.business_id where ep.exhibition_id = e.id and ${inScope('b.kelurahan_code', scope)})`.as(
        'invited',
      ),
    ]);

export type EventRow = Awaited<ReturnType<ReturnType<typeof eventBase>['execute']>>[number];

export function listExhibitions(db: Executor, scope: string) {
  return eventBase(db, scope).orderBy('e.start_date', 'desc').orderBy('e.id', 'desc').execute();
}

export function findExhibition(db: Executor, id: number, scope: string) {
  return eventBase(db, scope).where('e.id', '=', id).executeTakeFirst();
}

/** Serialises confirmations (the quota), closing and edits of one event. */
export function lockExhibition(db: Executor, id: number) {
  return db.selectFrom('exhibitions').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function insertExhibition(db: Executor, row: Insertable<ExhibitionsTable>): Promise<number> {
  const { id } = await db.insertInto('exhibitions').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export function updateExhibition(db: Executor, id: number, patch: Updateable<ExhibitionsTable>) {
  return db
    .updateTable('exhibitions')
    .set({ ...patch, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

/** The registry filter last used to invite, kept as the event's criteria (no version bump: not an edit). */
export function setCriteriaFilter(db: Executor, id: number, filter: unknown) {
  return db
    .updateTable('exhibitions')
    .set({ criteria_filter: JSON.stringify(filter), updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

/** Invited already (any answer): the condition on `b` the registry's candidate queries take. */
export const alreadyInvited = (eventId: number) =>
  sql<SqlBool>`exists (select 1 from exhibition_participants ep where ep.exhibition_id = ${eventId} and ep.business_id = b.id)`;

export async function addParticipants(db: Executor, eventId: number, businessIds: number[], by: string) {
  if (!businessIds.length) return;
  await db
    .insertInto('exhibition_participants')
    .values(businessIds.map((b) => ({ exhibition_id: eventId, business_id: b, invited_by: by })))
    .onConflict((oc) => oc.columns(['exhibition_id', 'business_id']).doNothing())
    .execute();
}

const participantBase = (db: Executor) =>
  db
    .selectFrom('exhibition_participants as ep')
    .innerJoin('exhibitions as e', 'e.id', 'ep.exhibition_id')
    .innerJoin('businesses as b', 'b.id', 'ep.business_id')
    .innerJoin('areas as kel', 'kel.code', 'b.kelurahan_code')
    .innerJoin('areas as kec', 'kec.code', 'b.kecamatan_code')
    .selectAll('ep')
    .select([
      'b.name as business_name',
      'b.sector',
      'b.kelurahan_code',
      'kel.name as kelurahan_name',
      'kec.name as kecamatan_name',
      'e.status as event_status',
      'e.start_date',
      'e.end_date',
      'e.name as event_name',
    ]);

export type ParticipantRow = Awaited<ReturnType<ReturnType<typeof participantBase>['execute']>>[number];

/** The event's participants within the caller's area, by booth then business name. */
export function listParticipants(db: Executor, eventId: number, scope: string) {
  return participantBase(db)
    .where('ep.exhibition_id', '=', eventId)
    .where(inScope('b.kelurahan_code', scope))
    .orderBy(sql`case ep.invitation when 'dikonfirmasi' then 0 when 'diundang' then 1 else 2 end`)
    .orderBy('ep.booth_code')
    .orderBy('b.name')
    .orderBy('ep.id')
    .execute();
}

/** A participant whose business lies in the caller's area (else nothing: 404 like a missing one). */
export function findParticipant(db: Executor, id: number, scope: string) {
  return participantBase(db)
    .where('ep.id', '=', id)
    .where(inScope('b.kelurahan_code', scope))
    .executeTakeFirst();
}

export function lockParticipant(db: Executor, id: number) {
  return db
    .selectFrom('exhibition_participants')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function countConfirmed(db: Executor, eventId: number): Promise<number> {
  const row = await db
    .selectFrom('exhibition_participants')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('exhibition_id', '=', eventId)
    .where('invitation', '=', 'dikonfirmasi')
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Days with attendance or sales recorded outside a date range (an edit of the dates would orphan them). */
export async function daysOutside(db: Executor, eventId: number, start: string, end: string) {
  const row = await db
    .selectFrom('exhibition_days as d')
    .innerJoin('exhibition_participants as ep', 'ep.id', 'd.participant_id')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('ep.exhibition_id', '=', eventId)
    .where((eb) => eb.or([eb('d.day', '<', start), eb('d.day', '>', end)]))
    .executeTakeFirstOrThrow();
  return row.n;
}

export function boothHolder(db: Executor, eventId: number, code: string) {
  return db
    .selectFrom('exhibition_participants')
    .select('id')
    .where('exhibition_id', '=', eventId)
    .where('booth_code', '=', code)
    .executeTakeFirst();
}

export function setParticipant(db: Executor, id: number, patch: Updateable<ExhibitionParticipantsTable>) {
  return db
    .updateTable('exhibition_participants')
    .set({ ...patch, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

/** One row per participant and day: only the fields given change. */
export function upsertDay(
  db: Executor,
  row: { participant_id: number; day: string; recorded_by: string },
  patch: { present?: boolean | null; sales_amount?: number | null; items?: number | null },
) {
  return db
    .insertInto('exhibition_days')
    .values({ ...row, ...patch })
    .onConflict((oc) =>
      oc.columns(['participant_id', 'day']).doUpdateSet({
        ...patch,
        recorded_by: row.recorded_by,
        updated_at: sql`now()`,
      }),
    )
    .execute();
}

export function listDays(db: Executor, participantIds: number[]) {
  if (!participantIds.length) return Promise.resolve([]);
  return db
    .selectFrom('exhibition_days')
    .select(['participant_id', 'day', 'present', 'sales_amount', 'items'])
    .where('participant_id', 'in', participantIds)
    .execute();
}

/** Booth leads of the event per business and day (Asia/Jakarta calendar of their recording). */
export function leadCounts(db: Executor, eventId: number, businessIds: number[]) {
  if (!businessIds.length) return Promise.resolve([]);
  return db
    .selectFrom('market_leads')
    .select([
      'business_id',
      sql<string>`to_char(created_at at time zone 'Asia/Jakarta', 'YYYY-MM-DD')`.as('day'),
      sql<number>`count(*)::int`.as('n'),
    ])
    .where('event_id', '=', eventId)
    .where('source', '=', 'pameran')
    .where('business_id', 'in', businessIds)
    .groupBy(['business_id', sql`2`])
    .execute();
}

export async function insertLead(db: Executor, row: Insertable<MarketLeadsTable>): Promise<number> {
  const { id } = await db.insertInto('market_leads').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

/**
 * Per participant of the event (within scope): invitation, days present, sales and items summed over the
 * days, leads counted; with sector and kecamatan for the report.
 */
export function resultRows(db: Executor, eventId: number, scope: string | null) {
  return db
    .selectFrom('exhibition_participants as ep')
    .innerJoin('businesses as b', 'b.id', 'ep.business_id')
    .innerJoin('areas as kel', 'kel.code', 'b.kelurahan_code')
    .innerJoin('areas as kec', 'kec.code', 'b.kecamatan_code')
    .select([
      'ep.id',
      'ep.business_id',
      'ep.invitation',
      'ep.booth_code',
      'ep.result_written_at',
      'b.name as business_name',
      'b.sector',
      'b.kecamatan_code',
      'kec.name as kecamatan_name',
      'kel.name as kelurahan_name',
      sql<number>`(select count(*)::int from exhibition_days d where d.participant_id = ep.id and d.present)`.as(
        'days_present',
      ),
      sql<number>`(select coalesce(sum(d.sales_amount), 0)::int8 from exhibition_days d where d.participant_id = ep.id)`.as(
        'sales',
      ),
      sql<number>`(select coalesce(sum(d.items), 0)::int8 from exhibition_days d where d.participant_id = ep.id)`.as(
        'items',
      ),
      sql<number>`(select count(*)::int from market_leads l where l.event_id = ep.exhibition_id and l.business_id = ep.business_id and l.source = 'pameran')`.as(
        'leads',
      ),
    ])
    .where('ep.exhibition_id', '=', eventId)
    .$if(scope !== null, (q) => q.where(inScope('b.kelurahan_code', scope as string)))
    .orderBy('kec.name')
    .orderBy('b.name')
    .orderBy('ep.id')
    .execute();
}

export type ResultRow = Awaited<ReturnType<typeof resultRows>>[number];

export function markResultWritten(db: Executor, ids: number[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .updateTable('exhibition_participants')
    .set({ result_written_at: sql`now()`, updated_at: sql`now()` })
    .where('id', 'in', ids)
    .where('result_written_at', 'is', null)
    .execute();
}

/** The latest market channels a business reported (to carry them into the new measure). */
export async function latestChannels(db: Executor, businessId: number): Promise<string[]> {
  const row = await db
    .selectFrom('outcome_measures')
    .select('market_channels')
    .where('business_id', '=', businessId)
    .orderBy('measured_on', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.market_channels ?? [];
}
