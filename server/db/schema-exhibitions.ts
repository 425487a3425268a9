import type { ColumnType, Generated } from 'kysely';
import type { ExhibitionStatus, InvitationStatus } from '../../shared/contracts/exhibitions.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string | null | undefined, string | null>;

export interface ExhibitionsTable {
  id: Generated<number>;
  name: string;
  start_date: string;
  end_date: string;
  venue: string;
  organiser: string;
  quota: number;
  criteria: string | null;
  criteria_filter: Json;
  status: Generated<ExhibitionStatus>;
  closed_at: Date | null;
  created_by: string;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
  version: Generated<number>;
}

export interface ExhibitionParticipantsTable {
  id: Generated<number>;
  exhibition_id: number;
  business_id: number;
  invitation: Generated<InvitationStatus>;
  booth_code: string | null;
  responded_at: Date | null;
  result_written_at: Date | null;
  invited_by: string;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
}

export interface ExhibitionDaysTable {
  participant_id: number;
  day: string;
  present: boolean | null;
  sales_amount: number | null;
  items: number | null;
  recorded_by: string;
  updated_at: Generated<Timestamp>;
}

export type ExhibitionTables = {
  exhibitions: ExhibitionsTable;
  exhibition_participants: ExhibitionParticipantsTable;
  exhibition_days: ExhibitionDaysTable;
};
