import type { QueryParams } from '../../api/client.ts';

export const BUSINESS_FILTER_KEYS = [
  'q',
  'kecamatan',
  'kelurahan',
  'sector',
  'kbli',
  'krtp',
  'homeIndustry',
  'permit',
  'permitMissing',
  'level',
  'sizeClass',
  'status',
  // Set by the dashboard's links: micro enterprises, and businesses with an event in a period.
  'micro',
  'flow',
  'from',
  'to',
] as const;
export type BusinessFilterKey = (typeof BUSINESS_FILTER_KEYS)[number];
export type BusinessFilters = Record<BusinessFilterKey, string>;

/** URL values → API query (the names are the same; empty values are dropped by the client). */
export function toBusinessQuery(f: BusinessFilters): QueryParams {
  return { ...f };
}

export function activeFilterCount(f: BusinessFilters): number {
  return BUSINESS_FILTER_KEYS.filter((k) => k !== 'q' && f[k] !== '').length;
}
