import type { AssessmentInput, NeedInput } from '../../../shared/contracts/assessments.ts';
import { todayInJakarta } from '../../../shared/rules/calendar.ts';
import { suggestNeeds } from '../../../shared/rules/needs.ts';
import { answerIssues, prefillAnswers, scoreAnswers } from '../../../shared/rules/rubric.ts';
import type { Database } from '../../db/connection.ts';
import { type Executor, withTransaction } from '../../db/transaction.ts';
import { actorOf, type Caller, type Ctx } from '../../http/caller.ts';
import { AppError, type FieldIssue, invalid } from '../../http/errors.ts';
import { audit } from '../audit/audit.service.ts';
import { findInScope } from '../businesses/businesses.service.ts';
import { recordChange } from '../history/history.service.ts';
import { listPermitsOfBusiness } from '../permits/permits.repository.ts';
import { contentOf, toAssessment, toLevelEvent, toNeed, toRubric } from './assessments.mapper.ts';
import * as repo from './assessments.repository.ts';

const PREFILL_NOTE = {
  workers: (v: unknown) => `Dari registri: ${v} tenaga kerja`,
  turnover: (v: unknown) => `Dari registri: omzet Rp ${Number(v).toLocaleString('id-ID')} per bulan`,
  permits: (v: unknown) => `Dari izin yang tercatat: ${v || 'belum ada'}`,
} as const;

async function openTitles(db: Executor, businessId: number) {
  return (await repo.listNeeds(db, businessId)).filter((n) => n.status === 'open').map((n) => n.title);
}

/** Answers of the latest assessment made with this rubric version (other versions may differ in options). */
function previousAnswers(rubricVersion: number, last: Awaited<ReturnType<typeof repo.latestAssessment>>) {
  return last && last.rubric_version === rubricVersion ? last.answers : {};
}

/**
 * The current rubric pre-filled for the assessor to check or change: the latest assessment's answers, and
 * what the registry knows today (workers, turnover, valid permits) for the dimensions that read it.
 */
export async function assessmentDraft(db: Database, businessId: number, caller: Caller) {
  const b = await findInScope(db, businessId, caller);
  const today = todayInJakarta();
  const [row, permits, last, titles] = await Promise.all([
    repo.currentRubric(db),
    listPermitsOfBusiness(db, businessId),
    repo.latestAssessment(db, businessId),
    openTitles(db, businessId),
  ]);
  const valid = [
    ...new Set(permits.filter((p) => !p.expires_on || p.expires_on >= today).map((p) => p.type)),
  ];
  const content = contentOf(row);
  const fromRegistry = prefillAnswers(content, {
    workers: b.workers_total,
    turnover: b.monthly_turnover,
    permits: valid,
  });
  const before = previousAnswers(row.version, last);
  const value = { workers: b.workers_total, turnover: b.monthly_turnover, permits: valid.join(', ') };
  const answers: Record<string, number> = {};
  const prefilled: Record<string, string> = {};
  for (const d of content.dimensions) {
    const registry = fromRegistry[d.key];
    if (d.source && registry !== undefined) {
      answers[d.key] = registry;
      prefilled[d.key] = PREFILL_NOTE[d.source](value[d.source]);
    } else if (before[d.key] !== undefined && d.options[before[d.key] as number]) {
      answers[d.key] = before[d.key] as number;
      prefilled[d.key] = `Dari penilaian terakhir (${last?.assessed_on})`;
    }
  }
  return {
    rubric: toRubric(row, row.version),
    answers,
    prefilled,
    today,
    lastAssessedOn: last?.assessed_on ?? null,
    openNeedTitles: titles,
  };
}

/** A business's current level, its level history and its assessments, newest first. */
export async function businessLevel(db: Database, businessId: number, caller: Caller) {
  const b = await findInScope(db, businessId, caller);
  const [events, assessments] = await Promise.all([
    repo.listLevelEvents(db, businessId),
    repo.listAssessments(db, businessId),
  ]);
  return {
    businessId,
    level: b.ir_level,
    since: b.ir_level_since,
    events: events.map(toLevelEvent),
    assessments: assessments.map(toAssessment),
  };
}

function checkDate(assessedOn: string, today: string, last: string | null): FieldIssue[] {
  if (assessedOn > today) {
    return [
      {
        path: 'assessedOn',
        code: 'DATE_IN_FUTURE',
        message: 'Tanggal penilaian tidak boleh setelah hari ini.',
      },
    ];
  }
  if (last && assessedOn < last) {
    const message = `Tanggal penilaian tidak boleh sebelum penilaian terakhir (${last}).`;
    return [{ path: 'assessedOn', code: 'DATE_BEFORE_LAST', message }];
  }
  return [];
}

/**
 * Stores the answers with the version and the computed level, the confirmed level (an override needs a
 * reason), a level event and the new current level when it changed, and the accepted needs: one transaction.
 */
export async function createAssessment(db: Database, businessId: number, input: AssessmentInput, ctx: Ctx) {
  await findInScope(db, businessId, ctx.caller);
  return withTransaction(db, async (trx) => {
    const b = await repo.lockBusinessLevel(trx, businessId);
    if (!b) throw new AppError('NOT_FOUND', 'Usaha tidak ditemukan.');
    const row = await repo.currentRubric(trx);
    if (input.rubricVersion !== row.version) {
      throw new AppError(
        'RUBRIC_OUTDATED',
        `Rubrik sudah diperbarui ke versi ${row.version}. Muat ulang formulir, lalu periksa jawaban Anda.`,
      );
    }
    const content = contentOf(row);
    const today = todayInJakarta();
    const assessedOn = input.assessedOn ?? today;
    const issues = [
      ...answerIssues(content, input.answers),
      ...checkDate(assessedOn, today, await repo.lastAssessedOn(trx, businessId)),
    ];
    const scored = scoreAnswers(content, input.answers);
    const reason = input.overrideReason?.trim() || null;
    if (scored.level !== null && input.level !== scored.level && !reason) {
      issues.push({
        path: 'overrideReason',
        code: 'OVERRIDE_REASON_REQUIRED',
        message: `Level berbeda dari saran (IR ${scored.level}); tulis alasannya.`,
      });
    }
    if (issues.length || scored.level === null) throw invalid(issues);
    const a = await repo.insertAssessment(trx, {
      business_id: businessId,
      rubric_version: row.version,
      answers: JSON.stringify(input.answers),
      total: scored.total,
      suggested_level: scored.level,
      level: input.level,
      override_reason: input.level === scored.level ? null : reason,
      assessed_on: assessedOn,
      assessor_id: ctx.caller.id || null,
      assessor_name: actorOf(ctx.caller),
      notes: input.notes?.trim() || null,
    });
    await audit(trx, ctx.caller, 'assessment.create', {
      entity: 'business',
      entityId: businessId,
      details: { assessmentId: a.id },
    });
    let event = null;
    if (b.ir_level !== input.level) {
      event = await repo.insertLevelEvent(trx, {
        business_id: businessId,
        assessment_id: a.id,
        from_level: b.ir_level,
        to_level: input.level,
        occurred_on: assessedOn,
        kelurahan_code: b.kelurahan_code,
        kecamatan_code: b.kecamatan_code,
      });
      await repo.setBusinessLevel(trx, businessId, input.level, assessedOn);
      await recordChange(trx, ctx.caller, {
        entity: 'business',
        entityId: businessId,
        businessId,
        action: 'update',
        changes: { irLevel: [b.ir_level, input.level] },
      });
    }
    const accepted: (NeedInput & { dimension?: string | null })[] =
      input.needs ?? suggestNeeds(content, input.answers, await openTitles(trx, businessId));
    const needs = await repo.insertNeeds(
      trx,
      accepted.map((n) => ({
        business_id: businessId,
        pillar: n.pillar,
        title: n.title,
        priority: n.priority,
        source: 'assessment' as const,
        assessment_id: a.id,
        dimension: n.dimension ?? null,
        note: n.note ?? null,
        updated_by: actorOf(ctx.caller),
      })),
    );
    return {
      assessment: toAssessment({ ...a, dimensions: content.dimensions }),
      event: event ? toLevelEvent(event) : null,
      needs: needs.map(toNeed),
    };
  });
}
