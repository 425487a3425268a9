import type pg from 'pg';
import { copyRows } from './copy.ts';
import type { DemoData } from './demo.types.ts';
import {
  type DemoExhibition,
  type DemoExhibitionDay,
  type DemoExhibitionParticipant,
  type DemoLead,
  generateExhibitions,
} from './exhibitions.gen.ts';

const EXHIBITIONS: readonly (keyof DemoExhibition)[] = [
  'id',
  'name',
  'start_date',
  'end_date',
  'venue',
  'organiser',
  'quota',
  'criteria',
  'criteria_filter',
  'status',
  'closed_at',
  'created_by',
  'created_at',
  'updated_at',
];
const PARTICIPANTS: readonly (keyof DemoExhibitionParticipant)[] = [
  'id',
  'exhibition_id',
  'business_id',
  'invitation',
  'booth_code',
  'responded_at',
  'result_written_at',
  'invited_by',
  'created_at',
  'updated_at',
];
const DAYS: readonly (keyof DemoExhibitionDay)[] = [
  'participant_id',
  'day',
  'present',
  'sales_amount',
  'items',
  'recorded_by',
  'updated_at',
];
const LEADS: readonly (keyof DemoLead)[] = [
  'id',
  'business_id',
  'source',
  'event_id',
  'buyer_name',
  'buyer_phone',
  'buyer_email',
  'message',
  'consented_at',
  'status',
  'recorded_by',
  'created_at',
  'updated_at',
];

/**
 * The demo exhibitions, their participants, days and booth leads, in the seed's transaction (after the
 * programmes, whose outcome measures give each attendee's earlier market channels). The finished event's
 * results are outcome measures only: the demo roadmaps stay as they are.
 */
export async function copyExhibitions(client: pg.PoolClient, data: DemoData): Promise<void> {
  const x = generateExhibitions(data);
  await copyRows(client, 'exhibitions', EXHIBITIONS, x.exhibitions);
  await copyRows(client, 'exhibition_participants', PARTICIPANTS, x.participants);
  await copyRows(client, 'exhibition_days', DAYS, x.days);
  await copyRows(client, 'market_leads', LEADS, x.leads);
  for (const table of ['exhibitions', 'exhibition_participants', 'market_leads']) {
    await client.query(
      `select setval(pg_get_serial_sequence($1, 'id'), greatest(1, (select max(id) from ${table})))`,
      [table],
    );
  }
  await client.query(
    `insert into outcome_measures (business_id, measured_on, market_channels, note, recorded_by, created_at)
     select r.business_id, r.measured_on,
            array(select distinct c from unnest(coalesce((
              select o.market_channels from outcome_measures o
              where o.business_id = r.business_id and o.measured_on <= r.measured_on
              order by o.measured_on desc, o.id desc limit 1), '{}') || '{pameran}'::text[]) c order by c),
            r.note, 'Data demo', r.measured_on::timestamptz + interval '13 hours'
     from json_to_recordset($1::json) as r(business_id bigint, measured_on date, note text)`,
    [JSON.stringify(x.results)],
  );
}
