import {
  type BusinessDetail,
  BusinessInput,
  BusinessPatch,
} from '../../../../shared/contracts/businesses.ts';
import { PersonInput } from '../../../../shared/contracts/people.ts';
import { kecamatanOfKelurahan } from '../../api/areas.ts';
import { num, text } from '../../components/form-convert.ts';
import { type FieldErrors, zodFieldErrors } from '../../components/form-errors.ts';
import { emptyPerson, type PersonFormValues, toPersonInput } from '../people/person-form-values.ts';

type Num = number | string;

export type BusinessFormValues = {
  name: string;
  homeIndustry: boolean;
  kecamatanCode: string;
  kelurahanCode: string;
  street: string;
  rt: string;
  rw: string;
  latitude: Num;
  longitude: Num;
  products: string;
  kbliCode: string;
  kbliVersion: number | null;
  yearStarted: Num;
  workersTotal: Num;
  workersWomen: Num;
  workersFamilyUnpaid: Num;
  monthlyTurnover: Num;
  capital: Num;
  sentra: string;
  status: 'active' | 'closed';
  ownerMode: 'new' | 'existing';
  ownerId: string;
  ownerLabel: string;
  ownerSameAddress: boolean;
  owner: PersonFormValues;
};

const str = (v: string | number | null | undefined): string => (v == null ? '' : String(v));
const numOrEmpty = (v: number | null | undefined): Num => (v == null ? '' : v);

export function emptyBusiness(): BusinessFormValues {
  return {
    name: '',
    homeIndustry: true,
    kecamatanCode: '',
    kelurahanCode: '',
    street: '',
    rt: '',
    rw: '',
    latitude: '',
    longitude: '',
    products: '',
    kbliCode: '',
    kbliVersion: null,
    yearStarted: '',
    workersTotal: '',
    workersWomen: '',
    workersFamilyUnpaid: '',
    monthlyTurnover: '',
    capital: '',
    sentra: '',
    status: 'active',
    ownerMode: 'new',
    ownerId: '',
    ownerLabel: '',
    ownerSameAddress: true,
    owner: emptyPerson(),
  };
}

export function fromDetail(b: BusinessDetail): BusinessFormValues {
  return {
    ...emptyBusiness(),
    name: b.name,
    homeIndustry: b.homeIndustry,
    kecamatanCode: b.kecamatanCode || (kecamatanOfKelurahan(b.kelurahanCode) ?? ''),
    kelurahanCode: b.kelurahanCode,
    street: str(b.street),
    rt: str(b.rt),
    rw: str(b.rw),
    latitude: numOrEmpty(b.latitude),
    longitude: numOrEmpty(b.longitude),
    products: str(b.products),
    kbliCode: str(b.kbliCode),
    kbliVersion: b.kbliVersion,
    yearStarted: numOrEmpty(b.yearStarted),
    workersTotal: numOrEmpty(b.workersTotal),
    workersWomen: numOrEmpty(b.workersWomen),
    workersFamilyUnpaid: numOrEmpty(b.workersFamilyUnpaid),
    monthlyTurnover: numOrEmpty(b.monthlyTurnover),
    capital: numOrEmpty(b.capital),
    sentra: str(b.sentra),
    status: b.status,
    ownerMode: 'existing',
    ownerId: String(b.ownerId),
    ownerLabel: b.owner.name,
  };
}

/** The business's own fields as the API takes them: empty text is null, numbers are numbers. */
export function toBusinessFields(v: BusinessFormValues) {
  const kbli = text(v.kbliCode);
  return {
    name: v.name,
    homeIndustry: v.homeIndustry,
    kelurahanCode: v.kelurahanCode,
    street: text(v.street),
    rt: text(v.rt),
    rw: text(v.rw),
    latitude: num(v.latitude),
    longitude: num(v.longitude),
    products: text(v.products),
    kbliCode: kbli,
    kbliVersion: kbli ? ((v.kbliVersion ?? 2020) as 2020 | 2025) : null,
    yearStarted: num(v.yearStarted),
    workersTotal: num(v.workersTotal),
    workersWomen: num(v.workersWomen),
    workersFamilyUnpaid: num(v.workersFamilyUnpaid),
    monthlyTurnover: num(v.monthlyTurnover),
    capital: num(v.capital),
    sentra: text(v.sentra),
    status: v.status,
  };
}

export function ownerInput(v: BusinessFormValues) {
  const address = v.ownerSameAddress
    ? { street: v.street, rt: v.rt, rw: v.rw, kelurahanCode: v.kelurahanCode }
    : undefined;
  return toPersonInput(v.owner, address);
}

export function toBusinessInput(v: BusinessFormValues): BusinessInput {
  const fields = toBusinessFields(v);
  if (v.ownerMode === 'existing') return { ...fields, ownerId: v.ownerId ? Number(v.ownerId) : undefined };
  return { ...fields, owner: ownerInput(v) };
}

/** What the duplicate checks take: the business, and the owner when she is typed in as new. */
export function toDuplicateProbe(v: BusinessFormValues) {
  const existing = v.ownerMode === 'existing' && v.ownerId ? Number(v.ownerId) : null;
  return {
    person: v.ownerMode === 'new' ? ownerInput(v) : null,
    business: {
      name: v.name,
      kelurahanCode: v.kelurahanCode,
      products: text(v.products),
      street: text(v.street),
      ownerId: existing,
    },
  };
}

export function toBusinessPatch(v: BusinessFormValues, version: number, ownerId?: number): BusinessPatch {
  return { ...toBusinessFields(v), version, ...(ownerId ? { ownerId } : {}) };
}

/** Client-side check with the contract's own schemas, so messages match what the server would say. */
export function validateBusiness(v: BusinessFormValues, mode: 'create' | 'edit'): FieldErrors {
  if (mode === 'create') {
    const r = BusinessInput.safeParse(toBusinessInput(v));
    return r.success ? {} : zodFieldErrors(r.error);
  }
  const r = BusinessPatch.safeParse(toBusinessPatch(v, 1));
  const errors = r.success ? {} : zodFieldErrors(r.error);
  if (v.ownerMode === 'new') {
    const p = PersonInput.safeParse(ownerInput(v));
    if (!p.success) Object.assign(errors, zodFieldErrors(p.error, 'owner.'));
  } else if (!v.ownerId) {
    errors.ownerId = 'Pilih pemilik usaha atau isi data pemilik baru.';
  }
  return errors;
}
