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

type CsvRow = {
  code: string;
  name: string;
  province_code?: string;
  regency_code?: string;
  district_code?: string;
};

async function readCsv(file: string): Promise<CsvRow[]> {
  const text = await readFile(path.join(dataDir, file), 'utf8');
  return parse(text, { columns: true, skip_empty_lines: true }) as CsvRow[];
}

/** Loads every province, regency, district and village; codes already present are left alone. */
export async function loadAreas(db: Executor): Promise<number> {
  const files = ['provinces.csv', 'regencies.csv', 'districts.csv', 'villages.csv'];
  const levels = await Promise.all(files.map(readCsv));
  const rows = levels.flatMap((list, i) =>
    list.map((r) => ({
      code: r.code,
      parent_code: r.province_code ?? r.regency_code ?? r.district_code ?? null,
      level: i + 1,
      name: r.name,
    })),
  );
  return insertAreas(db, rows);
}
