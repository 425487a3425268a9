import type { ColumnType, Generated } from 'kysely';
import type { RubricDimension } from '../../shared/rules/rubric.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** jsonb: written as a JSON string, read back as the parsed value. */
type Json<T> = ColumnType<T, string, string>;

export type RubricsTable = {
  version: number;
  dimensions: Json<RubricDimension[]>;
  cut_points: number[];
  note: string | null;
  created_by: string;
  created_at: Timestamp;
};

export type AssessmentsTable = {
  id: Generated<number>;
  business_id: number;
  rubric_version: number;
  answers: Json<Record<string, number>>;
  total: number;
  suggested_level: number;
  level: number;
  override_reason: string | null;
  assessed_on: string;
  assessor_id: number | null;
  assessor_name: string;
  notes: string | null;
  created_at: Timestamp;
};

export type LevelEventsTable = {
  id: Generated<number>;
  business_id: number;
  assessment_id: number;
  from_level: number | null;
  to_level: number;
  occurred_on: string;
  kelurahan_code: string;
  kecamatan_code: string;
  created_at: Timestamp;
};

export type NeedsTable = {
  id: Generated<number>;
  business_id: number;
  pillar: string;
  title: string;
  priority: string;
  status: Generated<string>;
  source: 'assessment' | 'manual';
  assessment_id: number | null;
  dimension: string | null;
  note: string | null;
  updated_by: string;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
};
