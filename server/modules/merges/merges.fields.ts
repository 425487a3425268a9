import { sectorOfKbli } from '../../../shared/rules/kbli.ts';
import { normalizeSearchText } from '../../../shared/rules/search.ts';
import { sizeClass } from '../../../shared/rules/size-class.ts';
import type { SizeThresholds } from '../../config.ts';
import type { MergeKind } from './merges.repository.ts';

/** API field name → column, for the fields an operator may pick from either record when merging. */
export const MERGE_FIELDS: Record<MergeKind, Record<string, string[]>> = {
  person: {
    nik: ['nik'],
    name: ['name'],
    gender: ['gender'],
    birthDate: ['birth_date'],
    krtp: ['krtp'],
    phone: ['phone'],
    address: ['street', 'rt', 'rw'],
    kelurahanCode: ['kelurahan_code'],
    education: ['education'],
    householdSize: ['household_size'],
  },
  business: {
    name: ['name'],
    homeIndustry: ['home_industry'],
    kelurahanCode: ['kelurahan_code', 'kecamatan_code'],
    address: ['street', 'rt', 'rw'],
    location: ['latitude', 'longitude'],
    products: ['products'],
    kbliCode: ['kbli_code', 'kbli_version'],
    yearStarted: ['year_started'],
    workersTotal: ['workers_total'],
    workersWomen: ['workers_women'],
    workersFamilyUnpaid: ['workers_family_unpaid'],
    monthlyTurnover: ['monthly_turnover'],
    capital: ['capital'],
    sentra: ['sentra'],
    status: ['status'],
  },
};

export type FieldChoice = Record<string, 'survivor' | 'merged'>;

/**
 * The survivor's new values: a field the operator chose from the merged record, or one the survivor
 * lacks and the merged record has. Derived columns follow.
 */
export function mergedValues(
  kind: MergeKind,
  survivor: Record<string, unknown>,
  merged: Record<string, unknown>,
  choice: FieldChoice,
  thresholds: SizeThresholds,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  // An address is taken whole: a street from one record with the RT/RW of the other names no house.
  const address = choice.address ?? choice.street ?? choice.rt ?? choice.rw;
  choice = address ? { ...choice, address } : choice;
  for (const [field, columns] of Object.entries(MERGE_FIELDS[kind])) {
    const lead = columns[0] as string;
    const take = choice[field] === 'merged' || (choice[field] === undefined && survivor[lead] == null);
    if (!take || merged[lead] == null) continue;
    for (const c of columns) if (survivor[c] !== merged[c]) out[c] = merged[c];
  }
  // The IR level is not a choice: it follows the more recent confirmed assessment of the two.
  if (kind === 'business' && merged.ir_level != null) {
    const later = String(merged.ir_level_since ?? '') > String(survivor.ir_level_since ?? '');
    if (survivor.ir_level == null || later) {
      out.ir_level = merged.ir_level;
      out.ir_level_since = merged.ir_level_since;
    }
  }
  const next = { ...survivor, ...out };
  if (kind === 'person' && 'name' in out) out.search_text = normalizeSearchText(String(next.name));
  if (kind === 'business' && Object.keys(out).length) Object.assign(out, derived(next, thresholds));
  return out;
}

function derived(b: Record<string, unknown>, thresholds: SizeThresholds) {
  const kbli = b.kbli_code as string | null;
  return {
    sector: kbli ? sectorOfKbli(kbli) : b.sector,
    size_class: sizeClass(
      { capital: b.capital as number | null, monthlyTurnover: b.monthly_turnover as number | null },
      thresholds,
    ),
    search_text: normalizeSearchText(`${b.name} ${b.products ?? ''}`),
  };
}
