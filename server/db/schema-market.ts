import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type LeadSource = 'katalog' | 'pameran';
export type LeadStatus = 'baru' | 'dihubungi' | 'jadi' | 'batal';

export interface MarketLeadsTable {
  id: Generated<number>;
  business_id: number;
  source: LeadSource;
  event_id: number | null;
  product_id: number | null;
  buyer_name: string;
  buyer_phone: string | null;
  buyer_email: string | null;
  message: string | null;
  consented_at: Timestamp;
  status: Generated<LeadStatus>;
  status_note: string | null;
  recorded_by: string | null;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
}

export type MarketTables = {
  market_leads: MarketLeadsTable;
};
