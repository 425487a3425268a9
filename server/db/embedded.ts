import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdirSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type Binaries, reachableByPostgres, resolveBinaries } from './embedded-binaries.ts';

export type EmbeddedServer = { url: string; owned: boolean; stop: () => Promise<void> };

/** Port of a live postmaster that already owns the data directory, if any (line 4 of postmaster.pid). */
async function runningPort(pgDir: string): Promise<number | null> {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = (await readFile(pidFile, 'utf8')).split('\n');
  const [pid, port] = [Number(lines[0]), Number(lines[3])];
  if (!pid || !port) return null;
  try {
    process.kill(pid, 0);
  } catch {
    return null;
  }
  // A killed postmaster whose parent died first lingers as a zombie until it is reaped: not running.
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  return /^\d+ \(.*\) Z/.test(stat) ? null : port;
}

/**
 * Where the cluster lives: `dataDir/pg`, unless (as root) the postgres user cannot reach the data
 * folder, e.g. a checkout under /root; then a fixed folder per data directory under /var/lib/pilar.
 */
function clusterDir(dataDir: string, bin: Binaries): string {
  if (bin.uid === undefined || reachableByPostgres(dataDir)) return path.join(dataDir, 'pg');
  const key = createHash('sha1').update(path.resolve(dataDir)).digest('hex').slice(0, 10);
  const dir = path.join('/var/lib/pilar', `pg-${key}`);
  mkdirSync(path.dirname(dir), { recursive: true, mode: 0o755 });
  console.error(
    `Folder ${dataDir} tidak terjangkau pengguna "postgres"; basis data bawaan disimpan di ${dir}.`,
  );
  return dir;
}

async function password(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'pg-password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const secret = randomBytes(18).toString('base64url');
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

function run(bin: Binaries, file: string, args: string[], onLine?: (line: string) => void): ChildProcess {
  const ids = bin.uid === undefined ? {} : { uid: bin.uid, gid: bin.gid };
  const child = spawn(file, args, {
    ...ids,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LC_MESSAGES: 'C' },
  });
  const read = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) if (line) onLine?.(line);
  };
  child.stdout?.on('data', read);
  child.stderr?.on('data', read);
  return child;
}

function exitOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

async function initialise(bin: Binaries, pgDir: string, secret: string) {
  await mkdir(pgDir, { recursive: true, mode: 0o700 });
  if (bin.uid !== undefined) chownSync(pgDir, bin.uid, bin.gid ?? bin.uid);
  const pwFile = path.join(tmpdir(), `pilar-pw-${randomBytes(6).toString('hex')}`);
  await writeFile(pwFile, `${secret}\n`, { mode: 0o600 });
  if (bin.uid !== undefined) chownSync(pwFile, bin.uid, bin.gid ?? bin.uid);
  const log: string[] = [];
  try {
    const args = [
      `--pgdata=${pgDir}`,
      '--auth=scram-sha-256',
      '--username=pilar',
      `--pwfile=${pwFile}`,
      '--encoding=UTF8',
      '--locale=C',
    ];
    const code = await exitOf(run(bin, bin.initdb, args, (l) => log.push(l)));
    if (code !== 0) throw new Error(`initdb gagal (kode ${code}): ${log.slice(-5).join(' | ')}`);
  } finally {
    await rm(pwFile, { force: true });
  }
}

function startPostgres(bin: Binaries, pgDir: string, port: number): Promise<ChildProcess> {
  const args = [
    '-D',
    pgDir,
    '-p',
    String(port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'unix_socket_directories=',
  ];
  const log: string[] = [];
  return new Promise((resolve, reject) => {
    const child = run(bin, bin.postgres, args, (line) => {
      log.push(line);
      if (line.includes('ready to accept connections')) resolve(child);
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      reject(new Error(`PostgreSQL berhenti saat mulai (kode ${code}): ${log.slice(-5).join(' | ')}`)),
    );
  });
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
}): Promise<EmbeddedServer> {
  await mkdir(opts.dataDir, { recursive: true });
  const secret = await password(opts.dataDir);
  const urlFor = (port: number, db: string) =>
    `postgres://pilar:${encodeURIComponent(secret)}@127.0.0.1:${port}/${db}`;
  const bin = await resolveBinaries();
  const pgDir = clusterDir(opts.dataDir, bin);
  const existing = await runningPort(pgDir);
  if (existing) return { url: urlFor(existing, opts.database), owned: false, stop: async () => {} };
  if (!existsSync(path.join(pgDir, 'PG_VERSION'))) await initialise(bin, pgDir, secret);
  const child = await startPostgres(bin, pgDir, opts.port);
  const stopOnExit = () => child.kill('SIGINT');
  process.once('exit', stopOnExit);
  await ensureDatabase(urlFor(opts.port, 'postgres'), opts.database);
  let stopping: Promise<void> | undefined;
  const stop = () => {
    process.off('exit', stopOnExit);
    stopping ??=
      child.exitCode === null
        ? new Promise<void>((r) => child.once('exit', () => r()).kill('SIGINT'))
        : Promise.resolve();
    return stopping;
  };
  return { url: urlFor(opts.port, opts.database), owned: true, stop };
}
