import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Connection, connect } from '../db/connection.ts';
import { admin } from '../modules/backups/backups.testkit.ts';
import { WOMEN_FIRST, WOMEN_SECOND } from '../modules/demo/names.ts';
import { nik } from '../test/factories.ts';
import { withDatabase } from '../test/global-setup.ts';
import { freePort } from '../test/net.ts';
import { sleep, until } from '../test/wait.ts';

const external = Boolean(process.env.PILAR_TEST_DATABASE_URL);
const ROWS = 3000;
const KELURAHAN = ['Bandulan', 'Tlogomas', 'Purwantoro', 'Kauman', 'Sawojajar', 'Dinoyo'];
const PRODUCTS = ['Kue', 'Keripik', 'Jahit', 'Sambal', 'Batik', 'Jamu', 'Tempe'];
const dataDir = mkdtempSync(path.join(tmpdir(), 'pilar-import-crash-'));
chmodSync(dataDir, 0o755);
const file = path.join(dataDir, 'survei.xlsx');
const dbName = `pilar_t_icrash_${process.pid}`;
let env: Record<string, string>;
let server: ChildProcess;
let db: Connection;

/** A survey of distinct women (names, birth dates, NIKs all differ), one business each. */
async function writeSurvey() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  ws.addRow(['NIK', 'Nama Pemilik', 'Kelurahan', 'Nama Usaha', 'Produk', 'Omzet']);
  for (let i = 0; i < ROWS; i++) {
    const first = WOMEN_FIRST[i % WOMEN_FIRST.length];
    const name = `${first} ${WOMEN_SECOND[Math.floor(i / WOMEN_FIRST.length) % WOMEN_SECOND.length]}`;
    const born = `${1950 + (i % 50)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const place = KELURAHAN[i % KELURAHAN.length];
    ws.addRow([
      nik('P', born, '35.73.04'),
      name,
      place,
      `${PRODUCTS[i % PRODUCTS.length]} ${name}`,
      'kue',
      '1 juta',
    ]);
  }
  await wb.xlsx.writeFile(file);
}

/** `pilar import` in a child process that stops dead while its commit transaction is open. */
function frozenImport() {
  const script = `
    const { loadConfig } = await import('./server/config.ts');
    const { prepareDatabase } = await import('./server/startup.ts');
    const { runImport } = await import('./server/modules/imports/imports.cli.ts');
    const conn = await prepareDatabase(loadConfig(), () => {});
    const say = (m) => {
      console.error(m);
      if (m.startsWith('Menyimpan')) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 120000);
    };
    await runImport(conn.db, loadConfig(), ${JSON.stringify(file)}, { source: 'Uji crash' }, say);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let out = '';
  child.stderr?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  return { child, frozen: until('the commit to start', () => out.includes('Menyimpan'), 120) };
}

async function startServer() {
  let log = '';
  server = spawn(process.execPath, ['bin/pilar.js', 'serve'], {
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [server.stdout, server.stderr]) {
    stream?.on('data', (d: Buffer) => {
      log = (log + d.toString()).slice(-4000);
    });
  }
  // Should it never answer, say what the server wrote and whether it is still running.
  await until(
    () => `the server (exit code ${server.exitCode}); its output:\n${log}`,
    () =>
      fetch(`http://127.0.0.1:${env.PORT}/api/v1/health`).then(
        (r) => r.ok,
        () => false,
      ),
    120,
  );
}

/** SIGTERM, and SIGKILL if it has not exited 12 s later: the next server needs the port. */
async function stopServer() {
  if (server?.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((r) => server.once('exit', r));
  server.kill('SIGTERM');
  if ((await Promise.race([exited.then(() => true), sleep(12_000).then(() => false)])) === false) {
    server.kill('SIGKILL');
    await exited;
  }
}

/** An export run by a worker of its own that stops dead once it has written its first page. */
function frozenExport() {
  const script = `
    const { loadConfig } = await import('./server/config.ts');
    const { prepareDatabase } = await import('./server/startup.ts');
    const { createExport, writeExportJob } = await import('./server/modules/exports/exports.service.ts');
    const { claimJob } = await import('./server/jobs/jobs.repository.ts');
    const { runClaimed } = await import('./server/jobs/runner.ts');
    const config = loadConfig();
    const conn = await prepareDatabase(config, () => {});
    const admin = await conn.db.selectFrom('users').select('id').where('role', '=', 'admin').executeTakeFirstOrThrow();
    const caller = { id: admin.id, username: 'admin', name: 'Admin', role: 'admin', scope: config.region, ip: null };
    const e = await createExport(conn.db, { format: 'csv', filter: {} }, { config, caller });
    const job = await claimJob(conn.db, ['export.write']);
    const onProgress = (done) => {
      console.error('ditulis ' + done);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 120000);
    };
    await runClaimed(job, writeExportJob, { db: conn.db, config, onProgress });`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let out = '';
  child.stderr?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  return { child, frozen: until('the export to write its first page', () => out.includes('ditulis'), 120) };
}

const count = async (table: 'people' | 'businesses' | 'source_rows') =>
  Number((await db.pool.query(`select count(*) as n from ${table}`)).rows[0].n);

beforeAll(async () => {
  await writeSurvey();
  const [port, dbPort] = [await freePort(), await freePort()];
  let url = '';
  if (external) {
    await admin((c) => c.query(`create database ${dbName} template ${inject('templateDb')}`));
    url = withDatabase(inject('adminUrl'), dbName);
  }
  env = {
    ...(process.env as Record<string, string>),
    PORT: String(port),
    PILAR_DB_PORT: String(dbPort),
    PILAR_DATA_DIR: dataDir,
    PILAR_DEMO: 'off',
    PILAR_LOG_LEVEL: 'warn',
    PILAR_ADMIN_PASSWORD: 'uji-Kebal-Crash-2026!',
    PILAR_JOB_STALE_SECONDS: '2',
    DATABASE_URL: url,
  };
  await startServer();
  const pw = external ? '' : readFileSync(path.join(dataDir, 'pg-password'), 'utf8').trim();
  db = connect(url || `postgres://pilar:${encodeURIComponent(pw)}@127.0.0.1:${dbPort}/pilar`, 2);
});

afterAll(async () => {
  await db?.close();
  await stopServer();
  if (external) await admin((c) => c.query(`drop database if exists ${dbName} with (force)`));
  rmSync(dataDir, { recursive: true, force: true });
});

describe('kill -9 of an import while it saves', () => {
  it('leaves nothing half imported, and the server finishes the job exactly once', async () => {
    const { child, frozen } = frozenImport();
    await frozen;
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(await count('people')).toBe(0);
    expect(await count('businesses')).toBe(0);

    // The server's worker sees the job's heartbeat stop and runs the commit again, from the start.
    const state = async () => (await db.pool.query('select state, counts from imports')).rows[0];
    await until('the import to be committed', async () => (await state())?.state === 'committed', 120);
    expect((await state()).counts).toMatchObject({ peopleNew: ROWS, businessesNew: ROWS });
    expect(await count('people')).toBe(ROWS);
    expect(await count('businesses')).toBe(ROWS);
    expect(await count('source_rows')).toBe(ROWS);
    const { rows } = await db.pool.query(
      'select count(*) as n from source_rows r where not exists (select 1 from source_row_links l where l.id = r.id)',
    );
    expect(Number(rows[0].n)).toBe(0);
  }, 240_000);
});

describe('kill -9 of an export while it writes', () => {
  it('leaves no half file under the export’s name, and the restarted server writes it whole', async () => {
    await stopServer();
    const { child, frozen } = frozenExport();
    await frozen;
    const folder = path.join(dataDir, 'exports');
    expect(readdirSync(folder).some((f) => f.endsWith('.csv.partial'))).toBe(true);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const exp = async () =>
      (await db.pool.query('select e.*, j.state from exports e join jobs j on j.id = e.job_id')).rows[0];
    const before = await exp();
    expect(existsSync(path.join(folder, `${before.id}.csv`))).toBe(false);
    expect(before.row_count).toBeNull();

    await startServer();
    await until('the export to be written', async () => (await exp()).state === 'done', 120);
    const done = await exp();
    expect(done.row_count).toBe(ROWS);
    const lines = readFileSync(path.join(folder, `${done.id}.csv`), 'utf8')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(ROWS + 1);
    expect(new Set(lines.slice(1).map((l) => l.split(',')[0])).size).toBe(ROWS);
    expect(readdirSync(folder).filter((f) => f.endsWith('.partial'))).toEqual([]);
  }, 240_000);
});
