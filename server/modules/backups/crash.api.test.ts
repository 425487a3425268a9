import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { type Connection, connect } from '../../db/connection.ts';
import { business, owner } from '../../test/factories.ts';
import { withDatabase } from '../../test/global-setup.ts';
import { freePort } from '../../test/net.ts';
import { sleep, until } from '../../test/wait.ts';
import { runBackup, runRestore } from './backups.cli.ts';
import { verifyBackup } from './backups.service.ts';
import { admin, fingerprint, NO_PROBLEMS, registryProblems } from './backups.testkit.ts';

// On the PostgreSQL-server run the database is not ours to kill: only the Pilar process dies there.
const external = Boolean(process.env.PILAR_TEST_DATABASE_URL);
const PASSWORD = 'uji-Kebal-Crash-2026!';
const [TOTAL, KILL_AFTER, PARALLEL] = [300, 100, 16];
const REGISTRY = ['areas', 'people', 'businesses', 'permits', 'history', 'business_counts'];

const dataDir = mkdtempSync(path.join(tmpdir(), 'pilar-crash-'));
chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as the postgres user and must reach its directory
const dbName = `pilar_t_crash_${process.pid}`;
let env: Record<string, string>;
let base: string;
let server: ChildProcess;
let db: Connection;
let log = '';

/**
 * `pilar serve` in its own process group, so one kill reaches it and everything it started. Its HTTP port was
 * free when chosen; another test file's connection may take it before the server listens: then another port.
 */
async function start() {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce();
    } catch (e) {
      if (attempt >= 3 || !log.includes(`EADDRINUSE: address already in use 127.0.0.1:${env.PORT}`)) throw e;
      const port = await freePort();
      env = { ...env, PORT: String(port) };
      base = `http://127.0.0.1:${port}`;
    }
  }
}

async function startOnce() {
  log = '';
  server = spawn(process.execPath, ['bin/pilar.js', 'serve'], {
    env,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  server.stderr?.on('data', (d: Buffer) => {
    log = (log + d.toString()).slice(-4000);
  });
  await until(
    () => `Pilar on ${base}: ${log}`,
    async () => {
      if (server.exitCode !== null) throw new Error(`Pilar stopped (exit ${server.exitCode}): ${log}`);
      return fetch(`${base}/api/v1/health`).then(
        (r) => r.ok,
        () => false,
      );
    },
    120,
  );
}

/** kill -9 of PostgreSQL, then of the server and whatever is left of its process group. */
async function crash() {
  const exited = new Promise((r) => (gone() ? r(null) : server.once('exit', r)));
  if (!external) {
    const pm = Number(readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(pm, 'SIGKILL');
    // The server reaps its child; orphaned first, it may linger as a zombie that looks alive to the next start.
    await until(
      () => 'postgres to be reaped',
      () => !existsSync(`/proc/${pm}`),
      10,
    );
  }
  // The server may already have ended on its own when its database went away.
  try {
    process.kill(-(server.pid as number), 'SIGKILL');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err;
  }
  await exited;
}

const gone = () => server.exitCode !== null || server.signalCode !== null;

/** A clean stop for the end: the server stops its PostgreSQL on SIGTERM. */
async function stop() {
  const exited = new Promise((r) => server.once('exit', r));
  server.kill('SIGTERM');
  await Promise.race([exited, sleep(12_000)]);
  if (server.exitCode === null && server.signalCode === null)
    process.kill(-(server.pid as number), 'SIGKILL');
}

/** A client that signs in when the server has accounts, and otherwise just calls. */
async function client() {
  let headers: Record<string, string> = { 'content-type': 'application/json', 'x-pilar-actor': 'penguji' };
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ username: 'admin', password: PASSWORD }),
  });
  if (login.ok) {
    const me = await login.json();
    const cookie =
      login.headers
        .getSetCookie()
        .find((c) => c.startsWith('pilar_session='))
        ?.split(';')[0] ?? '';
    headers = { ...headers, cookie, 'x-pilar-csrf': me.csrfToken };
  } else expect(login.status).toBe(404);
  return (body: unknown) =>
    fetch(`${base}/api/v1/businesses`, { method: 'POST', headers, body: JSON.stringify(body) });
}

/** Runs a backup or restore command in a child process that freezes after the given table, ready to be killed. */
function frozenChild(command: 'runBackup' | 'runRestore', file: string, table: string) {
  const script = `
    const { loadConfig } = await import('./server/config.ts');
    const cli = await import('./server/modules/backups/backups.cli.ts');
    const say = (m) => {
      console.error(m);
      if (m.includes(' ${table}:')) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 120000);
    };
    await cli.${command}(loadConfig(), ${JSON.stringify(file)}, say);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let out = '';
  child.stderr?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const frozen = until(
    () => `${command} to reach ${table}: ${out}`,
    () => {
      if (child.exitCode !== null) throw new Error(`${command} ended early: ${out}`);
      return out.includes(` ${table}:`);
    },
    60,
  );
  return { child, frozen };
}

const backupFile = (name: string) => path.join(dataDir, name);

beforeAll(async () => {
  const [port, dbPort] = [await freePort(), await freePort()];
  let url = '';
  if (external) {
    await admin((c) => c.query(`create database ${dbName} template ${inject('templateDb')}`));
    url = withDatabase(inject('adminUrl'), dbName);
  }
  base = `http://127.0.0.1:${port}`;
  env = {
    ...(process.env as Record<string, string>),
    PORT: String(port),
    PILAR_DB_PORT: String(dbPort),
    PILAR_DATA_DIR: dataDir,
    PILAR_DEMO: 'off',
    PILAR_LOG_LEVEL: 'warn',
    PILAR_ADMIN_PASSWORD: PASSWORD,
    DATABASE_URL: url,
  };
  await start();
  const pw = external ? '' : readFileSync(path.join(dataDir, 'pg-password'), 'utf8').trim();
  db = connect(url || `postgres://pilar:${encodeURIComponent(pw)}@127.0.0.1:${dbPort}/pilar`, 2);
  await runBackup(loadConfig(env), backupFile('awal.pilar.gz'), () => {});
});

afterAll(async () => {
  await db?.close();
  if (server && !gone()) await stop();
  if (external) await admin((c) => c.query(`drop database if exists ${dbName} with (force)`));
  rmSync(dataDir, { recursive: true, force: true });
});

describe.sequential(`kill -9 (${external ? 'Pilar only, PostgreSQL server' : 'Pilar and embedded PostgreSQL'})`, () => {
  it('during concurrent writes loses no acknowledged business and leaves none half written', async () => {
    const post = await client();
    const acked: { id: number; ownerId: number }[] = [];
    let [next, killing] = [0, undefined as Promise<void> | undefined];
    const worker = async () => {
      for (let i = next++; i < TOTAL; i = next++) {
        const body = business({
          name: `Usaha Uji Crash ${i}`,
          owner: owner({ name: `Pelaku Uji Crash ${i}` }),
        });
        const res = await post(body).catch(() => null); // refused or reset by the kill: not acknowledged
        if (res?.status === 201) acked.push((await res.json()).business);
        if (acked.length >= KILL_AFTER) killing ??= crash();
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    await killing;
    expect(acked.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(acked.length).toBeLessThan(TOTAL);

    await start();
    const { rows } = await db.pool.query<{ id: number; owner_id: number }>(
      'select b.id, b.owner_id from businesses b join people p on p.id = b.owner_id where b.id = any($1)',
      [acked.map((a) => a.id)],
    );
    expect(rows.map((r) => [r.id, r.owner_id]).sort()).toEqual(acked.map((a) => [a.id, a.ownerId]).sort());
    const half = await db.pool.query(`select
      (select count(*)::int from people p where p.name like 'Pelaku Uji Crash %'
        and not exists (select 1 from businesses b where b.owner_id = p.id)) as owner_without_business,
      (select count(*)::int from people p where (select count(*) from history h
        where h.entity = 'person' and h.entity_id = p.id and h.action = 'create') <> 1) as person_creates_not_one`);
    expect(half.rows[0]).toEqual({ owner_without_business: 0, person_creates_not_one: 0 });
    expect(await registryProblems(db.pool)).toEqual(NO_PROBLEMS);
  });

  it('during a backup leaves no file that looks complete', async () => {
    const file = backupFile('putus.pilar.gz');
    const { child, frozen } = frozenChild('runBackup', file, 'businesses');
    await frozen;
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(existsSync(file)).toBe(false);
    if (existsSync(`${file}.partial`)) {
      await expect(verifyBackup(`${file}.partial`)).rejects.toMatchObject({ code: 'DAMAGED' });
    }
    await runBackup(loadConfig(env), backupFile('utuh.pilar.gz'), () => {});
  });

  it('during a restore leaves the registry as it was; a full restore then brings back either backup', async () => {
    const before = await fingerprint(db.pool);
    const { child, frozen } = frozenChild('runRestore', backupFile('awal.pilar.gz'), 'businesses');
    await frozen;
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    // The audit log may gain seals and entries meanwhile (the server's sealer, the backups' own entries).
    const during = await fingerprint(db.pool);
    for (const table of REGISTRY) expect(during[table], table).toBe(before[table]);

    await runRestore(loadConfig(env), backupFile('awal.pilar.gz'), () => {});
    expect((await db.pool.query('select count(*)::int as n from businesses')).rows[0].n).toBe(0);
    await runRestore(loadConfig(env), backupFile('utuh.pilar.gz'), () => {});
    const after = await fingerprint(db.pool);
    for (const table of REGISTRY) expect(after[table], table).toBe(before[table]);
  });
});
