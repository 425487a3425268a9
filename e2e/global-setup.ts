import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../server/test/net.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    adminUser: string;
    adminPassword: string;
  }
}

async function waitForHealth(url: string, child: ChildProcess, seconds: number) {
  for (let i = 0; i < seconds * 2; i++) {
    if (child.exitCode !== null) throw new Error(`Pilar stopped during start (exit ${child.exitCode})`);
    const ok = await fetch(`${url}/api/v1/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`Pilar did not answer on ${url} within ${seconds} s`);
}

/** The first admin's password, set on the first start; strong enough for the password rule. */
const ADMIN_PASSWORD = 'Tebu-Sawah-Kendang-Lawu-58';

/** Builds the web app and starts the real server, as `npm start` does, on a fresh embedded database with demo data. */
export default async function setup(project: TestProject) {
  const build = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'],
    { stdio: 'inherit' },
  );
  if (build.status !== 0) throw new Error('vite build failed');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pilar-e2e-'));
  chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as the postgres user and must reach its directory
  const [port, dbPort] = [await freePort(), await freePort()];
  const child = spawn(process.execPath, ['bin/pilar.js', 'serve'], {
    env: {
      ...process.env,
      PORT: String(port),
      PILAR_DB_PORT: String(dbPort),
      PILAR_DATA_DIR: dataDir,
      PILAR_LOG_LEVEL: 'warn',
      PILAR_ADMIN_PASSWORD: ADMIN_PASSWORD,
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(baseUrl, child, 240);
  } catch (err) {
    child.kill('SIGTERM');
    throw err;
  }
  project.provide('baseUrl', baseUrl);
  project.provide('adminUser', 'admin');
  project.provide('adminPassword', ADMIN_PASSWORD);
  return async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise((r) => {
        timer = setTimeout(r, 12_000);
      });
      await Promise.race([exited, late]);
      clearTimeout(timer);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
}
