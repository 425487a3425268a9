import type { RubricInput } from '../../../shared/contracts/assessments.ts';
import type { Database } from '../../db/connection.ts';
import { withTransaction } from '../../db/transaction.ts';
import { actorOf, type Caller } from '../../http/caller.ts';
import { notFound } from '../../http/errors.ts';
import { audit } from '../audit/audit.service.ts';
import { contentOf, toRubric } from './assessments.mapper.ts';
import * as repo from './assessments.repository.ts';

/** The current rubric in full and every version in brief (older versions are read-only). */
export async function listRubrics(db: Database) {
  const rows = await repo.listRubrics(db);
  const current = rows[0];
  if (!current) throw notFound('Rubrik');
  return {
    current: toRubric(current, current.version),
    versions: rows.map((r) => ({
      version: r.version,
      note: r.note,
      createdBy: r.created_by,
      createdAt: r.created_at.toISOString(),
      dimensions: r.dimensions.length,
      maxScore: toRubric(r, current.version).maxScore,
      assessments: r.assessments,
    })),
  };
}

export async function getRubric(db: Database, version: number) {
  const [row, current] = await Promise.all([repo.findRubric(db, version), repo.currentRubric(db)]);
  if (!row) throw notFound(`Rubrik versi ${version}`);
  return toRubric(row, current.version);
}

/** Saving an edited rubric makes a new version; the earlier ones stay as they were. */
export async function createRubric(db: Database, input: RubricInput, caller: Caller) {
  const version = await withTransaction(db, async (trx) => {
    const v = await repo.insertRubric(trx, {
      dimensions: input.dimensions.map((d) => ({ ...d, source: d.source ?? null })),
      cutPoints: input.cutPoints,
      note: input.note ?? null,
      createdBy: actorOf(caller),
    });
    await audit(trx, caller, 'rubric.create', { entity: 'rubric', entityId: v });
    return v;
  });
  return getRubric(db, version);
}

export async function currentContent(db: Database) {
  const row = await repo.currentRubric(db);
  return { row, content: contentOf(row) };
}
