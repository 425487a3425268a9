import type { Person, PersonInput } from '../../../../shared/contracts/people.ts';
import { kecamatanOfKelurahan } from '../../api/areas.ts';
import { num, text } from '../../components/form-convert.ts';

export type PersonFormValues = {
  nik: string;
  name: string;
  gender: '' | 'L' | 'P';
  birthDate: string;
  krtp: boolean;
  phone: string;
  street: string;
  rt: string;
  rw: string;
  kecamatanCode: string;
  kelurahanCode: string;
  education: string;
  householdSize: number | string;
};

type Address = { street: string; rt: string; rw: string; kelurahanCode: string };

export function emptyPerson(): PersonFormValues {
  return {
    nik: '',
    name: '',
    gender: '',
    birthDate: '',
    krtp: false,
    phone: '',
    street: '',
    rt: '',
    rw: '',
    kecamatanCode: '',
    kelurahanCode: '',
    education: '',
    householdSize: '',
  };
}

/** NIK and phone are not prefilled: the API returns them masked, and a masked value must never be sent back. */
export function personFromRecord(p: Person): PersonFormValues {
  return {
    ...emptyPerson(),
    name: p.name,
    gender: p.gender ?? '',
    birthDate: p.birthDate ?? '',
    krtp: p.krtp,
    street: p.street ?? '',
    rt: p.rt ?? '',
    rw: p.rw ?? '',
    kecamatanCode: kecamatanOfKelurahan(p.kelurahanCode) ?? '',
    kelurahanCode: p.kelurahanCode ?? '',
    education: p.education ?? '',
    householdSize: p.householdSize ?? '',
  };
}

/** Form values → API input; `address` replaces the person's own address (same as the business). */
export function toPersonInput(p: PersonFormValues, address?: Address): PersonInput {
  const a = address ?? p;
  return {
    nik: text(p.nik),
    name: p.name,
    gender: p.gender || null,
    birthDate: text(p.birthDate),
    krtp: p.krtp,
    phone: text(p.phone),
    street: text(a.street),
    rt: text(a.rt),
    rw: text(a.rw),
    kelurahanCode: text(a.kelurahanCode),
    education: (p.education || null) as PersonInput['education'],
    householdSize: num(p.householdSize),
  };
}
