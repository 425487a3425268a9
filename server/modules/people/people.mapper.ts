import type { Person } from '../../../shared/contracts/people.ts';
import { maskNik } from '../../../shared/rules/nik.ts';
import { maskPhone } from '../../../shared/rules/phone.ts';
import type { PersonRow } from '../../db/schema.ts';

export type PersonWithAreas = PersonRow & { kelurahan_name: string | null; kecamatan_name: string | null };

/** NIK and phone leave the server masked; the reveal endpoint gives one value, with a purpose, logged. */
export function toPerson(r: PersonWithAreas): Person {
  return {
    id: r.id,
    nik: maskNik(r.nik),
    name: r.name,
    gender: r.gender,
    birthDate: r.birth_date,
    krtp: r.krtp,
    phone: maskPhone(r.phone),
    street: r.street,
    rt: r.rt,
    rw: r.rw,
    kelurahanCode: r.kelurahan_code,
    kelurahanName: r.kelurahan_name,
    kecamatanName: r.kecamatan_name,
    education: r.education as Person['education'],
    householdSize: r.household_size,
    processingRestrictedAt: r.processing_restricted_at
      ? new Date(r.processing_restricted_at).toISOString()
      : null,
    erasedAt: r.erased_at ? new Date(r.erased_at).toISOString() : null,
    version: r.version,
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

/** API field names of the columns a person's history records. */
export function personAuditView(r: PersonRow) {
  return {
    nik: r.nik,
    name: r.name,
    gender: r.gender,
    birthDate: r.birth_date,
    krtp: r.krtp,
    phone: r.phone,
    street: r.street,
    rt: r.rt,
    rw: r.rw,
    kelurahanCode: r.kelurahan_code,
    education: r.education,
    householdSize: r.household_size,
  };
}
