import type { QueryParams } from '../../api/client.ts';

/** The dashboard's filters, kept in the URL so a leader can share the exact view as a link. */
export const DASHBOARD_FILTER_KEYS = [
  'kecamatan',
  'kelurahan',
  'sector',
  'level',
  'krtp',
  'from',
  'to',
  'asOf',
] as const;
export type DashboardFilterKey = (typeof DASHBOARD_FILTER_KEYS)[number];
export type DashboardFilters = Record<DashboardFilterKey, string>;

// The filters that narrow which businesses count; the list takes the same names.
const AREA_AND_KIND = ['kecamatan', 'kelurahan', 'sector', 'level', 'krtp'] as const;

export function toSummaryQuery(f: DashboardFilters): QueryParams {
  return { ...f };
}

export function activeDashboardFilters(f: DashboardFilters): number {
  return DASHBOARD_FILTER_KEYS.filter((k) => f[k] !== '').length;
}

/** Which of the three nested headline figures a link opens. */
export type Figure = 'micro' | 'hi' | 'krtp';

function withFilters(f: DashboardFilters, extra: Record<string, string>): string {
  const p = new URLSearchParams();
  for (const k of AREA_AND_KIND) if (f[k]) p.set(k, f[k]);
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  return `/usaha?${p}`;
}

/**
 * The business list behind a stock figure (active micro enterprises, home industries among them, or those
 * run by a KRTP woman) under the dashboard's filters and the clicked bar's own value. None as of a past
 * date: the list shows the registry as it is now.
 */
export function stockHref(
  f: DashboardFilters,
  figure: Figure,
  bar: Record<string, string> = {},
): string | undefined {
  if (f.asOf || (f.to && f.to < todayIso())) return undefined;
  const conflict = Object.entries(bar).some(
    ([k, v]) => f[k as DashboardFilterKey] && f[k as DashboardFilterKey] !== v,
  );
  if (conflict || (figure === 'krtp' && f.krtp === 'false')) return undefined;
  const kind: Record<string, string> =
    figure === 'micro'
      ? {}
      : figure === 'hi'
        ? { homeIndustry: 'true' }
        : { homeIndustry: 'true', krtp: 'true' };
  return withFilters(f, { status: 'active', micro: 'true', ...kind, ...bar });
}

/** The business list behind a flow of the period (the server's resolved period). */
export function flowHref(f: DashboardFilters, flow: string, period: { from: string; to: string }) {
  return withFilters(f, { flow, from: period.from, to: period.to });
}

export function todayIso(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
}
