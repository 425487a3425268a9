import type { Business, BusinessListItem } from '../../../shared/contracts/businesses.ts';
import { KBLI_KNOWN } from '../../../shared/rules/kbli.ts';
import { maskNik } from '../../../shared/rules/nik.ts';
import type { BusinessRow } from '../../db/schema.ts';
import type { BusinessListRow } from './businesses.repository.ts';

export function toBusinessListItem(r: BusinessListRow): BusinessListItem {
  return {
    id: r.id,
    name: r.name,
    ownerName: r.owner_name,
    ownerNik: maskNik(r.owner_nik),
    krtp: r.krtp,
    homeIndustry: r.home_industry,
    kelurahanName: r.kelurahan_name,
    kecamatanName: r.kecamatan_name,
    sector: r.sector,
    kbliCode: r.kbli_code,
    sizeClass: r.size_class,
    permits: r.permits,
    status: r.status,
  };
}

export type BusinessWithAreas = BusinessRow & { kelurahan_name: string; kecamatan_name: string };

export function toBusiness(r: BusinessWithAreas): Business {
  return {
    id: r.id,
    name: r.name,
    homeIndustry: r.home_industry,
    ownerId: r.owner_id,
    kelurahanCode: r.kelurahan_code,
    kelurahanName: r.kelurahan_name,
    kecamatanCode: r.kecamatan_code,
    kecamatanName: r.kecamatan_name,
    street: r.street,
    rt: r.rt,
    rw: r.rw,
    latitude: r.latitude,
    longitude: r.longitude,
    products: r.products,
    kbliCode: r.kbli_code,
    kbliVersion: r.kbli_version,
    kbliName: r.kbli_code ? (KBLI_KNOWN[r.kbli_code]?.name ?? null) : null,
    sector: r.sector,
    yearStarted: r.year_started,
    workersTotal: r.workers_total,
    workersWomen: r.workers_women,
    workersFamilyUnpaid: r.workers_family_unpaid,
    monthlyTurnover: r.monthly_turnover,
    capital: r.capital,
    sizeClass: r.size_class as Business['sizeClass'],
    sentra: r.sentra,
    status: r.status,
    version: r.version,
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

const NOT_AUDITED = new Set([
  'id',
  'version',
  'createdAt',
  'updatedAt',
  'kelurahanName',
  'kecamatanName',
  'kbliName',
]);

/** API field names and values of what a business's history records. */
export function businessAuditView(r: BusinessRow): Record<string, unknown> {
  const all = toBusiness({ ...r, kelurahan_name: '', kecamatan_name: '' });
  return Object.fromEntries(Object.entries(all).filter(([k]) => !NOT_AUDITED.has(k)));
}
