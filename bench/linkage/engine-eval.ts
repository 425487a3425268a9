/**
 * Quality and speed of the linkage engine on synthetic office data (bench/linkage/population.ts):
 *   npx tsx bench/linkage/engine-eval.ts [people=20000] [seed=7]
 * 1. every row through resolveRow in file order → pairwise P/R/F1 for persons and businesses;
 * 2. a registry of 100k true people and their businesses, then a batch of 1,000 rows → time and accuracy;
 * 3. relinkAll on ~100k rows as separate records → time and pairwise P/R/F1 of the merges.
 */
import {
  createLinker,
  DEFAULT_LINKAGE_CONFIG,
  type LinkKind,
  relinkAll,
  resolveRow,
} from '../../server/modules/linkage/index.ts';
import { clustersOf, fmt, pairScores } from './engine-metrics.ts';
import { batchOnRegistry, registryOf } from './engine-registry.ts';
import { generatePopulation, type LinkageObservation } from './population.ts';

const [peopleArg = '20000', seedArg = '7'] = process.argv.slice(2);
const config = DEFAULT_LINKAGE_CONFIG;
const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(2);
const heapMb = () => Math.round(process.memoryUsage().heapUsed / 2 ** 20);

function streaming(observations: readonly LinkageObservation[]) {
  const linker = createLinker(config);
  const next: Record<LinkKind, number> = { person: 0, business: 0 };
  const started = performance.now();
  const persons: number[] = [];
  const businesses: number[] = [];
  let review = 0;
  for (const o of observations) {
    const r = resolveRow(linker, o, (kind) => ++next[kind]);
    persons.push(r.person.id);
    businesses.push(r.business.id);
    if (r.person.review.length > 0 || r.business.review.length > 0) review++;
  }
  console.log(
    `\n1. resolveRow, ${observations.length} rows in file order: ${seconds(started)} s, ${review} rows with review items`,
  );
  console.log(
    `   persons    ${fmt(
      pairScores(
        observations.map((o) => o.personKey),
        persons,
      ),
    )}`,
  );
  console.log(
    `   businesses ${fmt(
      pairScores(
        observations.map((o) => o.businessKey),
        businesses,
      ),
    )}`,
  );
}

function relink(observations: readonly LinkageObservation[]) {
  const people = observations.map((o, id) => ({ id, ...o.person }));
  const businesses = observations.map((o, id) => ({
    id,
    ownerId: id,
    ...o.business,
    name: o.business.name ?? '',
    permits: o.business.permits.map((p) => `${p.type}:${p.number}`),
  }));
  const started = performance.now();
  const out = relinkAll(config, people, businesses);
  const took = seconds(started);
  const ids = observations.map((_, i) => i);
  const byKind = (kind: LinkKind) => out.merge.filter((m) => m.kind === kind);
  const pc = clustersOf(ids, byKind('person'));
  const bc = clustersOf(ids, byKind('business'));
  console.log(
    `\n3. relinkAll on ${ids.length} people + ${ids.length} businesses: ${took} s, heap ${heapMb()} MB`,
  );
  console.log(`   merges ${out.merge.length}, review pairs ${out.review.length}`);
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

const pop = generatePopulation({ seed: Number(seedArg), people: Number(peopleArg) });
streaming(pop.observations);

const big = generatePopulation({ seed: Number(seedArg) + 1, people: 100_000 });
const registry = registryOf(big.truth, config);
batchOnRegistry(registry, big.observations, 1000, Number(seedArg));

const forRelink = generatePopulation({ seed: Number(seedArg) + 2, people: 50_000 });
relink(forRelink.observations.slice(0, 100_000));
