import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { Role } from '../../shared/contracts/auth.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** jsonb: written as a JSON string, read back as the parsed value. */
type Json<T> = ColumnType<T, string, string>;

export type AreasTable = {
  code: string;
  parent_code: string | null;
  level: number;
  name: string;
};

export type PeopleTable = {
  id: Generated<number>;
  nik: string | null;
  name: string;
  gender: 'L' | 'P' | null;
  birth_date: string | null;
  krtp: Generated<boolean>;
  phone: string | null;
  street: string | null;
  rt: string | null;
  rw: string | null;
  kelurahan_code: string | null;
  education: string | null;
  household_size: number | null;
  search_text: Generated<string>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type BusinessesTable = {
  id: Generated<number>;
  owner_id: number;
  /** Copy of the owner's KRTP flag, kept in step by the people service, so headline counts need no join. */
  owner_krtp: Generated<boolean>;
  name: string;
  home_industry: Generated<boolean>;
  kelurahan_code: string;
  kecamatan_code: string;
  street: string | null;
  rt: string | null;
  rw: string | null;
  latitude: number | null;
  longitude: number | null;
  products: string | null;
  kbli_code: string | null;
  kbli_version: number | null;
  sector: Generated<string>;
  year_started: number | null;
  workers_total: number | null;
  workers_women: number | null;
  workers_family_unpaid: number | null;
  monthly_turnover: number | null;
  capital: number | null;
  size_class: string | null;
  sentra: string | null;
  status: Generated<'active' | 'closed'>;
  search_text: Generated<string>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type PermitsTable = {
  id: Generated<number>;
  business_id: number;
  type: string;
  number: string;
  issued_on: string | null;
  expires_on: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type HistoryChange = Record<string, [unknown, unknown]>;

export type HistoryTable = {
  id: Generated<number>;
  entity: 'person' | 'business' | 'permit';
  entity_id: number;
  /** The business a business or permit entry belongs to, so a profile shows both in one list. */
  business_id: number | null;
  action: 'create' | 'update' | 'delete';
  actor: string;
  at: Timestamp;
  changes: Json<HistoryChange>;
};

export type UsersTable = {
  id: Generated<number>;
  username: string;
  name: string;
  role: Role;
  scope_code: string;
  partner_office: string | null;
  password_hash: string;
  active: Generated<boolean>;
  failed_attempts: Generated<number>;
  locked_until: Date | null;
  last_login_at: Date | null;
  password_changed_at: Timestamp;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type SessionsTable = {
  id_hash: string;
  user_id: number;
  csrf_token: string;
  ip: string | null;
  user_agent: string | null;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Date;
  revoked_at: Date | null;
};

export type AuditLogTable = {
  id: Generated<number>;
  seq: ColumnType<number | null, never, never>;
  at: Timestamp;
  actor_id: number | null;
  actor_name: string;
  action: string;
  entity: string | null;
  entity_id: number | null;
  ip: string | null;
  purpose: string | null;
  details: Json<Record<string, unknown>>;
  prev_hash: ColumnType<string | null, never, never>;
  hash: ColumnType<string | null, never, never>;
};

export type DB = {
  users: UsersTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  areas: AreasTable;
  people: PeopleTable;
  businesses: BusinessesTable;
  permits: PermitsTable;
  history: HistoryTable;
};

export type PersonRow = Selectable<PeopleTable>;
export type NewPerson = Insertable<PeopleTable>;
export type PersonPatch = Updateable<PeopleTable>;
export type BusinessRow = Selectable<BusinessesTable>;
export type NewBusiness = Insertable<BusinessesTable>;
export type BusinessPatch = Updateable<BusinessesTable>;
export type PermitRow = Selectable<PermitsTable>;
export type NewPermit = Insertable<PermitsTable>;
export type UserRow = Selectable<UsersTable>;
