import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Executor } from '../../db/transaction.ts';
import { insertAreas } from './areas.repository.ts';

/**
 * Kemendagri area codes of all Indonesia from the `idn-area-data` package.
 * Data © fityannugroho/idn-area-data contributors, under the Open Database License (ODbL).
 */
const require = createRequire(import.meta.url);
const dataDir = path.join(path.dirname(require.resolve('idn-area-data/package.json')), 'data');

type AreaRow = { code: string; parent_code: string | null; level: number; name: string };

async function readCsv(file: string): Promise<string[][]> {
  const text = await readFile(path.join(dataDir, file), 'utf8');
  return parse(text, { from_line: 2, skip_empty_lines: true }) as string[][];
}

/** Loads every province, regency, district and village once; a second call finds them present. */
export async function loadAreas(db: Executor): Promise<number> {
  const [provinces, regencies, districts, villages] = await Promise.all(
    ['provinces.csv', 'regencies.csv', 'districts.csv', 'villages.csv'].map(readCsv),
  );
  const rows: AreaRow[] = [
    ...(provinces ?? []).map(([code, name]) => ({ code: code!, parent_code: null, level: 1, name: name! })),
    ...[regencies, districts, villages].flatMap((list, i) =>
      (list ?? []).map(([code, parent, name]) => ({
        code: code!,
        parent_code: parent!,
        level: i + 2,
        name: name!,
      })),
    ),
  ];
  return insertAreas(db, rows);
}
