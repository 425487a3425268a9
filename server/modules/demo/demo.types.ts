import type { SizeThresholds } from '../../config.ts';
import type { Random } from './random.ts';

export type Kelurahan = { code: string; name: string; kecamatanCode: string };

/** Rows with the columns of the 0001 migration, ids assigned 1..n, times as ISO text. */
export type DemoPerson = {
  id: number;
  nik: string | null;
  name: string;
  gender: 'L' | 'P';
  birth_date: string;
  krtp: boolean;
  phone: string | null;
  street: string;
  rt: string;
  rw: string;
  kelurahan_code: string;
  education: string | null;
  household_size: number;
  search_text: string;
  created_at: string;
  updated_at: string;
};

export type DemoBusiness = {
  id: number;
  owner_id: number;
  owner_krtp: boolean;
  name: string;
  home_industry: boolean;
  kelurahan_code: string;
  kecamatan_code: string;
  street: string;
  rt: string;
  rw: string;
  latitude: number | null;
  longitude: number | null;
  products: string;
  kbli_code: string;
  kbli_version: number;
  sector: string;
  year_started: number;
  workers_total: number;
  workers_women: number;
  workers_family_unpaid: number;
  monthly_turnover: number;
  capital: number;
  size_class: string | null;
  sentra: string | null;
  status: 'active';
  search_text: string;
  created_at: string;
  updated_at: string;
};

export type DemoPermit = {
  id: number;
  business_id: number;
  type: 'NIB' | 'PIRT' | 'HALAL' | 'SKU' | 'IUMK';
  number: string;
  issued_on: string;
  expires_on: string | null;
  created_at: string;
  updated_at: string;
};

export type DemoData = { people: DemoPerson[]; businesses: DemoBusiness[]; permits: DemoPermit[] };

/** What every part of the generator shares: the one PRNG, the clock, and the uniqueness registers. */
export type DemoContext = {
  rnd: Random;
  region: string;
  thresholds: SizeThresholds;
  /** First and last day records may carry (UTC midnight, ms). */
  start: number;
  end: number;
  taken: Set<string>;
};
