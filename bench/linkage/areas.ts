import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Kelurahan } from '../../server/modules/demo/demo.types.ts';

export type { Kelurahan };

/** The 57 kelurahan of Kota Malang from the Kemendagri list in idn-area-data (ODbL), as the server loads them. */
export function malangKelurahan(): Kelurahan[] {
  const require = createRequire(import.meta.url);
  const dir = path.join(path.dirname(require.resolve('idn-area-data/package.json')), 'data');
  const rows = parse(readFileSync(path.join(dir, 'villages.csv'), 'utf8'), { from_line: 2 }) as string[][];
  return rows
    .filter(([code]) => code?.startsWith('35.73.'))
    .map(([code, kecamatanCode, name]) => ({
      code: code ?? '',
      kecamatanCode: kecamatanCode ?? '',
      name: name ?? '',
    }));
}

/** Kecamatan of Kota Malang by code (35.73.01 Blimbing …). */
export const KECAMATAN: Record<string, string> = {
  '35.73.01': 'Blimbing',
  '35.73.02': 'Klojen',
  '35.73.03': 'Kedungkandang',
  '35.73.04': 'Sukun',
  '35.73.05': 'Lowokwaru',
};

/** Villages of Kabupaten Malang (35.07) and nonsense: a row with one of these must be rejected. */
export const OUTSIDE_MALANG = [
  'Pakis',
  'Singosari',
  'Karangploso',
  'Tumpang',
  'Pakisaji',
  'Lawang',
  'Dau',
  'xxx',
];
