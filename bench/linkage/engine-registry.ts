import { createRandom } from '../../server/modules/demo/random.ts';
import {
  createLinker,
  type LinkageConfig,
  type Linker,
  resolveRow,
} from '../../server/modules/linkage/index.ts';
import type { Truth } from './households.ts';
import type { LinkageObservation } from './population.ts';

export type Registry = { linker: Linker; personId: Map<string, number>; businessId: Map<string, number> };

/** A registry holding every true person and business once, with clean values, loaded through addPerson/addBusiness. */
export function registryOf(truth: Truth, config: LinkageConfig): Registry {
  const started = performance.now();
  const linker = createLinker(config);
  const personId = new Map(truth.people.map((p, i) => [p.key, i + 1]));
  const businessId = new Map(truth.businesses.map((b, i) => [b.key, i + 1]));
  truth.people.forEach((p, i) => {
    const { nik, name, gender, birthDate, phone, street, rt, rw } = p;
    linker.addPerson({
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
    });
  });
  const owners = new Map(truth.people.map((p) => [p.key, p]));
  truth.businesses.forEach((b, i) => {
    const owner = owners.get(b.ownerKey);
    if (!owner) throw new Error(`owner ${b.ownerKey} missing`);
    const permits = [...b.pirt.map((n) => `PIRT:${n}`), ...(b.nib ? [`NIB:${b.nib}`] : [])];
    linker.addBusiness({
      id: i + 1,
      ownerId: personId.get(b.ownerKey) as number,
      name: b.name,
      kelurahanCode: owner.kelurahan.code,
      street: owner.street,
      rt: owner.rt,
      rw: owner.rw,
      products: b.products,
      kbliCode: b.kbliCode,
      permits,
    });
  });
  const secs = ((performance.now() - started) / 1000).toFixed(2);
  const heap = Math.round(process.memoryUsage().heapUsed / 2 ** 20);
  console.log(
    `\n2. registry: ${truth.people.length} people + ${truth.businesses.length} businesses loaded in ${secs} s, heap ${heap} MB`,
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
  const tally = { person: { right: 0, wrong: 0, created: 0 }, business: { right: 0, wrong: 0, created: 0 } };
  const started = performance.now();
  const results = batch.map((o) => resolveRow(reg.linker, o, () => ++next));
  const secs = ((performance.now() - started) / 1000).toFixed(2);
  results.forEach((r, i) => {
    const o = batch[i] as LinkageObservation;
    const check = (kind: 'person' | 'business', created: boolean, id: number, key: string) => {
      const expected = (kind === 'person' ? reg.personId : reg.businessId).get(key);
      const t = tally[kind];
      if (created) t.created++;
      else if (id === expected) t.right++;
      else t.wrong++;
    };
    check('person', r.person.created, r.person.id, o.personKey);
    check('business', r.business.created, r.business.id, o.businessKey);
  });
  console.log(`   batch of ${count} rows resolved in ${secs} s`);
  console.log(
    `   persons    linked right ${tally.person.right}, wrong ${tally.person.wrong}, created ${tally.person.created}`,
  );
  console.log(
    `   businesses linked right ${tally.business.right}, wrong ${tally.business.wrong}, created ${tally.business.created}`,
  );
}
