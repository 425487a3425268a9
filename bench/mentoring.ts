// `npm run bench:mentoring`: the pendamping's "Pekerjaan saya" and a business's roadmap, level and needs on
// the demo database, through the real server as the demo pendamping, beside the repository queries the
// services run, in one run. Writes bench/results/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { connect } from '../server/db/connection.ts';
import { listInterventions } from '../server/modules/roadmap/roadmap.repository.ts';
import { openItemsOf, roadmapsOf } from '../server/modules/roadmap/work.repository.ts';
import { addDays, jakartaToday } from '../shared/rules/mentoring.ts';
import { signIn, startBenchServer } from './server.ts';
import { percentile } from './util.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);

async function time(fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 10; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

const bench = await startBenchServer();
// The demo accounts the first start printed: the pendamping of Blimbing carries demo roadmaps.
const accounts = readFileSync(path.join(bench.dataDir, 'demo-accounts.txt'), 'utf8');
const password = /^\s*pendamping\s+(\S+)/m.exec(accounts)?.[1];
if (!password) throw new Error('no demo pendamping account');
const call = await signIn(bench.base, 'pendamping', password);
const me = (await (await call('/api/v1/auth/me')).json()) as { id: number };
const direct = connect(bench.conn.url, 1);
const work = (await (await call('/api/v1/my-work')).json()) as { businesses: { businessId: number }[] };
const businessId = work.businesses[0]?.businessId;
if (!businessId) throw new Error('the demo pendamping has no roadmap');
const roadmap = await direct.db
  .selectFrom('roadmaps')
  .select('id')
  .where('business_id', '=', businessId)
  .where('closed_at', 'is', null)
  .executeTakeFirstOrThrow();

const get = (p: string) => async () => {
  const res = await call(p);
  if (!res.ok) throw new Error(`${p}: ${res.status}`);
  await res.arrayBuffer();
};
const today = jakartaToday();
const cases = [
  {
    name: `Pekerjaan saya (${work.businesses.length} usaha)`,
    http: get('/api/v1/my-work'),
    sql: () =>
      Promise.all([openItemsOf(direct.db, me.id, addDays(today, 14)), roadmapsOf(direct.db, me.id, today)]),
  },
  {
    name: 'rencana pendampingan satu usaha',
    http: get(`/api/v1/businesses/${businessId}/roadmap`),
    sql: () => listInterventions(direct.db, roadmap.id),
  },
  { name: 'level dan riwayat penilaian', http: get(`/api/v1/businesses/${businessId}/level`), sql: null },
  { name: 'kebutuhan per pilar', http: get(`/api/v1/businesses/${businessId}/needs`), sql: null },
];
const rows = [];
for (const c of cases) {
  const http = await time(c.http);
  const sql = c.sql ? await time(c.sql) : null;
  rows.push({
    name: c.name,
    httpP50: percentile(http, 50),
    httpP95: percentile(http, 95),
    sqlP95: sql ? percentile(sql, 95) : null,
  });
}
await direct.close();
await bench.stop();

const date = new Date().toISOString().slice(0, 10);
const machine = `${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}`;
const f = (n: number | null) => (n === null ? '—' : n.toFixed(1));
const report = `# Mentoring pages benchmark — ${date}

Machine: ${machine}; embedded PostgreSQL 15, the demo registry with its demo roadmaps, assessments and
programmes. Command: \`npm run bench:mentoring\`. ${ROUNDS} sequential rounds per case after 10 warm-up calls,
signed in as the demo pendamping. "SQL" runs the repository queries the service runs, over one connection.
Target: every HTTP p95 ≤ 200 ms.

| case | HTTP p50 (ms) | HTTP p95 (ms) | SQL p95 (ms) | ratio p95 |
|---|---|---|---|---|
${rows.map((r) => `| ${r.name} | ${f(r.httpP50)} | ${f(r.httpP95)} | ${f(r.sqlP95)} | ${r.sqlP95 ? (r.httpP95 / r.sqlP95).toFixed(2) : '—'} |`).join('\n')}
`;
mkdirSync('bench/results', { recursive: true });
writeFileSync(`bench/results/${date}-mentoring.md`, report);
writeFileSync(
  `bench/results/${date}-mentoring.json`,
  `${JSON.stringify({ date, machine, rows }, null, 2)}\n`,
);
console.log(report);
process.exit(0);
