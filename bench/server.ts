// A real Pilar server with the demo registry on a throwaway embedded database, for benchmarks.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../server/config.ts';
import { prepareDatabase, seedDemoIfEmpty } from '../server/startup.ts';
import { freePort, waitFor } from './util.ts';

export const BENCH_ADMIN_PASSWORD = 'bench-Kenari-Lembayung-2026';

export async function startBenchServer() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pilar-bench-'));
  chmodSync(dataDir, 0o755);
  const [port, dbPort] = [await freePort(), await freePort()];
  const env = {
    ...process.env,
    PILAR_DATA_DIR: dataDir,
    PILAR_DB_PORT: String(dbPort),
    PORT: String(port),
    DATABASE_URL: '',
    PILAR_ADMIN_PASSWORD: BENCH_ADMIN_PASSWORD,
  };
  const conn = await prepareDatabase(loadConfig(env), () => {});
  const t0 = performance.now();
  await seedDemoIfEmpty(conn, loadConfig(env), () => {});
  const loadSeconds = (performance.now() - t0) / 1000;
  const server = spawn(process.execPath, ['bin/pilar.js', 'serve'], {
    env: { ...env, PILAR_LOG_LEVEL: 'warn' },
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
  return {
    dataDir,
    base,
    conn,
    server,
    loadSeconds,
    async stop() {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
      await conn.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Signs in over HTTP; returns a fetch that carries the session cookie and CSRF token. */
export async function signIn(base: string, username: string, password: string) {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return (pathname: string, init: { method?: string; body?: unknown } = {}) =>
    fetch(`${base}${pathname}`, {
      method: init.method ?? 'GET',
      headers: { cookie, 'x-pilar-csrf': csrfToken, 'content-type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
}
