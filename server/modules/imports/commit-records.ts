import { EDUCATION_LEVELS } from '../../../shared/contracts/people.ts';
import { sectorOfKbli } from '../../../shared/rules/kbli.ts';
import { normalizeSearchText } from '../../../shared/rules/search.ts';
import { sizeClass } from '../../../shared/rules/size-class.ts';
import type { SizeThresholds } from '../../config.ts';
import type { BusinessDraft, PersonDraft } from './imports.types.ts';

const education = (e: string | null) =>
  (EDUCATION_LEVELS as readonly string[]).includes(e ?? '') ? e : null;

/** The `people` columns of a new person from a row (all but the id the commit gives it). */
function personColumns(p: PersonDraft) {
  return {
    nik: p.nik,
    name: p.name,
    gender: p.gender,
    birth_date: p.birthDate,
    krtp: p.krtp ?? false,
    phone: p.phone,
    street: p.street,
    rt: p.rt,
    rw: p.rw,
    kelurahan_code: p.kelurahanCode,
    education: education(p.education),
    household_size: p.householdSize,
    search_text: normalizeSearchText(p.name),
  };
}

/** The `businesses` columns of a new business from a row (all but its id and its owner's). */
function businessColumns(b: BusinessDraft, ownerKrtp: boolean, thresholds: SizeThresholds) {
  return {
    owner_krtp: ownerKrtp,
    name: b.name ?? 'Usaha',
    home_industry: b.homeIndustry ?? true,
    kelurahan_code: b.kelurahanCode,
    kecamatan_code: b.kecamatanCode,
    street: b.street,
    rt: b.rt,
    rw: b.rw,
    latitude: b.latitude,
    longitude: b.longitude,
    products: b.products,
    kbli_code: b.kbliCode,
    kbli_version: b.kbliCode ? 2020 : null,
    sector: b.kbliCode ? sectorOfKbli(b.kbliCode) : (b.sector ?? 'lainnya'),
    year_started: b.yearStarted,
    workers_total: b.workersTotal,
    workers_women: b.workersWomen,
    monthly_turnover: b.monthlyTurnover,
    capital: b.capital,
    size_class: sizeClass({ capital: b.capital, monthlyTurnover: b.monthlyTurnover }, thresholds),
    status: b.status ?? 'active',
    search_text: normalizeSearchText(`${b.name ?? ''} ${b.products ?? ''}`),
  };
}

/** A column written: its name, the API field name its history entry uses (null: not in the history), its SQL type. */
export type RecordField = readonly [column: string, field: string | null, type: string];

// In the order of the staged values, with the field names of people.mapper.ts personAuditView and
// businesses.mapper.ts businessAuditView.
export const PERSON_FIELDS: readonly RecordField[] = [
  ['nik', 'nik', 'text'],
  ['name', 'name', 'text'],
  ['gender', 'gender', 'text'],
  ['birth_date', 'birthDate', 'date'],
  ['krtp', 'krtp', 'boolean'],
  ['phone', 'phone', 'text'],
  ['street', 'street', 'text'],
  ['rt', 'rt', 'text'],
  ['rw', 'rw', 'text'],
  ['kelurahan_code', 'kelurahanCode', 'text'],
  ['education', 'education', 'text'],
  ['household_size', 'householdSize', 'smallint'],
  ['search_text', null, 'text'],
];
export const BUSINESS_FIELDS: readonly RecordField[] = [
  ['owner_krtp', null, 'boolean'],
  ['name', 'name', 'text'],
  ['home_industry', 'homeIndustry', 'boolean'],
  ['kelurahan_code', 'kelurahanCode', 'text'],
  ['kecamatan_code', 'kecamatanCode', 'text'],
  ['street', 'street', 'text'],
  ['rt', 'rt', 'text'],
  ['rw', 'rw', 'text'],
  ['latitude', 'latitude', 'float8'],
  ['longitude', 'longitude', 'float8'],
  ['products', 'products', 'text'],
  ['kbli_code', 'kbliCode', 'text'],
  ['kbli_version', 'kbliVersion', 'smallint'],
  ['sector', 'sector', 'text'],
  ['year_started', 'yearStarted', 'smallint'],
  ['workers_total', 'workersTotal', 'smallint'],
  ['workers_women', 'workersWomen', 'smallint'],
  ['monthly_turnover', 'monthlyTurnover', 'bigint'],
  ['capital', 'capital', 'bigint'],
  ['size_class', 'sizeClass', 'text'],
  ['status', 'status', 'text'],
  ['search_text', null, 'text'],
];

/** The changes of a create entry: {field: [null, value]} for each field with a value. */
function changes(fields: readonly RecordField[], row: Record<string, unknown>) {
  const out: Record<string, unknown> = {};
  for (const [column, field] of fields) {
    const v = row[column];
    if (field && v !== null && v !== undefined) out[field] = [null, v];
  }
  return out;
}

/** The columns the history does not record (search text, the owner's KRTP mark on a business). */
function unrecorded(fields: readonly RecordField[], row: Record<string, unknown>) {
  const out: Record<string, unknown> = {};
  for (const [column, field] of fields) if (!field) out[column] = row[column] ?? null;
  return out;
}

/**
 * What committing a row writes besides ids, as the JSON text the dry run stages beside the row
 * (`source_rows.records`): the changes of the new person's and business's history entries (`person`,
 * `business`) and their columns the history does not record (`personColumns`, `businessColumns`). Each
 * column's value is written once: the commit (commit-write.ts) reads the others from the changes, so the
 * text PostgreSQL parses is half what the columns and the changes side by side were. Built on the dry
 * run's thread, beside the normalising.
 */
export function commitRecords(
  row: { person: PersonDraft; business: BusinessDraft },
  thresholds: SizeThresholds,
): string {
  const person = personColumns(row.person);
  const business = businessColumns(row.business, !!row.person.krtp, thresholds);
  // One JSON.stringify of plain objects: a flat string, where building the text piece by piece left long
  // chains of joined strings for the batch's final join to copy (the dry run's thread took twice as long).
  return JSON.stringify({
    person: changes(PERSON_FIELDS, person),
    business: changes(BUSINESS_FIELDS, business),
    personColumns: unrecorded(PERSON_FIELDS, person),
    businessColumns: unrecorded(BUSINESS_FIELDS, business),
  });
}
