// Load benchmark: 50 concurrent signed-in users on mixed read/write traffic for 60 s on the demo registry.
// Target: 0 errors, p99 ≤ 300 ms. Writes bench/results/<date>-load.md and .json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { buildNik } from '../shared/rules/nik.ts';
import { BENCH_ADMIN_PASSWORD, signIn, startBenchServer } from './server.ts';
import { percentile } from './util.ts';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const USERS = 50;
const PASSWORD = 'muat-Beban-Kenari-Senja-7';
const KECAMATAN = ['35.73.01', '35.73.02', '35.73.03', '35.73.04', '35.73.05'];
const TERMS = [
  'keripik tempe',
  'kue basah',
  'rotan',
  'batik',
  'konveksi',
  'sambal',
  'kripik',
  'jahit',
  'mebel',
  'keramik',
];
type Call = Awaited<ReturnType<typeof signIn>>;
const samples: Record<string, number[]> = {};
const errors: string[] = [];
let serial = 5000;

async function timed(action: string, fn: () => Promise<Response>): Promise<unknown> {
  const t0 = performance.now();
  const res = await fn();
  const body = res.status === 204 ? null : await res.json();
  samples[action] = [...(samples[action] ?? []), performance.now() - t0];
  if (!res.ok) errors.push(`${action}: ${res.status} ${JSON.stringify(body).slice(0, 160)}`);
  return body;
}

const pick = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)] as T;
const THINK_MS = Number(process.env.LOAD_THINK_MS ?? 600);
// A person reads a page before the next click: uniform 0–2× the mean think time.
const think = () => new Promise((r) => setTimeout(r, Math.random() * 2 * THINK_MS));

async function officer(call: Call, scope: string, until: number) {
  let ids: number[] = [];
  while (Date.now() < until) {
    await think();
    const r = Math.random();
    if (r < 0.35 || ids.length === 0) {
      const filter = pick(['', `&sector=pangan`, `&permit=PIRT`, `&krtp=true`, `&kelurahan=${scope}.1003`]);
      const page = (await timed('list', () => call(`/api/v1/businesses?limit=50${filter}`))) as {
        items?: { id: number }[];
      };
      if (page?.items?.length) ids = page.items.map((i) => i.id);
    } else if (r < 0.5) {
      await timed('search', () => call(`/api/v1/businesses?limit=20&q=${encodeURIComponent(pick(TERMS))}`));
    } else if (r < 0.75) {
      await timed('profile', () => call(`/api/v1/businesses/${pick(ids)}`));
    } else if (r < 0.85) {
      await timed('dashboard', () => call('/api/v1/dashboard/summary'));
    } else if (r < 0.95) {
      const id = pick(ids);
      const b = (await timed('profile', () => call(`/api/v1/businesses/${id}`))) as { version: number };
      await timed('edit', () =>
        call(`/api/v1/businesses/${id}`, {
          method: 'PATCH',
          body: { version: b.version, monthlyTurnover: 1_000_000 + Math.floor(Math.random() * 9_000_000) },
        }),
      );
    } else {
      serial += 1;
      const nik = buildNik({ districtCode: '35.73.04', gender: 'P', birthDate: '1980-01-01', serial });
      await timed('create', () =>
        call('/api/v1/businesses', {
          method: 'POST',
          body: {
            name: `Usaha Uji Beban ${serial}`,
            kelurahanCode: `${scope}.1002`,
            kbliCode: '10792',
            owner: { name: `Pemilik Uji ${serial}`, nik, gender: 'P', krtp: true },
          },
        }),
      );
    }
  }
}

async function leader(call: Call, until: number) {
  while (Date.now() < until) {
    await think();
    if (Math.random() < 0.6) await timed('dashboard', () => call('/api/v1/dashboard/summary'));
    else await timed('area tree', () => call('/api/v1/areas/tree'));
  }
}

const bench = await startBenchServer();
const admin = await signIn(bench.base, 'admin', BENCH_ADMIN_PASSWORD);
const plan = Array.from({ length: USERS }, (_, i) => {
  const role = i < 20 ? 'operator' : i < 40 ? 'pendamping' : 'pimpinan';
  const kec = KECAMATAN[i % 5] as string;
  return { username: `beban${i}`, role, scope: role === 'pendamping' ? kec : '35.73', kec };
});
for (const p of plan) {
  const res = await admin('/api/v1/users', {
    method: 'POST',
    body: {
      username: p.username,
      name: `Pengguna Beban ${p.username}`,
      role: p.role,
      scopeCode: p.scope,
      password: PASSWORD,
    },
  });
  if (!res.ok) throw new Error(`user ${p.username}: ${res.status} ${await res.text()}`);
}
const calls = await Promise.all(plan.map((p) => signIn(bench.base, p.username, PASSWORD)));
const started = Date.now();
const until = started + SECONDS * 1000;
await Promise.all(
  plan.map((p, i) =>
    p.role === 'pimpinan' ? leader(calls[i] as Call, until) : officer(calls[i] as Call, p.kec, until),
  ),
);
const elapsed = (Date.now() - started) / 1000;
await bench.stop();

const all = Object.values(samples).flat();
const f = (n: number) => n.toFixed(1);
const rows = Object.entries(samples).map(
  ([action, xs]) =>
    `| ${action} | ${xs.length} | ${f(percentile(xs, 50))} | ${f(percentile(xs, 95))} | ${f(percentile(xs, 99))} |`,
);
const date = new Date().toISOString().slice(0, 10);
const machine = `${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}`;
const report = `# Load benchmark — ${date}

Machine: ${machine}. Server and load generator on the same machine (loopback), embedded PostgreSQL 15,
99,213 demo businesses. ${USERS} signed-in users (20 operators, 20 pendamping scoped to a kecamatan,
10 pimpinan), each in a closed loop with a think time of 0–${2 * THINK_MS} ms (mean ${THINK_MS} ms) between
actions, for ${f(elapsed)} s. Set LOAD_THINK_MS=0 for a saturation run.

- Requests: **${all.length}** (${f(all.length / elapsed)}/s); errors: **${errors.length}** (target 0)
- Latency over all requests: p50 ${f(percentile(all, 50))} ms, p95 ${f(percentile(all, 95))} ms, **p99 ${f(percentile(all, 99))} ms** (target ≤ 300 ms)

| action | requests | p50 ms | p95 ms | p99 ms |
|---|---|---|---|---|
${rows.join('\n')}
${
  errors.length
    ? `\nFirst errors:\n${errors
        .slice(0, 10)
        .map((e) => `- ${e}`)
        .join('\n')}\n`
    : ''
}`;
mkdirSync('bench/results', { recursive: true });
writeFileSync(`bench/results/${date}-load.md`, report);
const json = {
  date,
  machine,
  users: USERS,
  seconds: elapsed,
  requests: all.length,
  errors: errors.length,
  p50: percentile(all, 50),
  p95: percentile(all, 95),
  p99: percentile(all, 99),
  byAction: Object.fromEntries(
    Object.entries(samples).map(([a, xs]) => [
      a,
      { n: xs.length, p50: percentile(xs, 50), p95: percentile(xs, 95), p99: percentile(xs, 99) },
    ]),
  ),
};
writeFileSync(`bench/results/${date}-load.json`, `${JSON.stringify(json, null, 2)}\n`);
console.log(report);
process.exit(0);
