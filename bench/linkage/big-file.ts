import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { createRandom } from '../../server/modules/demo/random.ts';
import { buildGrid, type Grid } from './grid.ts';
import { LAYOUTS } from './layouts.ts';
import { OFFICES, type Office } from './offices.ts';
import { generatePopulation, type LinkageObservation } from './population.ts';

export type BigFileOptions = {
  rows: number;
  seed?: number;
  office?: Office;
  badRate?: number;
  truthFile?: string;
};

/** At least `rows` observations of one office, from a population grown until it has enough. */
function observationsFor(office: Office, rows: number, seed: number): LinkageObservation[] {
  let people = Math.ceil(rows * 1.3);
  for (let attempt = 0; attempt < 6; attempt++, people *= 2) {
    const { observations } = generatePopulation({ seed, people, offices: [office] });
    if (observations.length >= rows) return observations.slice(0, rows);
  }
  throw new Error(`could not generate ${rows} rows for ${office}`);
}

async function stream(file: string, grid: Grid): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: true,
    useSharedStrings: false,
  });
  const ws = wb.addWorksheet('Data');
  const formats = grid.layout.columns.map((c) => c.numFmt);
  grid.rows.forEach((row, i) => {
    const r = ws.addRow(row.cells);
    if (i + 1 > grid.headerRow) {
      row.cells.forEach((cell, c) => {
        if (cell instanceof Date) r.getCell(c + 1).numFmt = 'dd/mm/yyyy';
        else if (typeof cell === 'number' && formats[c]) r.getCell(c + 1).numFmt = formats[c];
      });
    }
    r.commit();
  });
  ws.commit();
  await wb.commit();
}

/**
 * One single-sheet .xlsx of `rows` valid data rows in an office's format (titles, header, sections, total,
 * signature as in the small files), written with the streaming WorkbookWriter, for the import speed benchmark.
 */
export async function writeBigFile(file: string, opts: BigFileOptions) {
  const office = opts.office ?? 'dp3ap2kb';
  const seed = opts.seed ?? 100_000;
  const observations = observationsFor(office, opts.rows, seed);
  const grid = buildGrid(LAYOUTS[office], observations, createRandom(seed), { badRate: opts.badRate ?? 0 });
  await stream(file, grid);
  if (opts.truthFile) {
    const name = path.basename(file);
    const lines = grid.rows.map((r, i) => [
      name,
      i + 1,
      r.truth.personKey,
      r.truth.businessKey,
      r.truth.expected,
    ]);
    await writeFile(
      opts.truthFile,
      stringify([['file', 'sheet_row', 'person_key', 'business_key', 'expected'], ...lines]),
    );
  }
  return {
    file,
    office,
    headerRow: grid.headerRow,
    sheetRows: grid.rows.length,
    dataRows: observations.length,
  };
}

/** CLI: npx tsx bench/linkage/big-file.ts <file.xlsx> [--rows 100000] [--seed S] [--office O] [--bad-rate R] [--truth f] */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      rows: { type: 'string', default: '100000' },
      seed: { type: 'string', default: '100000' },
      office: { type: 'string', default: 'dp3ap2kb' },
      'bad-rate': { type: 'string', default: '0' },
      truth: { type: 'string' },
    },
  });
  const file = positionals[0];
  const office = values.office as Office;
  if (!file || !OFFICES.includes(office))
    throw new Error('usage: big-file.ts <file.xlsx> [--rows N] [--office dp3ap2kb|…]');
  const started = Date.now();
  const opts = {
    rows: Number(values.rows),
    seed: Number(values.seed),
    office,
    badRate: Number(values['bad-rate']),
  };
  const result = await writeBigFile(file, values.truth ? { ...opts, truthFile: values.truth } : opts);
  console.log(JSON.stringify({ ...result, ms: Date.now() - started }));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
