import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import { normalizeSearchText } from '../../shared/rules/search.ts';
import { generatePopulation } from './population.ts';
import { renderFiles } from './spreadsheets.ts';
import { populationStats } from './stats.ts';

/** CLI: npx tsx bench/linkage/make-files.ts <outDir> [--people N] [--seed S] [--bad-rate R] [--noise F] */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      people: { type: 'string', default: '2000' },
      seed: { type: 'string', default: '2024' },
      'bad-rate': { type: 'string', default: '0.03' },
      noise: { type: 'string', default: '1' },
    },
  });
  const dir = positionals[0];
  if (!dir) throw new Error('usage: make-files.ts <outDir> [--people N] [--seed S] [--bad-rate R]');
  const seed = Number(values.seed);
  const people = Number(values.people);
  const population = generatePopulation({ seed, people, noise: Number(values.noise) });
  const { truth, files, badRows } = await renderFiles(
    population.observations,
    dir,
    seed,
    Number(values['bad-rate']),
  );
  const records = truth.map((t) => [t.file, t.sheetRow, t.personKey, t.businessKey, t.expected]);
  const header = ['file', 'sheet_row', 'person_key', 'business_key', 'expected'];
  await writeFile(path.join(dir, 'truth.csv'), stringify([header, ...records]));
  const persons = population.truth.people.map((p) => [
    p.key,
    normalizeSearchText(p.name),
    p.household,
    p.role,
    p.kelurahan.code,
  ]);
  const personHeader = ['person_key', 'name_key', 'household', 'role', 'kelurahan_code'];
  await writeFile(path.join(dir, 'persons.csv'), stringify([personHeader, ...persons]));
  const stats = populationStats(population);
  const manifest = { generator: 'bench/linkage/make-files.ts', seed, people, files, badRows, stats };
  await writeFile(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(
    JSON.stringify({ files: files.map((f) => ({ file: f.file, ...f.rows })), badRows, stats }, null, 2),
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
