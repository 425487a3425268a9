import type pg from 'pg';
import { generateAssessments } from './assessments.gen.ts';
import { copyRows } from './copy.ts';
import type { DemoData } from './demo.types.ts';

const ASSESSMENT_COLUMNS = [
  'id',
  'business_id',
  'rubric_version',
  'answers',
  'total',
  'suggested_level',
  'level',
  'override_reason',
  'assessed_on',
  'assessor_name',
  'notes',
  'created_at',
] as const;
const EVENT_COLUMNS = [
  'id',
  'business_id',
  'assessment_id',
  'from_level',
  'to_level',
  'occurred_on',
  'kelurahan_code',
  'kecamatan_code',
  'created_at',
] as const;
const NEED_COLUMNS = [
  'id',
  'business_id',
  'pillar',
  'title',
  'priority',
  'status',
  'source',
  'assessment_id',
  'dimension',
  'note',
  'updated_by',
  'created_at',
  'updated_at',
] as const;

/** Demo assessments, level events and needs, and each assessed business's current level (same transaction). */
export async function copyAssessments(client: pg.PoolClient, data: DemoData, today: string) {
  const a = generateAssessments(data, today);
  await copyRows(client, 'assessments', ASSESSMENT_COLUMNS, a.assessments);
  await copyRows(client, 'level_events', EVENT_COLUMNS, a.events);
  await copyRows(client, 'needs', NEED_COLUMNS, a.needs);
  // Only ir_level columns change: the counts trigger (which watches counted dimensions) stays quiet.
  await client.query(
    `update businesses b set ir_level = v.level, ir_level_since = v.since
     from unnest($1::bigint[], $2::smallint[], $3::date[]) as v(id, level, since) where b.id = v.id`,
    [a.levels.map((l) => l.id), a.levels.map((l) => l.level), a.levels.map((l) => l.since)],
  );
  for (const table of ['assessments', 'level_events', 'needs']) {
    await client.query(
      `select setval(pg_get_serial_sequence($1, 'id'), greatest(1, (select max(id) from ${table})))`,
      [table],
    );
  }
  return a.assessments.length;
}
