import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { Role } from '../../shared/contracts/auth.ts';
import type { AssessmentsTable, LevelEventsTable, NeedsTable, RubricsTable } from './schema-assessments.ts';
import type { CatalogueTables } from './schema-catalogue.ts';
import type { ExhibitionTables } from './schema-exhibitions.ts';
import type { ImportTables } from './schema-imports.ts';
import type { MarketTables } from './schema-market.ts';
import type { RoadmapTables } from './schema-roadmap.ts';
import type { VisitTables } from './schema-visits.ts';

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
  /** Consent withdrawn: left out of lists, exports and the catalogue; aggregate counts keep her. */
  processing_restricted_at: Date | null;
  /** Personal data erased on request; the businesses stay as anonymous statistics. */
  erased_at: Date | null;
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
  /** Current IR level from the latest confirmed assessment (null: not assessed), kept by the assessments module. */
  ir_level: number | null;
  ir_level_since: string | null;
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
  action: 'create' | 'update' | 'delete' | 'merge' | 'unmerge' | 'distinct' | 'reopen';
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

export type ApiTokensTable = {
  id: Generated<number>;
  name: string;
  role: Exclude<Role, 'admin'>;
  scope_code: string;
  partner_office: string | null;
  token_hash: string;
  created_by: number | null;
  created_at: Timestamp;
  expires_at: Date | null;
  last_used_at: Date | null;
  revoked_at: Date | null;
};

export type LegalBasesTable = {
  id: Generated<number>;
  person_id: number;
  basis: 'consent' | 'public_task';
  consent_text_version: string | null;
  channel: string | null;
  purposes: string[];
  note: string | null;
  given_at: Timestamp;
  officer_id: number | null;
  officer_name: string;
  withdrawn_at: Date | null;
  withdrawn_reason: string | null;
  withdrawal_officer_id: number | null;
  withdrawal_officer_name: string | null;
  created_at: Timestamp;
};

export type SubjectRequestsTable = {
  id: Generated<number>;
  person_id: number;
  kind: 'access' | 'rectification' | 'erasure' | 'withdrawal' | 'objection';
  received_at: Timestamp;
  channel: string;
  note: string | null;
  due_at: Timestamp;
  status: Generated<'open' | 'done' | 'rejected'>;
  closed_at: Date | null;
  outcome: string | null;
  officer_id: number | null;
  officer_name: string;
  closed_by_id: number | null;
  closed_by_name: string | null;
  created_at: Timestamp;
};

export type BreachesTable = {
  id: Generated<number>;
  discovered_at: Timestamp;
  description: string;
  data_categories: string[];
  people_affected: number | null;
  notified_subjects_at: Date | null;
  notified_authority_at: Date | null;
  status: Generated<'open' | 'contained' | 'closed'>;
  recorded_by_id: number | null;
  recorded_by_name: string;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type ProgrammesTable = {
  id: Generated<number>;
  name: string;
  pillar: string;
  organiser: string;
  target_levels: Generated<number[]>;
  target_sectors: Generated<string[]>;
  description: string | null;
  active: Generated<boolean>;
  version: Generated<number>;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type ProgrammeSessionsTable = {
  id: Generated<number>;
  programme_id: number;
  title: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  place: string;
  quota: number;
  trainer: string | null;
  /** The area the session belongs to: its operators manage it; participants come from inside it. */
  scope_code: string;
  version: Generated<number>;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type ParticipantStatus = 'enrolled' | 'waitlisted' | 'withdrawn';

export type SessionParticipantsTable = {
  id: Generated<number>;
  session_id: number;
  business_id: number;
  status: ParticipantStatus;
  /** Waiting-list order: from a sequence when the participant joins or joins again. */
  queue_no: Generated<number>;
  attended: boolean | null;
  pre_score: number | null;
  post_score: number | null;
  enrolled_by: string;
  /** Set when she withdraws, cleared when she joins again. */
  withdrawn_at: Date | null;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type OutcomeMeasuresTable = {
  id: Generated<number>;
  business_id: number;
  measured_on: string;
  monthly_turnover: number | null;
  workers: number | null;
  market_channels: Generated<string[]>;
  financing_amount: number | null;
  financing_source: string | null;
  note: string | null;
  recorded_by: string;
  created_at: Timestamp;
};

export type DB = ImportTables &
  CatalogueTables &
  RoadmapTables &
  MarketTables &
  ExhibitionTables &
  VisitTables & {
    api_tokens: ApiTokensTable;
    users: UsersTable;
    sessions: SessionsTable;
    audit_log: AuditLogTable;
    areas: AreasTable;
    people: PeopleTable;
    businesses: BusinessesTable;
    permits: PermitsTable;
    history: HistoryTable;
    legal_bases: LegalBasesTable;
    subject_requests: SubjectRequestsTable;
    breaches: BreachesTable;
    rubrics: RubricsTable;
    assessments: AssessmentsTable;
    level_events: LevelEventsTable;
    needs: NeedsTable;
    programmes: ProgrammesTable;
    programme_sessions: ProgrammeSessionsTable;
    session_participants: SessionParticipantsTable;
    outcome_measures: OutcomeMeasuresTable;
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
export type LegalBasisRow = Selectable<LegalBasesTable>;
export type SubjectRequestRow = Selectable<SubjectRequestsTable>;
export type BreachRow = Selectable<BreachesTable>;
