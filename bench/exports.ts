// `npm run bench:exports`: the whole demo registry (99k businesses) exported to xlsx and to csv through the
// real server (background job, then download) beside the plain SQL that reads the same rows, the printed
// recap PDF beside its query, and the server's peak RSS, in one run. Writes bench/results/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { connect } from '../server/db/connection.ts';
import { recapRows } from '../server/modules/reports/recap.repository.ts';
import { BENCH_ADMIN_PASSWORD, signIn, startBenchServer } from './server.ts';
import { percentile, procMemoryMb } from './util.ts';

const bench = await startBenchServer();
const call = await signIn(bench.base, 'admin', BENCH_ADMIN_PASSWORD);
await new Promise((r) => setTimeout(r, 2000));
const idleRss = procMemoryMb(bench.server.pid as number, 'VmRSS');
const direct = connect(bench.conn.url, 1);

/** Export requested, written by the job and downloaded: seconds until the whole file is here. */
async function exportAll(format: 'xlsx' | 'csv') {
  const t0 = performance.now();
  const res = await call('/api/v1/exports', {
    method: 'POST',
    body: { format, personalData: true, purpose: 'Pengukuran kinerja ekspor' },
  });
  if (res.status !== 201) throw new Error(`export: ${res.status} ${await res.text()}`);
  const { id } = (await res.json()) as { id: number };
  for (;;) {
    const e = (await (await call(`/api/v1/exports/${id}`)).json()) as { state: string; rowCount: number };
    if (e.state === 'failed') throw new Error('export failed');
    if (e.state === 'done') {
      const file = await call(`/api/v1/exports/${id}/file`);
      const bytes = (await file.arrayBuffer()).byteLength;
      return { seconds: (performance.now() - t0) / 1000, rows: e.rowCount, bytes };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

// The same rows as one plain query: what the database alone needs to hand them over.
const PLAIN = `
  select b.*, p.name as owner_name, p.nik, p.gender, p.birth_date, p.krtp, p.phone, kel.name, kec.name,
    array(select pm.type || ':' || pm.number from permits pm where pm.business_id = b.id
      and (pm.expires_on is null or pm.expires_on >= current_date)) as permits
  from businesses b join people p on p.id = b.owner_id
  join areas kel on kel.code = b.kelurahan_code join areas kec on kec.code = b.kecamatan_code
  where p.processing_restricted_at is null and p.erased_at is null order by b.id`;
async function plain() {
  const t0 = performance.now();
  const r = await direct.pool.query(PLAIN);
  return { seconds: (performance.now() - t0) / 1000, rows: r.rowCount ?? 0 };
}

await plain(); // warm the cache as the exports will find it
const sql = await plain();

/** The printed recap: p95 of 20 downloads beside the query behind it. */
async function recap() {
  const http: number[] = [];
  const query: number[] = [];
  for (let i = 0; i < 22; i++) {
    let t0 = performance.now();
    const res = await call('/api/v1/reports/recap.pdf');
    if (!res.ok) throw new Error(`recap: ${res.status}`);
    await res.arrayBuffer();
    if (i >= 2) http.push(performance.now() - t0);
    t0 = performance.now();
    await recapRows(direct.db, '35.73', '35.73');
    if (i >= 2) query.push(performance.now() - t0);
  }
  return { p95: percentile(http, 95) / 1000, sqlP95: percentile(query, 95) / 1000 };
}
const pdf = await recap();
const xlsx = await exportAll('xlsx');
const csv = await exportAll('csv');
const peakRss = procMemoryMb(bench.server.pid as number, 'VmHWM');
await direct.close();
await bench.stop();
if (xlsx.rows !== sql.rows || csv.rows !== sql.rows) throw new Error('an export lost rows');

const date = new Date().toISOString().slice(0, 10);
const machine = `${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}`;
const s = (x: number) => `${x.toFixed(1)} s`;
const mb = (b: number) => `${(b / 1_048_576).toFixed(1)} MB`;
const report = `# Export and printed report benchmark — ${date}

Machine: ${machine}; embedded PostgreSQL 15, the demo registry. Command: \`npm run bench:exports\`.
Each export goes through the real server: request, background job, download of the finished file.

| measure | time | rows | file | target |
|---|---|---|---|---|
| plain SQL reading the same rows (one query) | ${s(sql.seconds)} | ${sql.rows.toLocaleString('en')} | — | — |
| export to .xlsx with personal data | ${s(xlsx.seconds)} | ${xlsx.rows.toLocaleString('en')} | ${mb(xlsx.bytes)} | ≤ 20 s |
| export to .csv with personal data | ${s(csv.seconds)} | ${csv.rows.toLocaleString('en')} | ${mb(csv.bytes)} | — |
| ratio xlsx / plain SQL | ${(xlsx.seconds / sql.seconds).toFixed(1)} | | | |
| recap PDF per kecamatan/kelurahan, p95 of 20 (its query alone: ${(pdf.sqlP95 * 1000).toFixed(0)} ms) | ${(pdf.p95 * 1000).toFixed(0)} ms | | | ≤ 3 s |
| server peak RSS (idle ${idleRss} MB) | ${peakRss} MB | | | ≤ 300 MB |
`;
mkdirSync('bench/results', { recursive: true });
writeFileSync(`bench/results/${date}-exports.md`, report);
writeFileSync(
  `bench/results/${date}-exports.json`,
  `${JSON.stringify({ date, machine, sql, xlsx, csv, pdf, idleRss, peakRss }, null, 2)}\n`,
);
console.log(report);
process.exit(0);
