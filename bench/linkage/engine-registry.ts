import { createRandom } from '../../server/modules/demo/random.ts';
import {
  type BusinessRecord,
  createLinker,
  type LinkageConfig,
  type Linker,
  type PersonRecord,
  resolveRow,
} from '../../server/modules/linkage/index.ts';
import { machine, showLap, timed } from './engine-clock.ts';
import type { Truth } from './households.ts';
import type { LinkageObservation } from './population.ts';

export type Registry = { linker: Linker; personId: Map<string, number>; businessId: Map<string, number> };

/** Every true person and business once, with clean values, as the registry would hold them. */
function recordsOf(truth: Truth) {
  const personId = new Map(truth.people.map((p, i) => [p.key, i + 1]));
  const owners = new Map(truth.people.map((p) => [p.key, p]));
  const people: PersonRecord[] = truth.people.map((p, i) => {
    const { nik, name, gender, birthDate, phone, street, rt, rw } = p;
    return {
      id: i + 1,
      nik,
      name,
      gender,
      birthDate,
      phone,
      street,
      rt,
      rw,
      kelurahanCode: p.kelurahan.code,
    };
  });
  const businesses: BusinessRecord[] = truth.businesses.map((b, i) => {
    const owner = owners.get(b.ownerKey);
    if (!owner) throw new Error(`owner ${b.ownerKey} missing`);
    const permits = [...b.pirt.map((n) => `PIRT:${n}`), ...(b.nib ? [`NIB:${b.nib}`] : [])];
    const { street, rt, rw } = owner;
    const place = { kelurahanCode: owner.kelurahan.code, street, rt, rw };
    return {
      id: i + 1,
      ownerId: personId.get(b.ownerKey) as number,
      name: b.name,
      ...place,
      products: b.products,
      kbliCode: b.kbliCode,
      permits,
    };
  });
  return {
    people,
    businesses,
    personId,
    businessId: new Map(truth.businesses.map((b, i) => [b.key, i + 1])),
  };
}

/** Loads the registry through addPerson/addBusiness, as the server would at start-up. */
export function registryOf(truth: Truth, config: LinkageConfig): Registry {
  const { people, businesses, personId, businessId } = recordsOf(truth);
  const { value: linker, lap } = timed(() => {
    const linker = createLinker(config);
    for (const p of people) linker.addPerson(p);
    for (const b of businesses) linker.addBusiness(b);
    return linker;
  });
  console.log(
    `\n2. registry of ${people.length} people + ${businesses.length} businesses loaded: ${showLap(lap)}`,
  );
  return { linker, personId, businessId };
}

/** Resolves `count` random rows against the registry; each should link to its true record. */
export function batchOnRegistry(
  reg: Registry,
  observations: readonly LinkageObservation[],
  count: number,
  seed: number,
) {
  const rnd = createRandom(seed);
  const batch = Array.from({ length: count }, () => rnd.pick(observations));
  let next = 10_000_000;
  const { value: results, lap } = timed(() => batch.map((o) => resolveRow(reg.linker, o, () => ++next)));
  const tally = { person: { right: 0, wrong: 0, created: 0 }, business: { right: 0, wrong: 0, created: 0 } };
  results.forEach((r, i) => {
    const o = batch[i] as LinkageObservation;
    for (const kind of ['person', 'business'] as const) {
      const expected = (kind === 'person' ? reg.personId : reg.businessId).get(
        kind === 'person' ? o.personKey : o.businessKey,
      );
      const t = tally[kind];
      if (r[kind].created) t.created++;
      else if (r[kind].id === expected) t.right++;
      else t.wrong++;
    }
  });
  console.log(`   batch of ${count} rows through resolveRow (${machine()}): ${showLap(lap)}`);
  for (const kind of ['person', 'business'] as const) {
    const t = tally[kind];
    console.log(
      `   ${kind.padEnd(9)} linked right ${t.right}, linked wrong ${t.wrong}, created (missed) ${t.created}`,
    );
  }
}
