/**
 * Quality and speed of the linkage engine on synthetic office data (bench/linkage/population.ts):
 *   NODE_OPTIONS=--expose-gc npx tsx bench/linkage/engine-eval.ts [people=20000] [seed=7]
 * 1. every row of the offices' files through resolveRow in file order → pairwise P/R/F1;
 * 2. a registry of 100k true people and their businesses, then a batch of 1,000 rows → time, accuracy;
 * 3. relinkAll on 100k rows taken as separate records → time, memory, pairwise P/R/F1 of the merges.
 */
import {
  type BusinessRecord,
  createLinker,
  DEFAULT_LINKAGE_CONFIG,
  type LinkKind,
  type PersonRecord,
  relinkAll,
  resolveRow,
} from '../../server/modules/linkage/index.ts';
import { machine, showLap, timed } from './engine-clock.ts';
import { clustersOf, fmt, pairScores } from './engine-metrics.ts';
import { batchOnRegistry, registryOf } from './engine-registry.ts';
import { generatePopulation, type LinkageObservation } from './population.ts';
import { populationStats } from './stats.ts';

const [peopleArg = '20000', seedArg = '7'] = process.argv.slice(2);
const seed = Number(seedArg);
const config = DEFAULT_LINKAGE_CONFIG;

function streaming(observations: readonly LinkageObservation[]) {
  const linker = createLinker(config);
  const next: Record<LinkKind, number> = { person: 0, business: 0 };
  const { value: rows, lap } = timed(() =>
    observations.map((o) => resolveRow(linker, o, (kind) => ++next[kind])),
  );
  const withReview = rows.filter((r) => r.person.review.length + r.business.review.length > 0).length;
  console.log(
    `\n1. resolveRow, ${rows.length} rows in file order: ${showLap(lap)}; ${withReview} rows with review items`,
  );
  console.log(
    `   persons    ${fmt(
      pairScores(
        observations.map((o) => o.personKey),
        rows.map((r) => r.person.id),
      ),
    )}`,
  );
  console.log(
    `   businesses ${fmt(
      pairScores(
        observations.map((o) => o.businessKey),
        rows.map((r) => r.business.id),
      ),
    )}`,
  );
}

/** Each row as its own person and business record (ids = row numbers), as a registry full of duplicates. */
function recordsOf(observations: readonly LinkageObservation[]) {
  const people: PersonRecord[] = observations.map((o, id) => {
    const { nik, name, gender, birthDate, phone, kelurahanCode, street, rt, rw } = o.person;
    return { id, nik, name, gender, birthDate, phone, kelurahanCode, street, rt, rw };
  });
  const businesses: BusinessRecord[] = observations.map((o, id) => {
    const { products, kbliCode, kelurahanCode, street, rt, rw } = o.business;
    const permits = o.business.permits.map((p) => `${p.type}:${p.number}`);
    return {
      id,
      ownerId: id,
      name: o.business.name ?? '',
      products,
      kbliCode,
      kelurahanCode,
      street,
      rt,
      rw,
      permits,
    };
  });
  return { people, businesses };
}

function relink(observations: readonly LinkageObservation[]) {
  const { people, businesses } = recordsOf(observations);
  const { value: out, lap } = timed(() => relinkAll(config, people, businesses));
  const ids = people.map((p) => p.id);
  const clusters = (kind: LinkKind) =>
    clustersOf(
      ids,
      out.merge.filter((m) => m.kind === kind),
    );
  const [pc, bc] = [clusters('person'), clusters('business')];
  console.log(
    `\n3. relinkAll (${machine()}) on ${ids.length} people + ${ids.length} businesses: ${showLap(lap)}`,
  );
  console.log(`   pairs to merge ${out.merge.length}, pairs for review ${out.review.length}`);
  console.log(
    `   persons    ${fmt(
      pairScores(
        observations.map((o) => o.personKey),
        ids.map((i) => pc.get(i) as number),
      ),
    )}`,
  );
  console.log(
    `   businesses ${fmt(
      pairScores(
        observations.map((o) => o.businessKey),
        ids.map((i) => bc.get(i) as number),
      ),
    )}`,
  );
}

function main() {
  console.log(machine());
  const pop = generatePopulation({ seed, people: Number(peopleArg) });
  console.log('population', JSON.stringify(populationStats(pop)));
  streaming(pop.observations);
  const big = generatePopulation({ seed: seed + 1, people: 100_000 });
  batchOnRegistry(registryOf(big.truth, config), big.observations, 1000, seed);
}

main();
relink(generatePopulation({ seed: seed + 2, people: 50_000 }).observations.slice(0, 100_000));
