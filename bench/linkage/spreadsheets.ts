import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createRandom, type Random } from '../../server/modules/demo/random.ts';
import { buildGrid, type Grid, type GridOptions } from './grid.ts';
import { LAYOUTS } from './layouts.ts';
import { writeOds } from './ods.ts';
import type { Office } from './offices.ts';
import type { LinkageObservation } from './population.ts';
import type { Cell } from './render-values.ts';
import type { TruthRow } from './types.ts';
import { type ExtraSheet, writeCsv, writeXlsx } from './writers.ts';

export type FileFormat = 'xlsx' | 'csv' | 'ods';
/** One file in manifest.json: which office sent it and which sheet (0-based) holds the data. */
export type ManifestFile = {
  file: string;
  office: Office;
  source: string;
  format: FileFormat;
  sheetIndex: number;
  sheetName: string;
  headerRow: number;
  rows: { ok: number; rejected: number; skip: number };
};

type Plan = {
  file: string;
  office: Office;
  format: FileFormat;
  sheetName: string;
  pick: (o: LinkageObservation) => boolean;
  before?: ExtraSheet[];
  options?: Partial<GridOptions>;
  source?: string;
};

const INSTRUCTIONS: ExtraSheet = {
  name: 'Petunjuk',
  lines: [
    'PETUNJUK PENGISIAN',
    '1. Isi satu baris untuk setiap usaha.',
    '2. NIK diisi 16 digit sesuai KTP.',
    '3. Data ada di lembar "Data IR".',
  ],
};

const kecamatanIn = (codes: string[]) => (o: LinkageObservation) =>
  codes.includes((o.person.kelurahanCode ?? '').slice(6, 8));

/** A clerk typed some NIKs into number cells: Excel kept 15 significant digits and saved the 16th as 0. */
function nikAsNumber(column: number, share: number) {
  return (cells: Cell[], rnd: Random): Cell[] => {
    const nik = cells[column];
    if (typeof nik === 'string' && /^\d{16}$/.test(nik) && rnd.chance(share))
      cells[column] = Number(`${nik.slice(0, 15)}0`);
    return cells;
  };
}

const PLANS: Plan[] = [
  {
    file: 'dp3ap2kb_pendataan_ir_2024.xlsx',
    office: 'dp3ap2kb',
    format: 'xlsx',
    sheetName: 'Data IR',
    pick: () => true,
    before: [INSTRUCTIONS],
  },
  {
    file: 'diskopindag_umkm_2024.xlsx',
    office: 'diskopindag',
    format: 'xlsx',
    sheetName: 'UMKM',
    pick: (o) => !o.resent,
    options: { transform: nikAsNumber(2, 0.15) },
  },
  {
    file: 'diskopindag_umkm_2024_revisi.xlsx',
    office: 'diskopindag',
    format: 'xlsx',
    sheetName: 'UMKM (revisi)',
    pick: (o) => o.resent,
    options: { subtitle: ' – KIRIM ULANG (REVISI)' },
    source: 'Diskopindag – Data UMKM 2024 (kiriman ulang)',
  },
  {
    file: 'dinkes_spp_irt_2023_2024.csv',
    office: 'dinkes',
    format: 'csv',
    sheetName: 'dinkes_spp_irt_2023_2024',
    pick: () => true,
  },
  {
    file: 'kelurahan_blimbing_klojen_kedungkandang.ods',
    office: 'kelurahan',
    format: 'ods',
    sheetName: 'Usaha Warga',
    pick: kecamatanIn(['01', '02', '03']),
    options: { subtitle: 'Blimbing, Klojen, Kedungkandang' },
  },
  {
    file: 'kelurahan_sukun_lowokwaru.xlsx',
    office: 'kelurahan',
    format: 'xlsx',
    sheetName: 'Sheet1',
    pick: kecamatanIn(['04', '05']),
    options: { subtitle: 'Sukun, Lowokwaru' },
  },
];

function shuffled<T>(list: T[], rnd: Random): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = rnd.int(0, i);
    [list[i], list[j]] = [list[j] as T, list[i] as T];
  }
  return list;
}

async function write(dir: string, plan: Plan, grid: Grid): Promise<void> {
  const target = path.join(dir, plan.file);
  if (plan.format === 'csv') return writeCsv(target, grid);
  if (plan.format === 'ods') return writeOds(target, [{ name: plan.sheetName, grid }]);
  return writeXlsx(target, grid, plan.sheetName, plan.before ?? []);
}

function truthOf(file: string, grid: Grid): TruthRow[] {
  return grid.rows.map((r, i) => ({ file, sheetRow: i + 1, ...r.truth }));
}

const count = (truth: TruthRow[], e: TruthRow['expected']) => truth.filter((t) => t.expected === e).length;

/** Renders the observations into each office's files; returns the truth of every row and the manifest. */
export async function renderFiles(
  observations: readonly LinkageObservation[],
  dir: string,
  seed: number,
  badRate = 0.03,
) {
  await mkdir(dir, { recursive: true });
  const rnd = createRandom(seed ^ 0x5eed);
  const truth: TruthRow[] = [];
  const badRows: Record<string, number> = {};
  const files: ManifestFile[] = [];
  const offices = new Set(observations.map((o) => o.office));
  for (const plan of PLANS.filter((p) => offices.has(p.office))) {
    const layout = LAYOUTS[plan.office];
    const rows = shuffled(
      observations.filter((o) => o.office === plan.office && plan.pick(o)),
      rnd,
    );
    const grid = buildGrid(layout, rows, rnd, { badRate, ...plan.options });
    await write(dir, plan, grid);
    const fileTruth = truthOf(plan.file, grid);
    truth.push(...fileTruth);
    for (const row of grid.rows) if (row.bad) badRows[row.bad] = (badRows[row.bad] ?? 0) + 1;
    const rowsByKind = {
      ok: count(fileTruth, 'ok'),
      rejected: count(fileTruth, 'rejected'),
      skip: count(fileTruth, 'skip'),
    };
    const sheetIndex = plan.before?.length ?? 0;
    const source = plan.source ?? layout.source;
    files.push({
      file: plan.file,
      office: plan.office,
      source,
      format: plan.format,
      sheetIndex,
      sheetName: plan.sheetName,
      headerRow: grid.headerRow,
      rows: rowsByKind,
    });
  }
  return { truth, files, badRows };
}
