import { sql } from 'kysely';
import type { z } from 'zod';
import type { PersonFields } from '../../../shared/contracts/people.ts';
import { normalizeNikInput } from '../../../shared/rules/nik.ts';
import { normalizePhone } from '../../../shared/rules/phone.ts';
import { normalizeSearchText } from '../../../shared/rules/search.ts';
import type { Database } from '../../db/connection.ts';
import { codeInScope } from '../../db/scope.ts';
import type { Caller } from '../../http/caller.ts';
import { loadRegistryRows } from '../imports/registry-snapshot.ts';
import { createLinker, type LinkageConfig } from '../linkage/index.ts';

const CANDIDATES = 60;

type PersonInput = Partial<z.infer<typeof PersonFields>> & { name: string };

/** Before a person is saved by hand: registered people she may already be (same NIK, phone or a similar name). */
export async function personDuplicates(db: Database, zones: LinkageConfig, p: PersonInput, caller: Caller) {
  const nik = normalizeNikInput(p.nik).value;
  const phone = p.phone ? normalizePhone(p.phone).value : null;
  const name = normalizeSearchText(p.name);
  const ids = await sql<{ id: number }>`
    select id from people where erased_at is null and (
      (${nik}::text is not null and nik = ${nik}) or (${phone}::text is not null and phone = ${phone})
      or (search_text % ${name} and (${p.kelurahanCode ?? null}::text is null or kelurahan_code = ${p.kelurahanCode ?? null})))
    order by (nik = ${nik}) is true desc, (phone = ${phone}) is true desc, similarity(search_text, ${name}) desc
    limit ${CANDIDATES}`.execute(db);
  const { people } = await loadRegistryRows(
    db,
    ids.rows.map((r) => Number(r.id)),
    [],
  );
  const linker = createLinker(zones);
  for (const person of people) linker.addPerson(person);
  const matches = linker.matchPerson({
    nik,
    name: p.name,
    gender: p.gender ?? null,
    birthDate: p.birthDate ?? null,
    phone,
    kelurahanCode: p.kelurahanCode ?? null,
    street: p.street ?? null,
    rt: p.rt ?? null,
    rw: p.rw ?? null,
  });
  const byId = new Map(people.map((x) => [x.id, x]));
  return {
    matches: matches
      .filter((m) => codeInScope(byId.get(m.id)?.kelurahanCode, caller.scope))
      .map((m) => ({ id: m.id, label: byId.get(m.id)?.name ?? '', score: m.score, evidence: m.evidence })),
  };
}

type BusinessInput = {
  name: string;
  kelurahanCode: string;
  products?: string | null;
  ownerId?: number | null;
  street?: string | null;
};

/** Before a business is saved by hand: similar businesses in its kelurahan or of the same owner. */
export async function businessDuplicates(
  db: Database,
  zones: LinkageConfig,
  b: BusinessInput,
  caller: Caller,
) {
  const name = normalizeSearchText(`${b.name} ${b.products ?? ''}`);
  const rows = await sql<{ id: number; owner_id: number }>`
    select id, owner_id from businesses
    where (search_text % ${name} and kelurahan_code = ${b.kelurahanCode})
      or (${b.ownerId ?? null}::bigint is not null and owner_id = ${b.ownerId ?? null})
    order by similarity(search_text, ${name}) desc
    limit ${CANDIDATES}`.execute(db);
  const ownerIds = [
    ...new Set([...rows.rows.map((r) => Number(r.owner_id)), ...(b.ownerId ? [b.ownerId] : [])]),
  ];
  const reg = await loadRegistryRows(
    db,
    ownerIds,
    rows.rows.map((r) => Number(r.id)),
  );
  const linker = createLinker(zones);
  for (const p of reg.people) linker.addPerson(p);
  for (const x of reg.businesses) linker.addBusiness(x);
  const ownerId = b.ownerId ?? -1;
  if (ownerId === -1)
    linker.addPerson({
      id: -1,
      nik: null,
      name: '',
      gender: null,
      birthDate: null,
      phone: null,
      kelurahanCode: null,
      street: null,
      rt: null,
      rw: null,
    });
  // An owner typed in the same form is nobody yet: she may be the owner of any candidate.
  const reviewOwners = b.ownerId ? [] : ownerIds;
  const matches = linker.matchBusiness(
    {
      ownerId,
      name: b.name,
      kelurahanCode: b.kelurahanCode,
      street: b.street ?? null,
      rt: null,
      rw: null,
      products: b.products ?? null,
      kbliCode: null,
      permits: [],
    },
    { reviewOwners },
  );
  const byId = new Map(reg.businesses.map((x) => [x.id, x]));
  return {
    matches: matches
      .filter((m) => codeInScope(byId.get(m.id)?.kelurahanCode, caller.scope))
      .map((m) => ({ id: m.id, label: byId.get(m.id)?.name ?? '', score: m.score, evidence: m.evidence })),
  };
}
