import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { AreaRef } from '../imports.types.ts';

// Test data: the Kemendagri village list the server loads (idn-area-data, ODbL).
const dataDir = path.join(
  path.dirname(createRequire(import.meta.url).resolve('idn-area-data/package.json')),
  'data',
);
const rowsOf = (file: string) =>
  parse(readFileSync(path.join(dataDir, file), 'utf8'), { from_line: 2 }) as string[][];

let all: AreaRef[] | undefined;

function allVillages(): AreaRef[] {
  if (all) return all;
  const districts = new Map(rowsOf('districts.csv').map(([code = '', , name = '']) => [code, name]));
  all = rowsOf('villages.csv').map(([code = '', kecamatanCode = '', name = '']) => ({
    code,
    name,
    kecamatanCode,
    kecamatanName: districts.get(kecamatanCode) ?? '',
  }));
  return all;
}

/** Villages whose code starts with the prefix: '35.73' is Kota Malang, '35.07' Kabupaten Malang. */
export const villagesOf = (prefix: string): AreaRef[] =>
  allVillages().filter((a) => a.code.startsWith(`${prefix}.`));
