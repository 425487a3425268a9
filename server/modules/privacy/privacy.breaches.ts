import type { Updateable } from 'kysely';
import type { z } from 'zod';
import type { BreachInput, BreachPatch } from '../../../shared/contracts/privacy.ts';
import type { Database } from '../../db/connection.ts';
import type { BreachesTable } from '../../db/schema.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { Caller } from '../../http/caller.ts';
import { invalid, notFound } from '../../http/errors.ts';
import { audit } from '../audit/audit.service.ts';
import { toBreach } from './privacy.mapper.ts';
import * as repo from './privacy.repository.ts';
import { officerOf } from './privacy.service.ts';

const toDate = (v: string | null) => (v ? new Date(v) : null);

/** The register is the agency's own (not area-scoped), newest discovery first, each with its clock. */
export async function listBreaches(db: Database) {
  const now = Date.now();
  return { items: (await repo.listBreaches(db)).map((r) => toBreach(r, now)) };
}

export async function createBreach(db: Database, input: z.infer<typeof BreachInput>, caller: Caller) {
  const id = await withTransaction(db, async (trx) => {
    const officer = officerOf(caller);
    const id = await repo.insertBreach(trx, {
      discovered_at: input.discoveredAt,
      description: input.description,
      data_categories: input.dataCategories,
      people_affected: input.peopleAffected ?? null,
      recorded_by_id: officer.id,
      recorded_by_name: officer.name,
    });
    await audit(trx, caller, 'breach.create', { entity: 'breach', entityId: id });
    return id;
  });
  return toBreach(
    (await repo.lockBreach(db, id)) as NonNullable<Awaited<ReturnType<typeof repo.lockBreach>>>,
  );
}

/** Records when the people affected and the authority were told, and how the breach stands. */
export async function updateBreach(
  db: Database,
  id: number,
  patch: z.infer<typeof BreachPatch>,
  caller: Caller,
) {
  const after = await withTransaction(db, async (trx) => {
    const before = await repo.lockBreach(trx, id);
    if (!before) throw notFound('Pelanggaran data');
    const discovered = new Date(before.discovered_at).getTime();
    const early = (['notifiedSubjectsAt', 'notifiedAuthorityAt'] as const).filter(
      (k) => patch[k] && new Date(patch[k] as string).getTime() < discovered,
    );
    if (early.length) {
      throw invalid(
        early.map((path) => ({
          path,
          code: 'BEFORE_DISCOVERY',
          message: 'Pemberitahuan tidak mungkin sebelum pelanggaran ditemukan.',
        })),
      );
    }
    const row: Updateable<BreachesTable> = {};
    if (patch.notifiedSubjectsAt !== undefined) row.notified_subjects_at = toDate(patch.notifiedSubjectsAt);
    if (patch.notifiedAuthorityAt !== undefined)
      row.notified_authority_at = toDate(patch.notifiedAuthorityAt);
    if (patch.status !== undefined) row.status = patch.status;
    if (patch.peopleAffected !== undefined) row.people_affected = patch.peopleAffected;
    await repo.updateBreach(trx, id, row);
    await audit(trx, caller, 'breach.update', {
      entity: 'breach',
      entityId: id,
      details: { fields: Object.keys(patch) },
    });
    return repo.lockBreach(trx, id);
  });
  return toBreach(after as NonNullable<typeof after>);
}
