import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { connect } from '../db/connection.ts';
import { startEmbedded } from '../db/embedded.ts';
import { migrate } from '../db/migrate.ts';
import { ensureAreas } from '../modules/areas/areas.service.ts';
import { freePort } from './net.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
    templateDb: string;
    serverLabel: string;
  }
}

/**
 * One PostgreSQL for the whole run: the server named by PILAR_TEST_DATABASE_URL (CI: Debian's
 * PostgreSQL 15), or else a throwaway embedded one. A migrated template with the area list is
 * built once; every test file clones it.
 */
export default async function setup(project: TestProject) {
  const external = process.env.PILAR_TEST_DATABASE_URL;
  let stop = async () => {};
  let adminUrl: string;
  if (external) {
    adminUrl = external;
  } else {
    const dir = await mkdtemp(path.join(tmpdir(), 'pilar-test-'));
    await chmod(dir, 0o755); // as root, PostgreSQL runs as the postgres user and must reach its directory
    const server = await startEmbedded({ dataDir: dir, port: await freePort(), database: 'postgres' });
    adminUrl = server.url;
    stop = async () => {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  const templateDb = `pilar_tpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const version = (await admin.query('show server_version')).rows[0].server_version as string;
  await admin.query(`drop database if exists ${templateDb}`);
  await admin.query(`create database ${templateDb}`);
  const tpl = connect(withDatabase(adminUrl, templateDb), 2);
  await migrate(tpl.db);
  await ensureAreas(tpl.db);
  await tpl.close();
  project.provide('adminUrl', adminUrl);
  project.provide('templateDb', templateDb);
  project.provide('serverLabel', `${external ? 'PostgreSQL server' : 'embedded PostgreSQL'} ${version}`);
  console.error(`API tests on ${external ? 'PostgreSQL server' : 'embedded PostgreSQL'} ${version}`);
  return async () => {
    const leftovers = await admin.query("select datname from pg_database where datname like 'pilar_t%'");
    for (const r of leftovers.rows) await admin.query(`drop database if exists ${r.datname} with (force)`);
    await admin.end();
    await stop();
  };
}

export function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}
