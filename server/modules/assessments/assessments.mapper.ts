import type { Selectable } from 'kysely';
import type { Assessment, LevelEvent, Need, Rubric } from '../../../shared/contracts/assessments.ts';
import { type RubricContent, type RubricDimension, scoreRange } from '../../../shared/rules/rubric.ts';
import type {
  AssessmentsTable,
  LevelEventsTable,
  NeedsTable,
  RubricsTable,
} from '../../db/schema-assessments.ts';

type RubricRow = Selectable<RubricsTable>;

export function contentOf(r: RubricRow): RubricContent {
  return { dimensions: r.dimensions, cutPoints: [r.cut_points[0] ?? 0, r.cut_points[1] ?? 0] };
}

export function toRubric(r: RubricRow, currentVersion: number): Rubric {
  const content = contentOf(r);
  const { min, max } = scoreRange(content);
  return {
    version: r.version,
    current: r.version === currentVersion,
    dimensions: content.dimensions.map((d) => ({ ...d, source: d.source ?? null })),
    cutPoints: content.cutPoints,
    minScore: min,
    maxScore: max,
    note: r.note,
    createdBy: r.created_by,
    createdAt: r.created_at.toISOString(),
  };
}

export function toAssessment(
  a: Selectable<AssessmentsTable> & { dimensions?: RubricDimension[] },
): Assessment {
  return {
    id: a.id,
    businessId: a.business_id,
    rubricVersion: a.rubric_version,
    answers: a.answers,
    total: a.total,
    maxScore: a.dimensions ? scoreRange({ dimensions: a.dimensions }).max : 0,
    suggestedLevel: a.suggested_level,
    level: a.level,
    overrideReason: a.override_reason,
    assessedOn: a.assessed_on,
    assessorName: a.assessor_name,
    notes: a.notes,
    createdAt: a.created_at.toISOString(),
  };
}

export function toLevelEvent(e: Selectable<LevelEventsTable>): LevelEvent {
  const direction =
    e.from_level === null ? 'awal' : e.to_level > e.from_level ? ('naik' as const) : ('turun' as const);
  return {
    id: e.id,
    fromLevel: e.from_level,
    toLevel: e.to_level,
    direction,
    occurredOn: e.occurred_on,
    assessmentId: e.assessment_id,
  };
}

export function toNeed(n: Selectable<NeedsTable>): Need {
  return {
    id: n.id,
    businessId: n.business_id,
    pillar: n.pillar as Need['pillar'],
    title: n.title,
    priority: n.priority as Need['priority'],
    status: n.status as Need['status'],
    source: n.source,
    assessmentId: n.assessment_id,
    dimension: n.dimension,
    note: n.note,
    updatedBy: n.updated_by,
    updatedAt: n.updated_at.toISOString(),
    version: n.version,
  };
}
