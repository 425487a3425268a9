#!/usr/bin/env node
// `npm test`: every suite in turn (unit, API on embedded PostgreSQL, the same API suite on a
// PostgreSQL 15 server, browser journeys), then one closing line `N passed, N failed`.
// A suite that cannot run here says so loudly; with CI=true that counts as a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ci = process.env.CI === 'true';
const vitest = path.join('node_modules', 'vitest', 'vitest.mjs');
const totals = { passed: 0, failed: 0, skipped: 0 };
const problems = [];

function runVitest(label, project, env = {}) {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'pilar-results-')), 'r.json');
  console.log(`\n=== ${label} ===`);
  const res = spawnSync(
    process.execPath,
    [vitest, 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile=${out}`],
    {
      stdio: 'inherit',
      env: { ...process.env, ...env },
    },
  );
  if (!existsSync(out)) {
    totals.failed += 1;
    problems.push(`${label}: the runner stopped before reporting (exit ${res.status})`);
    return;
  }
  const r = JSON.parse(readFileSync(out, 'utf8'));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  totals.skipped += r.numPendingTests + r.numTodoTests;
  const broken = r.testResults.filter(
    (f) => f.status === 'failed' && f.assertionResults.every((a) => a.status !== 'failed'),
  );
  if (broken.length || (res.status !== 0 && r.numFailedTests === 0)) {
    totals.failed += Math.max(broken.length, 1);
    problems.push(
      `${label}: a test file or setup failed (${broken.map((f) => path.relative('.', f.name)).join(', ') || `exit ${res.status}`})`,
    );
  } else if (r.numFailedTests) problems.push(`${label}: ${r.numFailedTests} failed`);
}

function missing(label, why) {
  const line = `${label} DID NOT RUN: ${why}`;
  console.error(`\n${'!'.repeat(line.length)}\n${line}\n${'!'.repeat(line.length)}`);
  problems.push(line);
  if (ci) totals.failed += 1;
}

/** The PostgreSQL 15 server: PILAR_TEST_DATABASE_URL, or a throwaway one started from Debian's binaries. */
function withPostgresServer(fn) {
  if (process.env.PILAR_TEST_DATABASE_URL) return fn(process.env.PILAR_TEST_DATABASE_URL);
  const dir = path.join(tmpdir(), `pilar-pg15-${process.pid}`);
  const port = String(56000 + (process.pid % 1000));
  const started = spawnSync('bash', ['scripts/pg-server.sh', 'start', dir, port], { encoding: 'utf8' });
  if (started.status !== 0)
    return missing('API suite on PostgreSQL server', (started.stderr || 'could not start PostgreSQL').trim());
  try {
    fn(started.stdout.trim());
  } finally {
    spawnSync('bash', ['scripts/pg-server.sh', 'stop', dir], { stdio: 'inherit' });
  }
}

runVitest('Unit tests', 'unit');
runVitest('API suite on embedded PostgreSQL', 'api', { PILAR_TEST_DATABASE_URL: '' });
withPostgresServer((url) =>
  runVitest('API suite on PostgreSQL server', 'api', { PILAR_TEST_DATABASE_URL: url }),
);
const chromium = process.env.PILAR_CHROMIUM ?? '/usr/bin/chromium';
if (existsSync(chromium)) runVitest('Browser journeys (Chromium)', 'e2e', { PILAR_CHROMIUM: chromium });
else missing('Browser journeys', `no Chromium at ${chromium} (apt-get install -y chromium)`);

rmSync(path.join(tmpdir(), `pilar-pg15-${process.pid}`), { recursive: true, force: true });
if (problems.length) console.log(`\nProblems:\n- ${problems.join('\n- ')}`);
console.log(
  `\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
);
process.exit(totals.failed ? 1 : 0);
