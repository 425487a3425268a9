import { maskNik } from '../../../shared/rules/nik.ts';
import { maskPhone } from '../../../shared/rules/phone.ts';
import type { Database } from '../../db/connection.ts';
import type { Ctx } from '../../http/caller.ts';
import { AppError } from '../../http/errors.ts';
import { getBusiness, updateBusiness } from '../businesses/businesses.service.ts';
import { getPerson, updatePerson } from '../people/people.service.ts';
import type { NormalisedRow } from './imports.types.ts';
import { rowsOfRecord } from './source-rows.repository.ts';

type Kind = 'person' | 'business';

/** Fields whose source values are shown and can be adopted; the draft key equals the API field name. */
const FIELDS: Record<Kind, string[]> = {
  person: [
    'name',
    'nik',
    'gender',
    'birthDate',
    'phone',
    'krtp',
    'street',
    'rt',
    'rw',
    'kelurahanCode',
    'education',
    'householdSize',
  ],
  business: [
    'name',
    'products',
    'kbliCode',
    'yearStarted',
    'workersTotal',
    'workersWomen',
    'monthlyTurnover',
    'capital',
    'street',
    'rt',
    'rw',
    'kelurahanCode',
    'homeIndustry',
    'latitude',
    'longitude',
    'status',
  ],
};

function shown(field: string, value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (field === 'nik') return maskNik(String(value));
  if (field === 'phone') return maskPhone(String(value));
  return String(value);
}

const draftOf = (n: NormalisedRow, kind: Kind) =>
  (kind === 'person' ? n.person : n.business) as Record<string, unknown>;

async function current(db: Database, kind: Kind, id: number, ctx: Ctx) {
  if (kind === 'person') return (await getPerson(db, id, ctx.caller)) as unknown as Record<string, unknown>;
  return (await getBusiness(db, id, ctx.caller)) as unknown as Record<string, unknown>;
}

/** Per field: the registry's value and what each imported row said, oldest first. */
export async function recordSources(db: Database, kind: Kind, id: number, ctx: Ctx) {
  const now = await current(db, kind, id, ctx);
  const rows = await rowsOfRecord(db, kind, id);
  const fields = FIELDS[kind].map((field) => ({
    field,
    current: shown(field, now[field]),
    sources: rows.map((r) => ({
      rowId: r.id,
      value: shown(field, draftOf(r.normalised as NormalisedRow, kind)[field]),
      source: r.source_name,
      fileName: r.file_name,
      sheetRow: r.sheet_row,
      importId: r.import_id,
      importedAt: r.committed_at?.toISOString() ?? null,
    })),
  }));
  return { rows: rows.length, fields: fields.filter((f) => f.sources.some((s) => s.value !== null)) };
}

/** The operator picks the value one source gave: it is written through the normal edit, with history. */
export async function adoptValue(
  db: Database,
  kind: Kind,
  id: number,
  a: { rowId: number; field: string; version: number },
  ctx: Ctx,
) {
  if (!FIELDS[kind].includes(a.field))
    throw new AppError('VALIDATION_FAILED', `Isian "${a.field}" tidak dapat diambil dari sumber.`);
  await current(db, kind, id, ctx);
  const row = (await rowsOfRecord(db, kind, id)).find((r) => r.id === a.rowId);
  if (!row)
    throw new AppError('VALIDATION_FAILED', `Baris sumber #${a.rowId} bukan sumber data rekaman ini.`);
  const value = draftOf(row.normalised as NormalisedRow, kind)[a.field] ?? null;
  const patch = { version: a.version, [a.field]: value };
  return kind === 'person'
    ? updatePerson(db, id, patch as never, ctx)
    : updateBusiness(db, id, patch as never, ctx);
}
