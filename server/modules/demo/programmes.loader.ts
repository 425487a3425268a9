import type pg from 'pg';
import { copyRows } from './copy.ts';
import type { DemoData } from './demo.types.ts';
import {
  type DemoOutcome,
  type DemoParticipant,
  type DemoProgramme,
  type DemoSession,
  generateProgrammes,
} from './programmes.gen.ts';

const PROGRAMMES: readonly (keyof DemoProgramme)[] = [
  'id',
  'name',
  'pillar',
  'organiser',
  'target_levels',
  'target_sectors',
  'description',
  'active',
  'created_by',
  'created_at',
  'updated_at',
];
const SESSIONS: readonly (keyof DemoSession)[] = [
  'id',
  'programme_id',
  'title',
  'starts_at',
  'ends_at',
  'place',
  'quota',
  'trainer',
  'scope_code',
  'created_by',
  'created_at',
  'updated_at',
];
const PARTICIPANTS: readonly (keyof DemoParticipant)[] = [
  'id',
  'session_id',
  'business_id',
  'status',
  'queue_no',
  'attended',
  'pre_score',
  'post_score',
  'enrolled_by',
  'created_at',
  'updated_at',
];
const OUTCOMES: readonly (keyof DemoOutcome)[] = [
  'id',
  'business_id',
  'measured_on',
  'monthly_turnover',
  'workers',
  'market_channels',
  'financing_amount',
  'financing_source',
  'note',
  'recorded_by',
  'created_at',
];
const TABLES = ['programmes', 'programme_sessions', 'session_participants', 'outcome_measures'] as const;

/** Programmes, sessions, participants and outcome measures of the demo registry, in the seed's transaction. */
export async function copyProgrammes(client: pg.PoolClient, data: DemoData, today: string): Promise<void> {
  const p = generateProgrammes(data, today);
  await copyRows(client, 'programmes', PROGRAMMES, p.programmes);
  await copyRows(client, 'programme_sessions', SESSIONS, p.sessions);
  await copyRows(client, 'session_participants', PARTICIPANTS, p.participants);
  await copyRows(client, 'outcome_measures', OUTCOMES, p.outcomes);
  for (const table of TABLES) {
    await client.query(
      `select setval(pg_get_serial_sequence($1, 'id'), greatest(1, (select max(id) from ${table})))`,
      [table],
    );
  }
  await client.query(
    `select setval('session_participants_queue', greatest(1, (select max(queue_no) from session_participants)))`,
  );
}
