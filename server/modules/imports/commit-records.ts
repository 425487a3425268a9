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
    search_text: normalizeSearchText(`${b.name ?? ''} ${b.products ?? ''}`),
  };
}

// Each column written, with the API field name its history entry uses (null: not in the history), as
// people.mapper.ts personAuditView and businesses.mapper.ts businessAuditView name them.
const PERSON_FIELDS: readonly (readonly [string, string | null])[] = [
  ['nik', 'nik'],
  ['name', 'name'],
  ['gender', 'gender'],
  ['birth_date', 'birthDate'],
  ['krtp', 'krtp'],
  ['phone', 'phone'],
  ['street', 'street'],
  ['rt', 'rt'],
  ['rw', 'rw'],
  ['kelurahan_code', 'kelurahanCode'],
  ['education', 'education'],
  ['household_size', 'householdSize'],
  ['search_text', null],
];
const BUSINESS_FIELDS: readonly (readonly [string, string | null])[] = [
  ['owner_krtp', null],
  ['name', 'name'],
  ['home_industry', 'homeIndustry'],
  ['kelurahan_code', 'kelurahanCode'],
  ['kecamatan_code', 'kecamatanCode'],
  ['street', 'street'],
  ['rt', 'rt'],
  ['rw', 'rw'],
  ['latitude', 'latitude'],
  ['longitude', 'longitude'],
  ['products', 'products'],
  ['kbli_code', 'kbliCode'],
  ['kbli_version', 'kbliVersion'],
  ['sector', 'sector'],
  ['year_started', 'yearStarted'],
  ['workers_total', 'workersTotal'],
  ['workers_women', 'workersWomen'],
  ['monthly_turnover', 'monthlyTurnover'],
  ['capital', 'capital'],
  ['size_class', 'sizeClass'],
  ['search_text', null],
];
// What the database fills in that a business's history records: its status ("ownerId" is added at commit).
const BUSINESS_DEFAULTS = { status: [null, 'active'] };

/** The columns of `personColumns` and `businessColumns`, in their order (the commit's insert lists). */
export const PERSON_COLUMNS = PERSON_FIELDS.map(([c]) => c);
export const BUSINESS_COLUMNS = BUSINESS_FIELDS.map(([c]) => c);

/** The changes of a create entry: {field: [null, value]} for each field with a value. */
function changes(fields: readonly (readonly [string, string | null])[], row: Record<string, unknown>) {
  const out: Record<string, unknown> = {};
  for (const [column, field] of fields) {
    const v = row[column];
    if (field && v !== null && v !== undefined) out[field] = [null, v];
  }
  return out;
}

/**
 * What committing a row writes besides ids, as the JSON text the dry run stages beside the row
 * (`source_rows.records`): the new person's and business's columns and the changes of their history
 * entries. The commit then sends PostgreSQL only the ids it decided (commit-write.ts), and the business's
 * owner is added to its entry there. Built on the dry run's thread, beside the normalising.
 */
export function commitRecords(
  row: { person: PersonDraft; business: BusinessDraft },
  thresholds: SizeThresholds,
): string {
  const person = personColumns(row.person);
  const business = businessColumns(row.business, !!row.person.krtp, thresholds);
  const businessChanges = { ...changes(BUSINESS_FIELDS, business), ...BUSINESS_DEFAULTS };
  // One JSON.stringify of plain objects: a flat string, where building the text piece by piece left long
  // chains of joined strings for the batch's final join to copy (the dry run's thread took twice as long).
  return JSON.stringify({ person, business, personChanges: changes(PERSON_FIELDS, person), businessChanges });
}
