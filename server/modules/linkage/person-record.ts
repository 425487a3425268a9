import { type Address, parseAddress } from './address.ts';
import { blockKey } from './blocking.ts';
import type { PersonRecord } from './linkage.types.ts';
import { memo } from './memo.ts';
import { nikFacts, nikKeys } from './nik.ts';
import { nameKey, normalizePersonName } from './person-name.ts';
import { phonetic } from './phonetic.ts';
import type { Spelled } from './words.ts';

export type PreparedName = Spelled & {
  abbrevs: readonly string[];
  key: string;
  soundKey: string;
  /** Per word: its phonetic key and the initials of the other words (a blocking key part). */
  blockWords: readonly string[];
  /** Distinct first letters of words and abbreviations. */
  initials: readonly string[];
};

/** A person record with everything comparisons need worked out once. */
export type PreparedPerson = {
  id: number;
  name: PreparedName;
  nik: string | null;
  gender: 'L' | 'P' | null;
  genderFromNik: boolean;
  birth: string | null;
  birthFromNik: boolean;
  /** Without a birth date, the year of birth a year column or an age says (about). */
  birthYear: number | null;
  phone: string | null;
  kel: string | null;
  address: Address;
};

/** Her year of birth: of her birth date, or the year a year column or an age says; null when none does. */
export const bornOf = (p: Pick<PreparedPerson, 'birth' | 'birthYear'>): number | null =>
  p.birth ? Number(p.birth.slice(0, 4)) : p.birthYear;

/** Shared between records with the same written name: treat as read-only. */
export const prepareName = memo((raw: string): PreparedName => {
  const n = normalizePersonName(raw);
  const phon = n.words.map(phonetic);
  // One key per word with the others' initials: survives a typo in any other word, and word order.
  const initials = [...n.words, ...n.abbrevs].map((w) => w.charAt(0));
  const others = (i: number) =>
    initials
      .filter((_, j) => j !== i)
      .sort()
      .join('');
  const blockWords = phon.map((ph, i) => `${ph}|${others(i)}`);
  const soundKey = [...phon].sort().join(' ');
  return { ...n, phon, key: nameKey(n), soundKey, blockWords, initials: [...new Set(initials)] };
});

/** Declared gender and birth date win; the NIK fills in what a source left empty. */
export function preparePerson(r: Omit<PersonRecord, 'id'> & { id?: number }): PreparedPerson {
  const facts = nikFacts(r.nik);
  return {
    id: r.id ?? -1,
    name: prepareName(r.name),
    nik: facts ? r.nik : null,
    gender: r.gender ?? facts?.gender ?? null,
    genderFromNik: r.gender === null && facts !== null,
    birth: r.birthDate ?? facts?.birthDate ?? null,
    birthFromNik: r.birthDate === null && facts !== null,
    // Set on every record, so that all have one shape (comparisons run millions of times).
    birthYear: r.birthDate === null && !facts ? (r.birthYear ?? null) : null,
    phone: r.phone,
    kel: r.kelurahanCode,
    address: parseAddress(r.street, r.rt, r.rw),
  };
}

/** Keys under which candidates are looked up; each key's block is capped by the index. */
export function personKeys(p: PreparedPerson): number[] {
  const kel = p.kel ?? '';
  const keys = p.nik ? nikKeys(p.nik) : [];
  if (p.phone) keys.push(phoneKey(p.phone));
  if (p.birth) keys.push(blockKey('b', p.birth));
  const { name, address } = p;
  // Same name in the kecamatan: a kelurahan written wrong (the business's instead of the home's).
  if (name.soundKey) keys.push(blockKey('c', kel.slice(0, 8), name.soundKey));
  for (const word of name.blockWords) keys.push(blockKey('w', kel, word));
  if (address.street && address.number) keys.push(blockKey('a', kel, address.street, address.number));
  // Neighbours in one RT whose names share an initial: "Bu Aminah" and "Siti Aminah".
  if (address.rt && address.rw) {
    for (const initial of name.initials)
      keys.push(blockKey('r', kel, `${address.rw}.${address.rt}`, initial));
  }
  return keys;
}

export const phoneKey = (phone: string): number => blockKey('p', phone);

/**
 * Phone and house (street with number, or street with RT/RW): what members of one household share, used
 * to relate the owners of two businesses (the husband named on his wife's P-IRT).
 */
export function householdKeys(p: PreparedPerson): number[] {
  const keys = p.phone ? [phoneKey(p.phone)] : [];
  const { street, number, rt, rw } = p.address;
  if (p.kel && street && number) keys.push(blockKey('h', p.kel, street, number));
  if (p.kel && street && rt && rw) keys.push(blockKey('h', p.kel, street, `${rw}.${rt}`));
  return keys;
}
