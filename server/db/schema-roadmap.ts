import type { ColumnType, Generated } from 'kysely';
import type { InterventionStatus } from '../../shared/rules/mentoring.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type RoadmapsTable = {
  id: Generated<number>;
  business_id: number;
  target_level: number;
  target_date: string | null;
  responsible_user_id: number | null;
  notes: string | null;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  closed_at: Date | null;
  version: Generated<number>;
};

export type InterventionsTable = {
  id: Generated<number>;
  roadmap_id: number;
  /** Copy of the roadmap's business: scope and referral lists filter without a join through roadmaps. */
  business_id: number;
  pillar: string;
  type: string;
  title: string;
  description: string | null;
  responsible_user_id: number | null;
  partner_office: string | null;
  due_date: string | null;
  status: Generated<InterventionStatus>;
  outcome: string | null;
  status_changed_at: Timestamp;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
};

export type InterventionStatusLogTable = {
  id: Generated<number>;
  intervention_id: number;
  from_status: InterventionStatus | null;
  to_status: InterventionStatus;
  note: string | null;
  actor: string;
  actor_user_id: number | null;
  at: Timestamp;
};

export type RoadmapTemplatesTable = {
  id: Generated<number>;
  name: string;
  level: number;
  sector: string | null;
  description: string | null;
  active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
};

export type RoadmapTemplateLinesTable = {
  id: Generated<number>;
  template_id: number;
  position: number;
  pillar: string;
  type: string;
  title: string;
  offset_days: number;
  partner_office: string | null;
};

export type SatisfactionLinksTable = {
  id: Generated<number>;
  intervention_id: number;
  token_hash: string;
  created_by: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Date | null;
};

export type SatisfactionAnswersTable = {
  id: Generated<number>;
  intervention_id: number;
  score: number;
  comment: string | null;
  channel: 'pendamping' | 'pemilik';
  link_id: number | null;
  recorded_by: string;
  created_at: Timestamp;
};

export type RoadmapTables = {
  roadmaps: RoadmapsTable;
  interventions: InterventionsTable;
  intervention_status_log: InterventionStatusLogTable;
  roadmap_templates: RoadmapTemplatesTable;
  roadmap_template_lines: RoadmapTemplateLinesTable;
  satisfaction_links: SatisfactionLinksTable;
  satisfaction_answers: SatisfactionAnswersTable;
};
