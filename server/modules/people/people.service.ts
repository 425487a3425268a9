import type { z } from 'zod';
import type { PersonFields, PersonListQuery } from '../../../shared/contracts/people.ts';
import { maskNik, normalizeNikInput, validateNik } from '../../../shared/rules/nik.ts';
import { normalizePhone } from '../../../shared/rules/phone.ts';
import { normalizeSearchText } from '../../../shared/rules/search.ts';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/connection.ts';
import type { NewPerson } from '../../db/schema.ts';
import { type Executor, withTransaction } from '../../db/transaction.ts';
import { decodeCursor, toPage } from '../../http/cursor.ts';
import { AppError, type FieldIssue, notFound } from '../../http/errors.ts';
import { isKnownDistrict, resolveKelurahan } from '../areas/areas.service.ts';
import { toBusinessListItem } from '../businesses/businesses.mapper.ts';
import { listBusinessesOfOwner, setOwnerKrtp } from '../businesses/businesses.repository.ts';
import { insertHistory, listPersonHistory } from '../history/history.repository.ts';
import { diff, toHistoryEntry } from '../history/history.service.ts';
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
export async function insertPersonTx(
  trx: Executor,
  input: PersonFieldsInput,
  config: Config,
  actor: string,
  prefix = '',
) {
  const { row, warnings } = await preparePerson(trx, input, config, prefix);
  await assertNikFree(trx, row.nik, null, at(prefix, 'nik'));
  const id = await repo.insertPerson(trx, row as NewPerson);
  const created = await repo.lockPerson(trx, id);
  if (!created) throw notFound('Pelaku usaha');
  await insertHistory(trx, {
    entity: 'person',
    entityId: id,
    businessId: null,
    action: 'create',
    actor,
    changes: diff(null, personAuditView(created)),
  });
  return { id, warnings };
}

export async function getPerson(db: Database, id: number) {
  const row = await repo.findPerson(db, id);
  if (!row) throw notFound('Pelaku usaha');
  const businesses = await listBusinessesOfOwner(db, id);
  return { ...toPerson(row, { revealNik: true }), businesses: businesses.map(toBusinessListItem) };
}

export async function createPerson(db: Database, input: PersonFieldsInput, config: Config, actor: string) {
  const { id, warnings } = await withTransaction(db, (trx) => insertPersonTx(trx, input, config, actor));
  return { person: await getPerson(db, id), warnings };
}

export async function updatePerson(
  db: Database,
  id: number,
  patch: PersonFieldsInput & { version: number },
  config: Config,
  actor: string,
) {
  const warnings = await withTransaction(db, async (trx) => {
    const before = await repo.lockPerson(trx, id);
    if (!before) throw notFound('Pelaku usaha');
    if (before.version !== patch.version) throw versionConflict();
    const { row, warnings } = await preparePerson(
      trx,
      { gender: before.gender, birthDate: before.birth_date, ...patch },
      config,
    );
    await assertNikFree(trx, row.nik, id, 'nik');
    await repo.updatePerson(trx, id, row);
    if (row.krtp !== undefined && row.krtp !== before.krtp) await setOwnerKrtp(trx, id, row.krtp);
    const after = await repo.lockPerson(trx, id);
    const changes = diff(personAuditView(before), personAuditView(after ?? before));
    if (Object.keys(changes).length)
      await insertHistory(trx, {
        entity: 'person',
        entityId: id,
        businessId: null,
        action: 'update',
        actor,
        changes,
      });
    return warnings;
  });
  return { person: await getPerson(db, id), warnings };
}

export function versionConflict() {
  return new AppError(
    'VERSION_CONFLICT',
    'Data ini sudah diubah orang lain sejak Anda membukanya. Muat ulang halaman, lalu ulangi perubahan Anda.',
  );
}

export async function listPeople(db: Database, q: PersonListQuery) {
  const after = decodeCursor(q.cursor);
  const rows = await repo.listPeople(db, {
    q: q.q ? normalizeSearchText(q.q) : undefined,
    kecamatan: q.kecamatan,
    kelurahan: q.kelurahan,
    krtp: q.krtp === undefined ? undefined : q.krtp === 'true',
    after,
    limit: q.limit,
  });
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

export async function personHistory(db: Database, id: number) {
  if (!(await repo.findPerson(db, id))) throw notFound('Pelaku usaha');
  const rows = await listPersonHistory(db, id);
  return { items: rows.map((r) => toHistoryEntry({ ...r, at: new Date(r.at) })) };
}
