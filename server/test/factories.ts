import { buildNik } from '../../shared/rules/nik.ts';

let serial = 1000;

/** A synthetic, valid NIK for Blimbing (35.73.01); each call gives a new serial. */
export function nik(gender: 'L' | 'P' = 'P', birthDate = '1985-04-18', district = '35.73.01'): string {
  serial += 1;
  return buildNik({ districtCode: district, gender, birthDate, serial });
}

export function owner(overrides: Record<string, unknown> = {}) {
  return {
    nik: nik(),
    name: 'Siti Aminah',
    gender: 'P',
    birthDate: '1985-04-18',
    krtp: true,
    phone: '0812-3456-7890',
    street: 'Jl. Sanan',
    rt: '03',
    rw: '05',
    kelurahanCode: '35.73.01.1007',
    ...overrides,
  };
}

export function business(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Kripik Tempe Sanan Jaya',
    homeIndustry: true,
    kelurahanCode: '35.73.01.1007',
    street: 'Jl. Sanan Gg. II',
    products: 'keripik tempe, keripik sanjai',
    kbliCode: '10794',
    workersTotal: 3,
    workersWomen: 2,
    workersFamilyUnpaid: 1,
    monthlyTurnover: 4_500_000,
    capital: 10_000_000,
    latitude: -7.9597,
    longitude: 112.6498,
    owner: owner(),
    ...overrides,
  };
}
