import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type VisitsTable = {
  id: Generated<number>;
  business_id: number;
  visit_date: string;
  officer_user_id: number | null;
  officer_name: string;
  topics: string[];
  topics_note: string | null;
  findings: string;
  latitude: number | null;
  longitude: number | null;
  created_by: string;
  created_at: Timestamp;
};

export type VisitPhotosTable = {
  visit_id: number;
  n: number;
  content_type: 'image/jpeg' | 'image/png';
  bytes: Uint8Array;
};

export type VisitFollowUpsTable = {
  visit_id: number;
  intervention_id: number;
};

export type VisitTables = {
  visits: VisitsTable;
  visit_photos: VisitPhotosTable;
  visit_follow_ups: VisitFollowUpsTable;
};
