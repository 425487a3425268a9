import type { z } from 'zod';
import type { PersonFields, PersonListQuery } from '../../../shared/contracts/people.ts';
import { maskNik, normalizeNikInput, validateNik } from '../../../shared/rules/nik.ts';
import { normalizePhone } from '../../../shared/rules/phone.ts';
import { normalizeSearchText } from '../../../shared/rules/search.ts';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/connection.ts';
import type { NewPerson } from '../../db/schema.ts';
import { type Executor, withTransaction } from '../../db/transaction.ts';
import { actorOf, type Caller, type Ctx } from '../../http/caller.ts';
import { decodeCursor, toPage } from '../../http/cursor.ts';
import { AppError, type FieldIssue, notFound } from '../../http/errors.ts';
import { isKnownDistrict, resolveKelurahan } from '../areas/areas.service.ts';
import { audit, auditView } from '../audit/audit.service.ts';
import { toBusinessListItem } from '../businesses/businesses.mapper.ts';
import { listBusinessesOfOwner, setOwnerKrtp } from '../businesses/businesses.repository.ts';
import { listPersonHistory } from '../history/history.repository.ts';
import { diff, recordChange, toHistoryEntry } from '../history/history.service.ts';
import { idsOf, reweighOpenPairs } from '../reviews/reweigh.ts';
import { personAuditView, toPerson } from './people.mapper.ts';
import * as repo from './people.repository.ts';

type PersonFieldsInput = Partial<z.infer<typeof PersonFields>>;
const at = (prefix: string, field: string) => (prefix ? `${prefix}.${field}` : field);

/** Input → columns: NIK and phone normalised, area checked, soft NIK rules returned as warnings. */
export async function preparePerson(db: Executor, input: PersonFieldsInput, config: Config, prefix = '') {
  const row: Partial<NewPerson> = {};
  const warnings: FieldIssue[] = [];
  if (input.nik !== undefined) row.nik = normalizeNikInput(input.nik).value;
  if (row.nik) {
    const districtCode = `${row.nik.slice(0, 2)}.${row.nik.slice(2, 4)}.${row.nik.slice(4, 6)}`;
    const known = await isKnownDistrict(db, districtCode);
    const result = validateNik(
      row.nik,
      { gender: input.gender, birthDate: input.birthDate },
      {
        region: config.region,
        isKnownDistrict: () => known,
      },
    );
    warnings.push(...result.warnings.map((w) => ({ path: at(prefix, 'nik'), ...w })));
  }
  if (input.phone !== undefined) row.phone = normalizePhone(input.phone).value;
  if (input.kelurahanCode)
    await resolveKelurahan(db, input.kelurahanCode, config.region, at(prefix, 'kelurahanCode'));
  const simple = {
    name: input.name,
    gender: input.gender,
    birth_date: input.birthDate,
    krtp: input.krtp,
    street: input.street,
    rt: input.rt,
    rw: input.rw,
    kelurahan_code: input.kelurahanCode,
    education: input.education,
    household_size: input.householdSize,
  };
  for (const [k, v] of Object.entries(simple)) if (v !== undefined) (row as Record<string, unknown>)[k] = v;
  if (input.name !== undefined) row.search_text = normalizeSearchText(input.name);
  return { row, warnings };
}

async function assertNikFree(
  db: Executor,
  nik: string | null | undefined,
  selfId: number | null,
  path: string,
) {
  if (!nik) return;
  const other = await repo.findPersonIdByNik(db, nik);
  if (other && other.id !== selfId) {
    throw new AppError('DUPLICATE', 'NIK sudah terdaftar.', [
      {
        path,
        code: 'NIK_DUPLICATE',
        message: `NIK ini sudah terdaftar untuk pelaku usaha lain (ID ${other.id}); pilih pelaku itu sebagai pemilik.`,
      },
    ]);
  }
}

/** Inserts an owner inside the caller's transaction and records it in the history. */
export async function insertPersonTx(trx: Executor, input: PersonFieldsInput, ctx: Ctx, prefix = '') {
  const { row, warnings } = await preparePerson(trx, input, ctx.config, prefix);
  await assertNikFree(trx, row.nik, null, at(prefix, 'nik'));
  const id = await repo.insertPerson(trx, row as NewPerson);
  const created = await repo.lockPerson(trx, id);
  if (!created) throw notFound('Pelaku usaha');
  const changes = diff(null, personAuditView(created));
  await recordChange(trx, ctx.caller, {
    entity: 'person',
    entityId: id,
    businessId: null,
    action: 'create',
    changes,
  });
  return { id, warnings };
}

/** An owner the caller may see: she lives in the caller's area or runs a business there; else 404. */
async function findInScope(db: Executor, id: number, caller: Caller) {
  const row = await repo.findPersonInScope(db, id, caller.scope);
  if (!row) throw notFound('Pelaku usaha');
  return row;
}

/** For other modules (privacy): the owner within the caller's area, else 404. */
export function assertPersonInScope(db: Executor, id: number, caller: Caller) {
  return findInScope(db, id, caller);
}

export async function getPerson(db: Database, id: number, caller: Caller) {
  const row = await findInScope(db, id, caller);
  const businesses = await listBusinessesOfOwner(db, id, caller.scope);
  auditView(db, caller, 'person.view', { entity: 'person', entityId: id });
  return { ...toPerson(row), businesses: businesses.map(toBusinessListItem) };
}

export async function createPerson(db: Database, input: PersonFieldsInput, ctx: Ctx) {
  const { id, warnings } = await withTransaction(db, (trx) => insertPersonTx(trx, input, ctx));
  return { person: await getPerson(db, id, ctx.caller), warnings };
}

export async function updatePerson(
  db: Database,
  id: number,
  patch: PersonFieldsInput & { version: number },
  ctx: Ctx,
) {
  const warnings = await withTransaction(db, async (trx) => {
    await findInScope(trx, id, ctx.caller);
    const before = await repo.lockPerson(trx, id);
    if (!before) throw notFound('Pelaku usaha');
    if (before.version !== patch.version) throw versionConflict();
    const merged = { gender: before.gender, birthDate: before.birth_date, ...patch };
    const { row, warnings } = await preparePerson(trx, merged, ctx.config);
    await assertNikFree(trx, row.nik, id, 'nik');
    await repo.updatePerson(trx, id, row);
    if (row.krtp !== undefined && row.krtp !== before.krtp) await setOwnerKrtp(trx, id, row.krtp);
    const after = await repo.lockPerson(trx, id);
    const changes = diff(personAuditView(before), personAuditView(after ?? before));
    if (Object.keys(changes).length) {
      await recordChange(trx, ctx.caller, {
        entity: 'person',
        entityId: id,
        businessId: null,
        action: 'update',
        changes,
      });
      // Her open review pairs (and her businesses') are weighed with what she is now.
      await reweighOpenPairs(trx, idsOf('person', [id]), ctx.config.linkage, actorOf(ctx.caller));
    }
    return warnings;
  });
  return { person: await getPerson(db, id, ctx.caller), warnings };
}

/** One personal value in clear, for a stated purpose; the reveal is in the audit log. */
export async function revealPerson(
  db: Database,
  id: number,
  input: { field: 'nik' | 'phone'; purpose: string },
  caller: Caller,
) {
  const row = await findInScope(db, id, caller);
  await audit(db, caller, `person.reveal_${input.field}`, {
    entity: 'person',
    entityId: id,
    purpose: input.purpose,
  });
  return { value: input.field === 'nik' ? row.nik : row.phone };
}

export function versionConflict() {
  return new AppError(
    'VERSION_CONFLICT',
    'Data ini sudah diubah orang lain sejak Anda membukanya. Muat ulang halaman, lalu ulangi perubahan Anda.',
  );
}

export async function listPeople(db: Database, q: PersonListQuery, caller: Caller) {
  const rows = await repo.listPeople(db, {
    q: q.q ? normalizeSearchText(q.q) : undefined,
    scope: caller.scope,
    kecamatan: q.kecamatan,
    kelurahan: q.kelurahan,
    krtp: q.krtp === undefined ? undefined : q.krtp === 'true',
    after: decodeCursor(q.cursor),
    limit: q.limit,
  });
  auditView(db, caller, 'person.list', { details: { query: q, rows: Math.min(rows.length, q.limit) } });
  return toPage(rows, q.limit, (r) => ({
    id: r.id,
    nik: maskNik(r.nik),
    name: r.name,
    gender: r.gender,
    krtp: r.krtp,
    kelurahanName: r.kelurahan_name,
    kecamatanName: r.kecamatan_name,
    businessCount: r.business_count,
  }));
}

export async function personHistory(db: Database, id: number, caller: Caller) {
  await findInScope(db, id, caller);
  const rows = await listPersonHistory(db, id);
  return { items: rows.map((r) => toHistoryEntry({ ...r, at: new Date(r.at) })) };
}
