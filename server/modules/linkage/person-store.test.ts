import { describe, expect, it } from 'vitest';
import type { PersonRecord } from './linkage.types.ts';
import { phoneKey, preparePerson } from './person-record.ts';
import { PersonStore } from './person-store.ts';

const person = (id: number, name: string, phone: string): PersonRecord => ({
  id,
  nik: null,
  name,
  gender: null,
  birthDate: null,
  phone,
  kelurahanCode: '35.73.05.1003',
  street: null,
  rt: null,
  rw: null,
});
const P = '6281234567890';
const R = '6285755512345';

describe('holders of a phone when only part of the registry is loaded', () => {
  // The registry: Aminah and Bu Sri share a phone; Yuli has another.
  const registry = [person(1, 'Aminah', P), person(2, 'Sri Wahyuni', P), person(5, 'Yuli Astuti', R)];
  // The file: a new woman with that phone, Aminah again, and Yuli now giving that phone too.
  const rows = [person(3, 'Endang Lestari', P), person(1, 'Siti Aminah', P), person(5, 'Yuli', P)];

  it('counts the registry’s holders and every row’s person not among them, as a full store does', () => {
    const full = new PersonStore();
    for (const r of [...registry, ...rows]) full.add(r);
    expect(full.holders(phoneKey(P))).toBe(4);

    // Only Aminah and Yuli are loaded (Bu Sri is not a candidate); the index says two people hold P.
    const part = new PersonStore(false, { blocks: new Map(), phones: new Map([[phoneKey(P), 2]]) });
    for (const r of [registry[0], registry[2]]) part.addRegistered(preparePerson(r as PersonRecord));
    for (const r of rows) part.add(r);
    expect(part.holders(phoneKey(P))).toBe(4);
  });

  it('refuses a phone whose holders were not read', () => {
    const part = new PersonStore(false, { blocks: new Map(), phones: new Map() });
    part.add(person(3, 'Endang Lestari', P));
    expect(() => part.holders(phoneKey(P))).toThrow(/linkage:/);
  });
});
