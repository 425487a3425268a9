import { type Address, parseAddress } from './address.ts';
import { blockKey } from './blocking.ts';
import {
  businessWords,
  housesOf,
  isProductFiller,
  kbliProducts,
  ownProductWords,
  pirtParts,
  productItems,
  splitDescribed,
} from './business-name.ts';
import type { BusinessRecord } from './linkage.types.ts';
import type { Spelled } from './words.ts';

/** A business record with everything comparisons need worked out once. */
export type PreparedBusiness = {
  id: number;
  ownerId: number;
  name: Spelled & { key: string };
  /** Words of the name and the products together: what the business makes. */
  theme: readonly string[];
  /** Each product of the product list, normalised ("kripik tempe"). */
  items: readonly string[];
  /**
   * Without a product list, the items of a name that lists several ("Kue Semprit & Kue Kacang"): maybe its
   * products, maybe a brand ("Cake & Cookies"); absent otherwise and in entries prepared before it.
   */
  nameItems?: readonly string[];
  /** The words of the product list alone, without the name's. */
  products: readonly string[];
  /**
   * The products are its industry code's (`kbliProducts`): a trade ("krupuk, kripik, peyek"), not a list
   * of what it makes; absent otherwise and in entries prepared before it.
   */
  trade?: true;
  /** Phonetic keys of the owner's names the business name carries ("Sambal Bu Rina": rina). */
  ownerNamed: readonly string[];
  /** The kinds of place its filler words say ("Dapur", "Griya"); absent in entries prepared before them. */
  houses?: readonly string[];
  /**
   * The name only names the products ("Keripik Singkong Bu Yuli" selling keripik singkong; "Kerajinan Rotan"
   * selling rotan: a word that names no product does not make a brand).
   */
  descriptive: boolean;
  kbli: string | null;
  /** BusinessRecord.sector when known (not "lainnya"); absent otherwise and in entries prepared before it. */
  sector?: string;
  kel: string | null;
  address: Address;
  nib: string | null;
  /** P-IRT certificates (13 digits) and producers (8 digits) of the record's P-IRT numbers. */
  certificates: readonly string[];
  producers: readonly string[];
  /** Other permit numbers (halal, BPOM, …) as "TYPE:number". */
  permits: readonly string[];
  /** The owner's household keys (PersonStore.household): relate owners who are husband and wife. */
  household: readonly number[];
  /** The owner's gender and name (its sounds), when known; absent in entries prepared before them. */
  ownerGender?: 'L' | 'P';
  ownerSound?: string;
  /** The owner's year of birth, when known; absent in entries prepared before it. */
  ownerBorn?: number;
  /** BusinessRecord.files: the imports whose rows this record is (one file lists a business once). */
  files?: readonly number[];
};

/** The owner's name (taken out of a name like "Keripik Bu Siti") and household keys. */
export type Owner = {
  name: Spelled;
  household: readonly number[];
  gender?: 'L' | 'P' | null;
  /** Her year of birth, when known. */
  born?: number | null;
};

function permitsOf(list: readonly string[]) {
  let nib: string | null = null;
  const certificates: string[] = [];
  const producers: string[] = [];
  const permits: string[] = [];
  for (const p of list) {
    const [type, number = ''] = p.split(/:(.*)/s);
    const pirt = type === 'PIRT' ? pirtParts(number) : null;
    if (type === 'NIB') nib = number;
    else if (pirt) {
      certificates.push(pirt.certificate);
      producers.push(pirt.producer);
    } else if (type !== 'PIRT') permits.push(p);
  }
  return { nib, certificates, producers, permits };
}

const listedIn = (name: string | null, products: readonly string[]) => {
  const items = products.length === 0 && name ? productItems(name) : [];
  return items.length >= 2 ? { nameItems: items } : {};
};

/** `ownerId` is the owner as matching sees her (after merges); `owner` her name and household. */
export function prepareBusiness(
  r: Omit<BusinessRecord, 'id'> & { id?: number },
  ownerId: number,
  owner: Owner,
): PreparedBusiness {
  const { brand, described } = r.name ? splitDescribed(r.name) : { brand: null, described: null };
  const { words, phon, ownerNamed } = businessWords(brand, owner.name);
  // No product list: what its industry code says it makes (an OSS export gives no more).
  const trade = r.products === null ? kbliProducts(r.kbliCode) : null;
  const made = r.products ?? trade;
  const listed = ownProductWords(made, owner.name);
  const products = described ? [...new Set([...listed, ...ownProductWords(described, owner.name)])] : listed;
  return {
    id: r.id ?? -1,
    ownerId,
    name: { words, phon, key: [...phon].sort().join(' ') },
    ownerNamed,
    houses: brand ? housesOf(brand) : [],
    theme: [...new Set([...words, ...products])].sort(),
    items: described ? [...new Set([...productItems(made), ...productItems(described)])] : productItems(made),
    ...listedIn(brand, products),
    products,
    ...(trade !== null && listed.length > 0 ? { trade: true as const } : {}),
    descriptive: words.length > 0 && words.every((w) => products.includes(w) || isProductFiller(w)),
    kbli: r.kbliCode,
    ...(r.sector && r.sector !== 'lainnya' ? { sector: r.sector } : {}),
    kel: r.kelurahanCode,
    address: parseAddress(r.street, r.rt, r.rw),
    ...permitsOf(r.permits),
    household: owner.household,
    ownerGender: owner.gender ?? undefined,
    ownerSound: owner.name.phon.length > 0 ? owner.name.phon.join(' ') : undefined,
    ...(owner.born ? { ownerBorn: owner.born } : {}),
    ...(r.files?.length ? { files: r.files } : {}),
  };
}

export const ownerKey = (ownerId: number): number => blockKey('o', String(ownerId));

/** Keys under which candidate businesses are looked up; the owner's other businesses come first. */
export function businessKeys(b: PreparedBusiness): number[] {
  const kel = b.kel ?? '';
  const keys = [ownerKey(b.ownerId)];
  if (b.nib) keys.push(blockKey('nib', b.nib));
  for (const p of b.producers) keys.push(blockKey('pp', p));
  for (const p of b.permits) keys.push(blockKey('pm', p));
  if (b.name.key) keys.push(blockKey('bn', kel, b.name.key));
  for (const w of b.name.phon) keys.push(blockKey('bw', kel, w));
  const { street, number } = b.address;
  if (street && number) keys.push(blockKey('ba', kel, street, number));
  return keys;
}
