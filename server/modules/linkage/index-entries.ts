import { blockKey } from './blocking.ts';
import { BusinessStats } from './business-compare.ts';
import { businessKeys, type PreparedBusiness, prepareBusiness } from './business-record.ts';
import type { BusinessRecord, PersonRecord } from './linkage.types.ts';
import type { BusinessQuery, PersonQuery } from './linker.ts';
import {
  bornOf,
  householdKeys,
  type PreparedPerson,
  personKeys,
  phoneKey,
  preparePerson,
} from './person-record.ts';
import { PersonStats } from './person-stats.ts';
import type { Spelled } from './words.ts';

/**
 * What one registry record puts in the linkage index: the blocking keys it is found under and the terms it
 * adds to the value frequencies — exactly what a linker loaded with the whole registry would count.
 */
export type IndexEntry = { keys: number[]; terms: string[] };

// Used only for their term names: a record's terms do not depend on counts.
const PERSON_TERMS = new PersonStats();
const BUSINESS_TERMS = new BusinessStats();
const NO_OWNER: Spelled = { words: [], phon: [] };

/** The entry, and the record as linkage compares it (kept in the index for small imports). */
export function personEntry(r: PersonRecord): IndexEntry & { prepared: PreparedPerson } {
  const p = preparePerson(r);
  return { keys: personKeys(p), terms: PERSON_TERMS.terms(p), prepared: p };
}

/**
 * `owner`: the owner as recorded (null when she was erased): her name is taken out of the business name,
 * and her household keys relate her businesses to her husband's — as a whole-registry linker prepares it.
 */
export function businessEntry(
  r: BusinessRecord,
  owner: PersonRecord | null,
): IndexEntry & { prepared: PreparedBusiness } {
  const o = owner === null ? null : preparePerson(owner);
  const household = o === null ? [] : [...new Set(householdKeys(o))];
  const b = prepareBusiness(r, r.ownerId, {
    name: o?.name ?? NO_OWNER,
    household,
    gender: o?.gender,
    born: o === null ? null : bornOf(o),
  });
  return { keys: businessKeys(b), terms: BUSINESS_TERMS.terms(b), prepared: b };
}

export function personPhoneKey(phone: string | null): number | null {
  return phone ? phoneKey(phone) : null;
}

/** Keys and terms a person row of an import will ask about. */
export function personNeeds(q: PersonQuery): IndexEntry & { phone: number | null } {
  const p = preparePerson(q);
  return { keys: personKeys(p), terms: PERSON_TERMS.terms(p), phone: personPhoneKey(p.phone) };
}

// Beyond this many name words the variants are not listed (2^words); such a row is linked in full.
const MAX_VARIANT_WORDS = 10;

/**
 * Keys and terms a business row will ask about whoever its owner turns out to be: the owner's name words
 * are taken out of the business name, so every subset of the name's words is a possible name. The owner
 * key is not among them (it depends on the person the row links to). `places`: the terms of the people's
 * tables it asks about (home industries work at home: a business's kelurahan and street are weighed by
 * the people's frequencies). Null when the name is too long.
 */
export function businessNeeds(q: Omit<BusinessQuery, 'ownerId'>): (IndexEntry & { places: string[] }) | null {
  const b = prepareBusiness({ ...q, ownerId: -1 }, -1, { name: NO_OWNER, household: [] });
  const { phon } = b.name;
  if (phon.length > MAX_VARIANT_WORDS) return null;
  const keys = businessKeys(b).slice(1);
  const terms = BUSINESS_TERMS.terms(b);
  const kel = b.kel ?? '';
  for (let mask = 1; mask < (1 << phon.length) - 1; mask++) {
    const kept = phon.filter((_, i) => mask & (1 << i));
    const variant = { ...b, name: { words: kept, phon: kept, key: [...kept].sort().join(' ') } };
    keys.push(blockKey('bn', kel, variant.name.key));
    terms.push(...BUSINESS_TERMS.terms(variant));
  }
  const places: string[] = [];
  PERSON_TERMS.placeTerms(b.kel, b.address, places);
  return { keys, terms, places };
}

export { ownerKey } from './business-record.ts';
