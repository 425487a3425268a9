// `npm run bench:imports`: record-linkage quality on generated office spreadsheets with known truth, and the
// speed of importing a 100k-row .xlsx beside merely reading it, full re-linkage and a 1k-row file against
// the 100k registry — each on its own throwaway embedded PostgreSQL. Writes bench/results/.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { loadConfig } from '../server/config.ts';
import { readRows } from '../server/modules/imports/files/index.ts';
import {
  cliCaller,
  exportSourceRows,
  runImport,
  runIndexJobs,
  runJob,
} from '../server/modules/imports/imports.cli.ts';
import * as imports from '../server/modules/imports/imports.service.ts';
import { runLinkage } from '../server/modules/imports/linkage-run.ts';
import { prepareDatabase } from '../server/startup.ts';
import { writeBigFile } from './linkage/big-file.ts';
import { type Score, scoreLinkage, scoreReviews } from './linkage/score.ts';
import { readPersons, readSourceRows, readTruth } from './linkage/score-cli.ts';
import { freePort, mainThreadCpuSeconds, postgresCpuSeconds, procMemoryMb } from './util.ts';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const SEEDS = (process.env.BENCH_IMPORT_SEEDS ?? '7,11').split(',').filter(Boolean).map(Number);
// Seeds of the second, independent set of office files (BENCH_IMPORT_SECOND_SEEDS= leaves it out).
const SECOND_SEEDS = (process.env.BENCH_IMPORT_SECOND_SEEDS ?? '20260401,777')
  .split(',')
  .filter(Boolean)
  .map(Number);
// Seeds of the third to tenth sets (BENCH_IMPORT_THIRD_SEEDS=, …, BENCH_IMPORT_TENTH_SEEDS= leaves one out).
const seedsOf = (value: string | undefined) => (value ?? '1,2,3').split(',').filter(Boolean).map(Number);
const THIRD_SEEDS = seedsOf(process.env.BENCH_IMPORT_THIRD_SEEDS);
const FOURTH_SEEDS = seedsOf(process.env.BENCH_IMPORT_FOURTH_SEEDS);
const FIFTH_SEEDS = seedsOf(process.env.BENCH_IMPORT_FIFTH_SEEDS);
const SIXTH_SEEDS = seedsOf(process.env.BENCH_IMPORT_SIXTH_SEEDS);
const SEVENTH_SEEDS = seedsOf(process.env.BENCH_IMPORT_SEVENTH_SEEDS);
const EIGHTH_SEEDS = seedsOf(process.env.BENCH_IMPORT_EIGHTH_SEEDS);
const NINTH_SEEDS = seedsOf(process.env.BENCH_IMPORT_NINTH_SEEDS);
const TENTH_SEEDS = seedsOf(process.env.BENCH_IMPORT_TENTH_SEEDS);
// BENCH_IMPORT_PARTS=speed (or quality) runs one part only; results files are written for a full run only.
const PARTS = (process.env.BENCH_IMPORT_PARTS ?? 'quality,speed').split(',');
// BENCH_IMPORT_NOISE=2: the offices make twice their usual mistakes and leave out twice the values.
const NOISE = process.env.BENCH_IMPORT_NOISE ?? '1';
const quiet = () => {};

async function withRegistry<T>(
  fn: (db: Awaited<ReturnType<typeof prepareDatabase>>, dir: string) => Promise<T>,
) {
  const dir = mkdtempSync(path.join(tmpdir(), 'pilar-bench-import-'));
  // The embedded PostgreSQL runs as its own user when Pilar runs as root: it must reach the data folder.
  chmodSync(dir, 0o755);
  const config = loadConfig({
    PILAR_DATA_DIR: path.join(dir, 'data'),
    PILAR_DB_PORT: String(await freePort()),
    PILAR_ADMIN_PASSWORD: 'bench-Kenari-Lembayung-2026',
  });
  const conn = await prepareDatabase(config, quiet);
  try {
    return await fn(conn, dir);
  } finally {
    await conn.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const seconds = async (fn: () => Promise<unknown>) => {
  const t0 = performance.now();
  await fn();
  return (performance.now() - t0) / 1000;
};

/** Imports a generated set's files in the manifest's order and exports the source rows: the export's path. */
async function importAll(
  conn: Awaited<ReturnType<typeof prepareDatabase>>,
  config: ReturnType<typeof loadConfig>,
  dir: string,
  files: string,
) {
  const manifest = JSON.parse(readFileSync(path.join(files, 'manifest.json'), 'utf8')) as {
    files: { file: string; source: string }[];
  };
  for (const f of manifest.files)
    await runImport(conn.db, config, path.join(files, f.file), { source: f.source }, quiet);
  return exportRows(conn, config, path.join(dir, 'source-rows.csv'));
}

/** `pilar export source-rows` into `out`: its path. */
async function exportRows(
  conn: Awaited<ReturnType<typeof prepareDatabase>>,
  config: ReturnType<typeof loadConfig>,
  out: string,
) {
  const stream = createWriteStream(out);
  await exportSourceRows(conn.db, config.region, stream);
  // The CSV writer ends the file stream it was piped into: wait until every byte is on disk.
  await finished(stream);
  return out;
}

/**
 * The same registry after `pilar linkage run`, as an office would run it once a batch of offices' files is
 * in: the full re-linkage weighs every pair with all the evidence, where an import decides row by row.
 */
async function relinked(
  conn: Awaited<ReturnType<typeof prepareDatabase>>,
  config: ReturnType<typeof loadConfig>,
  dir: string,
  truth: ReturnType<typeof readTruth>,
): Promise<Score> {
  await runIndexJobs(conn.db, config, quiet);
  await runLinkage(conn.db, config, quiet);
  const out = await exportRows(conn, config, path.join(dir, 'source-rows-relinked.csv'));
  return scoreLinkage(truth, readSourceRows(out));
}

/** Generates one set of office files, imports them all in order, exports the source rows and scores them. */
async function quality(
  seed: number,
): Promise<Score & { reviews: ReturnType<typeof scoreReviews>; relinked: Score }> {
  return withRegistry(async (conn, dir) => {
    const files = path.join(dir, 'files');
    execFileSync('npx', [
      'tsx',
      'bench/linkage/make-files.ts',
      files,
      '--people',
      '2000',
      '--seed',
      String(seed),
      '--noise',
      NOISE,
    ]);
    // PILAR_LINK_PERSON and PILAR_LINK_BUSINESS, when set, try other linkage zones on the same files.
    const { PILAR_LINK_PERSON, PILAR_LINK_BUSINESS } = process.env;
    const config = loadConfig({ PILAR_DEMO: 'off', PILAR_LINK_PERSON, PILAR_LINK_BUSINESS });
    const out = await importAll(conn, config, dir, files);
    const persons = readPersons(path.join(files, 'persons.csv'));
    const [truth, rows] = [readTruth(path.join(files, 'truth.csv')), readSourceRows(out)];
    const open = await conn.db
      .selectFrom('link_reviews')
      .select(['kind', 'a_id', 'b_id'])
      .where('state', '=', 'open')
      .execute();
    const reviews = scoreReviews(
      truth,
      rows,
      open.map((r) => ({ kind: r.kind as 'person' | 'business', a: String(r.a_id), b: String(r.b_id) })),
    );
    const score = scoreLinkage(truth, rows, persons);
    return { ...score, reviews, relinked: await relinked(conn, config, dir, truth) };
  });
}

type OtherSet = 'second' | 'third' | 'fourth' | 'fifth' | 'sixth' | 'seventh' | 'eighth' | 'ninth' | 'tenth';

/**
 * A set of office files written apart from make-files.ts (linkage/second-set.mjs, third-set.mjs, fourth-set.mjs):
 * other offices, layouts and noise, so linkage is also measured on files its rules were not tuned on.
 */
async function otherSet(generator: OtherSet, seed: number): Promise<Score & { relinked: Score }> {
  return withRegistry(async (conn, dir) => {
    const files = path.join(dir, 'files');
    execFileSync('node', [`bench/linkage/${generator}-set.mjs`, String(seed), files]);
    // A set of another region's offices (the eighth: Kabupaten Malang; the ninth: Kota Surabaya; the tenth: Kota
    // Medan) names it in its manifest.
    const { region } = JSON.parse(readFileSync(path.join(files, 'manifest.json'), 'utf8')) as {
      region?: string;
    };
    const config = loadConfig({ PILAR_DEMO: 'off', ...(region ? { PILAR_REGION: region } : {}) });
    const out = await importAll(conn, config, dir, files);
    const truth = readTruth(path.join(files, 'truth.csv'));
    const score = scoreLinkage(truth, readSourceRows(out));
    return { ...score, relinked: await relinked(conn, config, dir, truth) };
  });
}

/** Wall time, CPU seconds of this Node process (all threads; the main one alone) and of its PostgreSQL server. */
async function measure(fn: () => Promise<unknown>) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const pg0 = postgresCpuSeconds();
  const m0 = mainThreadCpuSeconds();
  await fn();
  const c = process.cpuUsage(c0);
  return {
    wall: (performance.now() - t0) / 1000,
    node: (c.user + c.system) / 1e6,
    nodeMain: mainThreadCpuSeconds() - m0,
    postgres: postgresCpuSeconds() - pg0,
  };
}

/**
 * The 100k-row file: read only, then imported (the dry run and the commit with linkage measured apart),
 * then re-linked in full.
 */
async function speed() {
  return withRegistry(async (conn, dir) => {
    const config = loadConfig({ PILAR_DEMO: 'off' });
    const big = path.join(dir, 'besar.xlsx');
    const small = path.join(dir, 'kecil.xlsx');
    await writeBigFile(big, { rows: ROWS, seed: 100_000 });
    await writeBigFile(small, { rows: 1000, seed: 424_242 });
    // A second small file of the same office, linked with the whole registry loaded (PILAR_LINKAGE_PARTIAL=off).
    const small2 = path.join(dir, 'kecil-2.xlsx');
    await writeBigFile(small2, { rows: 1000, seed: 424_243 });
    let rows = 0;
    const read = await measure(async () => {
      for await (const _ of readRows(big, 'xlsx', 0)) rows++;
    });
    let importId = 0;
    const dryRun = await measure(async () => {
      const imp = await runImport(conn.db, config, big, { source: 'Bench besar', dryRun: true }, quiet);
      importId = imp.id;
    });
    const commit = await measure(async () => {
      const ctx = { config, caller: cliCaller(config, 'CLI (besar.xlsx)') };
      const imp = await imports.startCommit(conn.db, importId, 'valid_rows', ctx);
      await runJob(conn.db, config, imp.jobId ?? 0, 'Menyimpan', quiet);
    });
    const rssAfterImport = procMemoryMb('self', 'VmHWM');
    // The linkage index job the import queued (the server's worker runs it right after the commit).
    const indexAll = await seconds(() => runIndexJobs(conn.db, config, quiet));
    const linkAll = await seconds(() => runLinkage(conn.db, config, quiet));
    await runIndexJobs(conn.db, config, quiet);
    // A 1,000-row file: its dry run and its commit (linking and writes) apart, as for the big file.
    const importOne = async (cfg: typeof config, file: string) => {
      let id = 0;
      const dry = await measure(async () => {
        const imp = await runImport(conn.db, cfg, file, { source: 'Bench kecil', dryRun: true }, quiet);
        id = imp.id;
      });
      const commit = await measure(async () => {
        const ctx = { config: cfg, caller: cliCaller(cfg, `CLI (${path.basename(file)})`) };
        const imp = await imports.startCommit(conn.db, id, 'valid_rows', ctx);
        await runJob(conn.db, cfg, imp.jobId ?? 0, 'Menyimpan', quiet);
      });
      return { dry, commit, wall: dry.wall + commit.wall, node: dry.node + commit.node };
    };
    const small1 = await importOne(config, small);
    const indexSmall = await seconds(() => runIndexJobs(conn.db, config, quiet));
    const full = loadConfig({ PILAR_DEMO: 'off', PILAR_LINKAGE_PARTIAL: 'off' });
    const small2Full = await importOne(full, small2);
    return {
      rows,
      readOnly: read.wall,
      importAll: dryRun.wall + commit.wall,
      phases: { read, dryRun, commit },
      indexAll,
      linkAll,
      importSmall: small1.wall,
      importSmallCpu: small1.node,
      small: small1,
      indexSmall,
      importSmallFull: small2Full.wall,
      importSmallFullCpu: small2Full.node,
      smallFull: small2Full,
      rssAfterImport,
      peakRss: procMemoryMb('self', 'VmHWM'),
    };
  });
}

const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
// After `pilar linkage run`: the same registry re-linked whole (relinked above).
const afterRelink = (r: Score) => `${pct(r.persons.precision)} | ${pct(r.businesses.f1)}`;
const otherTable = (set: { seed: number; score: Score & { relinked: Score } }[]) => [
  '| seed | persons P | persons R | persons F1 | businesses P | businesses R | businesses F1 | valid rows dropped | bad rows accepted | then re-linked: persons P | businesses F1 |',
  '|---|---|---|---|---|---|---|---|---|---|---|',
  ...set.map(
    ({ seed, score: q }) =>
      `| ${seed} | ${pct(q.persons.precision)} | ${pct(q.persons.recall)} | ${pct(q.persons.f1)} | ${pct(q.businesses.precision)} | ${pct(q.businesses.recall)} | ${pct(q.businesses.f1)} | ${q.rows.validDropped} | ${q.rows.badAccepted} | ${afterRelink(q.relinked)} |`,
  ),
];
const s = (x: number) => `${x.toFixed(1)} s`;

const scores = [];
const others: Record<OtherSet, { seed: number; score: Score & { relinked: Score } }[]> = {
  second: [],
  third: [],
  fourth: [],
  fifth: [],
  sixth: [],
  seventh: [],
  eighth: [],
  ninth: [],
  tenth: [],
};
const otherSeeds: Record<OtherSet, number[]> = {
  second: SECOND_SEEDS,
  third: THIRD_SEEDS,
  fourth: FOURTH_SEEDS,
  fifth: FIFTH_SEEDS,
  sixth: SIXTH_SEEDS,
  seventh: SEVENTH_SEEDS,
  eighth: EIGHTH_SEEDS,
  ninth: NINTH_SEEDS,
  tenth: TENTH_SEEDS,
};
if (PARTS.includes('quality')) {
  for (const seed of SEEDS) {
    const score = await quality(seed);
    scores.push({ seed, score });
    console.log(JSON.stringify({ seed, score }));
  }
  for (const set of [
    'second',
    'third',
    'fourth',
    'fifth',
    'sixth',
    'seventh',
    'eighth',
    'ninth',
    'tenth',
  ] as const) {
    for (const seed of otherSeeds[set]) {
      const score = await otherSet(set, seed);
      others[set].push({ seed, score });
      console.log(JSON.stringify({ [set]: seed, score }));
    }
  }
}
const { second, third, fourth, fifth, sixth, seventh, eighth, ninth, tenth } = others;
if (!PARTS.includes('speed')) process.exit(0);
/**
 * After the quality part, the speed part runs in a process of its own, as `pilar import` does: its peak
 * memory is then the import's, not the import's on top of what the quality runs left in the heap.
 */
function speedInChild(): Awaited<ReturnType<typeof speed>> {
  const out = execFileSync('npx', ['tsx', 'bench/imports.ts'], {
    env: { ...process.env, BENCH_IMPORT_PARTS: 'speed' },
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  const line = out.split('\n').find((l) => l.startsWith('{"rows"'));
  if (!line) throw new Error('speed part gave no result');
  return JSON.parse(line).speed;
}
const sp = PARTS.includes('quality') ? speedInChild() : await speed();
console.log(JSON.stringify({ rows: ROWS, speed: sp }));
if (!PARTS.includes('quality')) process.exit(0);
const date = new Date().toISOString().slice(0, 10);
const machine = `${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GB`;
const lines = [
  `# Import and record linkage — ${date}`,
  '',
  `Machine: ${machine}; embedded PostgreSQL 15. Command: \`npm run bench:imports\`.`,
  '',
  `## Linkage quality (generated office spreadsheets with known truth, 2,000 people each${NOISE === '1' ? '' : `; offices' mistakes and left-out values ×${NOISE}`})`,
  '',
  '| seed | persons P | persons R | persons F1 | businesses P | businesses R | businesses F1 | valid rows dropped | bad rows accepted | structural rows imported | one owner’s businesses merged | look-alike persons merged | review pairs, persons (truly one) | review pairs, businesses (truly one) | then re-linked: persons P | businesses F1 |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ...scores.map(
    ({ seed, score: q }) =>
      `| ${seed} | ${pct(q.persons.precision)} | ${pct(q.persons.recall)} | ${pct(q.persons.f1)} | ${pct(q.businesses.precision)} | ${pct(q.businesses.recall)} | ${pct(q.businesses.f1)} | ${q.rows.validDropped} | ${q.rows.badAccepted} | ${q.rows.structuralImported} | ${q.ownerBusinesses.merged} of ${q.ownerBusinesses.pairs} | ${(q.lookalikes?.sameNamePairsMerged ?? 0) + (q.lookalikes?.householdPairsMerged ?? 0)} | ${q.reviews.persons.pairs} (${q.reviews.persons.same}) | ${q.reviews.businesses.pairs} (${q.reviews.businesses.same}) | ${afterRelink(q.relinked)} |`,
  ),
  '',
  "The last two columns of each table: the same registry after `pilar linkage run`, the full re-linkage an office runs once a batch of offices' files is in (each import decides row by row, in file order; the re-linkage weighs every pair with all the evidence).",
  '',
  '## Linkage quality on a second, independent set of office files',
  '',
  'Four offices (`bench/linkage/second-set.mjs`, written apart from the generator above: 600 people, 750 businesses, 1,850 rows; the P-IRT register lists a row per product, the kelurahan list has no NIK). Rows meant to be rejected: those whose address names no kelurahan, and NIKs whose typo made an impossible birth date.',
  '',
  ...otherTable(second),
  '',
  '## Linkage quality on a third set of office files',
  '',
  'Five files (`bench/linkage/third-set.mjs`, written apart from both generators above: 700 people, about 880 businesses, 2,000 rows): a survey with a two-line title, kecamatan sections, a total row and a signature block; the cooperative office\'s list in capitals with the whole address in one cell, NIKs as numbers (some rounded to 15 digits) and business names left out; a P-IRT register as a `;` CSV in Windows-1252 with a row per product; the TP PKK kelurahan lists without NIK, their "Usaha" column naming the kind of business ("Rotan", "Konveksi"); a follow-up survey of the next year with a two-row header. Look-alikes: mother and daughter or spouses at one address, often in one trade (each her own business), namesakes within and across kelurahan.',
  '',
  ...otherTable(third),
  '',
  '## Linkage quality on a fourth set of office files',
  '',
  'Six files (`bench/linkage/fourth-set.mjs`, written apart from the three generators above: 700 people, about 870 businesses, 2,000 rows): a P-IRT register as a UTF-8 CSV with the whole address in one cell, a row per product and husbands filing for their wives; a kelurahan workbook of three kelurahan with headers typed by hand ("Nama Pemilk", "Alamt"), the kelurahan only in section rows, a repeated header and per-section totals; the DP3AP2KB survey as an .ods with instructions and summary sheets around the data; a bank\'s (PNM Mekaar) borrower list naming only the trade ("jual kue", "WARUNG", "kerajinan tangan"), in group sections; the cooperative office\'s list with the kelurahan written before the street; the previous year\'s survey as a `;` CSV in Windows-1252 of two staff files pasted together. Look-alikes: mother and daughter, sisters, spouses at one address; namesakes; one woman\'s businesses under one brand.',
  '',
  ...otherTable(fourth),
  '',
  '## Linkage quality on a fifth set of office files',
  '',
  'Six files (`bench/linkage/fifth-set.mjs`, written apart from the four generators above: about 770 people, 880 businesses, 1,950 rows): Dinas Sosial\'s list of women heads of household receiving aid, with a two-row header of merged group cells ("IDENTITAS", "ALAMAT"), names in capitals with "BINTI", and the business only as "Jenis Usaha" ("PEMBUATAN KUE KERING"); Disperindag\'s IKM export as a `,` CSV with snake_case headers, "NULL" and "-" for empty values; a Gelar Produk registration from Google Forms with long question headers, the whole address in one cell, brand and product in one answer ("Omah Sejati (roti manis)", "opak merk Melati Abadi") and a category column ("Makanan & Minuman"), some people submitting twice; a PKK cadre\'s list (.ods) without NIK or kelurahan column, names with forms of address and nicknames; a bank\'s KUR borrowers as a `;` CSV in Windows-1252 ("Usaha Bu Yani", "tempe chips"); the P-IRT register with a sheet per year. Look-alikes: mother and daughter, sisters, spouses, namesakes; husbands on the forms.',
  '',
  ...otherTable(fifth),
  '',
  '## Linkage quality on a sixth set of office files',
  '',
  'Five files (`bench/linkage/sixth-set.mjs`, written apart from the five generators above, on spreadsheet mechanics: about 620 people, 750 businesses, 1,850 rows): a survey .xlsx with a merged title block, header cells with line breaks, an AutoFilter, a frozen pane, a hidden lookup column, formula columns with cached results, `=SUM` subtotals and dates as cells or text ("9-Jan-1967"); a cooperative office\'s list with two facts per cell ("NAMA / NIK", "NAMA USAHA (PRODUK)") and the address over three columns, RT/RW turned into dates by Excel; the P-IRT register as a Windows-1252 CSV with CRLF, quoted commas and doubled quotes, trailing empty columns and NIKs as "3,57301E+15"; a PKK training list (.ods) with spanned and covered cells, a two-row header and LibreOffice\'s blank tail to row 1,048,576; a web application\'s export with every cell an inline string. Look-alikes: mother and daughter, sisters, spouses, namesakes; husbands signing for their wives.',
  '',
  ...otherTable(sixth),
  '',
  '## Linkage quality on a seventh set of office files',
  '',
  'Five files (`bench/linkage/seventh-set.mjs`, written apart from the six generators above, on linking without NIK: about 600 people, 720 businesses, 1,700 rows): an OSS-RBA NIB export with 13-digit NIBs, the KBLI as "10793 - Industri Makanan …", the whole business address in one cell and the NIK masked in most rows ("357305**********"); a field facilitator\'s WhatsApp-group roster as a UTF-8 CSV with a BOM, names with forms of address and nicknames ("Bu Nur", "Mak Ijah"), phone numbers written every way (0812-…, +62 812 …, 812…), the trade in free text ("jahit baju") and no NIK or business name; a Gelar Produk exhibitor list of stylised brands ("D\'Mbok Rasa", "Kriuk-Q") with owners\' titles (Hj., S.Pd.) and a signature block; a kelurahan\'s older list (.ods) with old spellings (Soemarni, Djoewariyah), names with words swapped or dropped, NIKs in about half of the rows (some mistyped) and kecamatan sections; BAZNAS\'s productive-zakat list as a `;` CSV in Windows-1252 with names in capitals and "BINTI". Look-alikes: mother and daughter at one address in one trade, sisters, namesakes in one kelurahan and trade with different phones, one woman\'s two businesses under one brand prefix, husbands named for their wives\' businesses.',
  '',
  ...otherTable(seventh),
  '',
  '## Linkage quality on an eighth set: Pilar serving a regency',
  '',
  'Five files (`bench/linkage/eighth-set.mjs`, written apart from the seven generators above, imported with `PILAR_REGION=35.07`, Kabupaten Malang: about 700 people, 830 businesses, 1,450 rows in 80 villages of 15 kecamatan): the regency\'s survey with a village (desa) column and kecamatan sections; Diskopindag\'s list as a `;` CSV in Windows-1252 with the whole address in one cell — hamlet (dusun), RT/RW, village and sometimes the kecamatan in any order ("Dsn. Krajan Jeru RT 8/RW 1 Kec Turen") —, NIKs as "3,50715E+15" and husbands named for their wives; the P-IRT register with a row per product and renewals listed again; a kecamatan PKK recap grouped under village section rows ("DESA BANJAREJO") with the kecamatan only in the title; a women\'s cooperative\'s .ods member list with nicknames. Villages that share a name across kecamatan (Wonorejo in three, Sumbersuko, Kemiri, Jatisari …), written with or without their kecamatan; outsiders from Kota Malang, Kota Batu and neighbouring regencies, some in places named like the regency\'s villages. A valid row whose village several kecamatan share, written with no kecamatan and no NIK of the regency, is refused with the reason (the place is never guessed): those are the valid rows dropped.',
  '',
  ...otherTable(eighth),
  '',
  '## Linkage quality on a ninth set: Pilar serving another city',
  '',
  'Five files (`bench/linkage/ninth-set.mjs`, written apart from the eight generators above, imported with `PILAR_REGION=35.78`, Kota Surabaya: 700 people, about 860 businesses, 1,650 rows in about 145 kelurahan of all 31 kecamatan): DP3APPKB\'s survey as a hand-built .xlsx — birth dates as date cells in custom formats ("[$-421]dd mmmm yyyy;@"), omzet as numbers in currency formats ("Rp"#,##0, the accounting format), SUM subtotals per kecamatan section, names with non-breaking and zero-width spaces and rich-text runs, an Instagram/e-mail hyperlink column, RT and RW columns beside the street and the family-card number ("No. KK", 16 digits built like a NIK) beside the NIK —; the city\'s Pahlawan Ekonomi registration from Google Forms, exported from Google Sheets with a Timestamp column, questions as headers, NIK, KK and phone numbers turned into number cells, "Tempat, Tgl Lahir" in one answer ("Sby, 12 Mei 1978"), women submitting twice and husbands filling it in for their wives; Dinkopdag\'s list as a `;` CSV in Windows-1252 with names in capitals and titles and the whole address in one cell ("JL. KARANG MENJANGAN GG. II NO. 12 RT 03 RW 05 KEL. AIRLANGGA KEC. GUBENG"); the SPP-IRT register (.ods) with a row per product, P-IRT numbers with the city digits 3578 and a recap table under the data; Kecamatan Rungkut\'s Kampung UKM list with TTL, "Nomor KK", JK as PR/W/LK and turnover per year. Kelurahan named like a kecamatan, their own or another (Kenjeran lies in Bulak, Benowo in Pakal), Wonorejo in two kecamatan, compound names glued, split or abbreviated ("Jemurwonosari", "Kali Rungkut", "Sidotopo Wtn", "DR SOETOMO"); outsiders from Sidoarjo and Gresik just across the border, some in places named like Surabaya\'s (Wonocolo, Semampir, Karang Poh). Look-alikes: mother and daughter and husband and wife on one KK, sisters-in-law at one address, namesakes in kelurahan named alike.',
  '',
  ...otherTable(ninth),
  '',
  '## Linkage quality on a tenth set: Pilar outside Java',
  '',
  'Six files (`bench/linkage/tenth-set.mjs`, written apart from the nine generators above, imported with `PILAR_REGION=12.71`, Kota Medan: about 700 people, 850 businesses, 1,700 rows in about 140 kelurahan of all 21 kecamatan): DP3A\'s survey (.xlsx) with kecamatan sections, a Lingkungan column and empty RT/RW columns; Dinas Koperasi UKM\'s list as a `;` CSV in Windows-1252 with the whole address in one cell, the lingkungan inside it ("Jl. Sei Batang Hari No. 12 Ling. IV Kel. Babura Sunggal Kec. Medan Sunggal", "JL. PELITA II NO 45 LK. 7 SIDORAME BARAT I MEDAN PERJUANGAN"), names in capitals with Chinese names in brackets and NIKs as "1,27106E+15"; the SPP-IRT register (.ods) with a row per product, P-IRT numbers with the city digits 1271 and husbands as applicants; TP PKK Kecamatan Medan Tembung\'s list without NIK, kelurahan sections, forms of address and wives as "Ny. J. Simanjuntak"; BAZNAS\'s productive-zakat list; a Google Forms registration as a UTF-8 CSV with double submissions and husbands for their wives. Kelurahan written as people write them or as the area list abbreviates them ("Pulo Brayan Darat I" / "P Berayan Darat I", "Padang Bulan Selayang I" / "P Bulan Selayang I", "Tj." for Tanjung, "Sungai" for Sei, arabic or roman numerals), kecamatan with or without "Medan"; Batak names with marga and "br."/"boru", left out by some offices; outsiders from Kabupaten Deli Serdang and Kota Binjai, some in villages named like Medan\'s kelurahan (Tembung, Helvetia, Tanjung Selamat, Medan Estate). Look-alikes: mother and daughter and sisters-in-law at one address in one trade, namesakes in one kecamatan.',
  '',
  ...otherTable(tenth),
  '',
  `## Speed (${ROWS.toLocaleString('en')}-row .xlsx, in a process of its own as \`pilar import\`)`,
  '',
  '| measure | time | target |',
  '|---|---|---|',
  `| read the file only (streaming reader, ${sp.rows.toLocaleString('en')} rows) | ${s(sp.readOnly)} | — |`,
  `| import: dry run + commit with linkage | ${s(sp.importAll)} | ≤ 30 s |`,
  `| ratio import / read | ${(sp.importAll / sp.readOnly).toFixed(2)} | ≤ 4 |`,
  `| full re-linkage of the registry (\`pilar linkage run\`) | ${s(sp.linkAll)} | ≤ 15 s |`,
  `| then the linkage index job the import queued (background) | ${s(sp.indexAll)} | — |`,
  `| import of a 1,000-row file against the registry (partial linkage; Node CPU) | ${s(sp.importSmall)} (${s(sp.importSmallCpu)}) | — |`,
  `| of which the commit: linking and writes (Node CPU / PostgreSQL CPU) | ${s(sp.small.commit.wall)} (${s(sp.small.commit.node)} / ${s(sp.small.commit.postgres)}) | linking ≤ 2 s |`,
  `| then its linkage index job (background) | ${s(sp.indexSmall)} | — |`,
  `| another 1,000-row file with the whole registry loaded (PILAR_LINKAGE_PARTIAL=off; Node CPU) | ${s(sp.importSmallFull)} (${s(sp.importSmallFullCpu)}) | — |`,
  `| of which the commit (Node CPU / PostgreSQL CPU) | ${s(sp.smallFull.commit.wall)} (${s(sp.smallFull.commit.node)} / ${s(sp.smallFull.commit.postgres)}) | — |`,
  `| ratio whole registry / partial (wall) | ${(sp.importSmallFull / sp.importSmall).toFixed(2)} | — |`,
  `| peak RSS of the process (after the big import / overall) | ${sp.rssAfterImport} MB / ${sp.peakRss} MB | ≤ 1 GB |`,
];
mkdirSync('bench/results', { recursive: true });
writeFileSync(`bench/results/${date}-imports.md`, `${lines.join('\n')}\n`);
writeFileSync(
  `bench/results/${date}-imports.json`,
  `${JSON.stringify({ date, machine, scores, second, third, fourth, fifth, sixth, seventh, eighth, ninth, tenth, speed: sp }, null, 2)}\n`,
);
console.log(lines.join('\n'));
