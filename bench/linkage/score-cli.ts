import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { type PairScore, type PersonInfo, type Score, type SourceRow, scoreLinkage } from './score.ts';
import type { TruthRow } from './types.ts';

const read = (file: string) =>
  parse(readFileSync(file, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];

export function readTruth(file: string): TruthRow[] {
  return read(file).map((r) => ({
    file: r.file ?? '',
    sheetRow: Number(r.sheet_row),
    personKey: r.person_key ?? '',
    businessKey: r.business_key ?? '',
    expected: (r.expected ?? 'skip') as TruthRow['expected'],
  }));
}

export function readSourceRows(file: string): SourceRow[] {
  return read(file).map((r) => ({
    file: path.basename(r.file ?? ''),
    sheetRow: Number(r.sheet_row),
    status: (r.status ?? 'rejected') as SourceRow['status'],
    reason: r.reason ?? '',
    personId: r.person_id ?? '',
    businessId: r.business_id ?? '',
  }));
}

export function readPersons(file: string): PersonInfo[] {
  return read(file).map((r) => ({
    personKey: r.person_key ?? '',
    nameKey: r.name_key ?? '',
    household: r.household ?? '',
  }));
}

const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
const pairLine = (label: string, s: PairScore) =>
  `${label.padEnd(11)} precision ${pct(s.precision)}  recall ${pct(s.recall)}  F1 ${pct(s.f1)}  (pairs: true ${s.truePairs}, predicted ${s.predictedPairs}, correct ${s.correctPairs})`;

export function formatScore(s: Score): string {
  const r = s.rows;
  return [
    pairLine('persons', s.persons),
    pairLine('businesses', s.businesses),
    `rows: ${r.expectedOk} valid, ${r.expectedRejected} bad, ${r.expectedSkip} structural; ${r.linked} linked`,
    `valid rows dropped ${r.validDropped} · bad rows accepted ${r.badAccepted} · rejected without reason ${r.badRejectedWithoutReason} · structural rows imported ${r.structuralImported} · unknown export rows ${r.unknownRows}`,
    `one owner's businesses merged: ${s.ownerBusinesses.merged} of ${s.ownerBusinesses.pairs} pairs`,
    s.lookalikes
      ? `look-alikes merged: same name ${s.lookalikes.sameNamePairsMerged} pairs, same household ${s.lookalikes.householdPairsMerged} pairs`
      : 'look-alikes: persons.csv not found, not counted',
    s.failures.length === 0 ? 'targets: all met' : `targets missed: ${s.failures.join('; ')}`,
  ].join('\n');
}

/** CLI: npx tsx bench/linkage/score-cli.ts <truth.csv> <source-rows.csv> [--persons persons.csv] [--json] [--strict] */
function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { persons: { type: 'string' }, json: { type: 'boolean' }, strict: { type: 'boolean' } },
  });
  const [truthFile, rowsFile] = positionals;
  if (!truthFile || !rowsFile)
    throw new Error('usage: score-cli.ts <truth.csv> <source-rows.csv> [--persons f] [--json] [--strict]');
  const personsFile = values.persons ?? path.join(path.dirname(truthFile), 'persons.csv');
  const persons = existsSync(personsFile) ? readPersons(personsFile) : undefined;
  const score = scoreLinkage(readTruth(truthFile), readSourceRows(rowsFile), persons);
  console.log(values.json ? JSON.stringify(score, null, 2) : formatScore(score));
  if (values.strict && score.failures.length > 0) process.exit(1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
