import { randomBytes } from 'node:crypto';
import pg from 'pg';
import pino from 'pino';
import { inject } from 'vitest';
import { createApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { type Connection, connect } from '../db/connection.ts';
import { withDatabase } from './global-setup.ts';

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** An in-process app on its own database, cloned from the migrated template of this run. */
export async function createTestApp(env: Record<string, string> = {}) {
  const adminUrl = inject('adminUrl');
  const name = `pilar_t_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${inject('templateDb')}`);
  await admin.end();
  const conn: Connection = connect(withDatabase(adminUrl, name), 5);
  const config = loadConfig({ PILAR_DEMO: 'off', ...env });
  const app = createApp(
    { db: conn.db, config, log: pino({ level: process.env.PILAR_TEST_LOG ?? 'silent' }) },
    { serveWeb: false },
  );

  async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const res = await app.request(path, {
      method,
      headers: { 'content-type': 'application/json', 'x-pilar-actor': 'penguji', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON bodies
    const json: any = text ? JSON.parse(text) : null;
    return { status: res.status, body: json };
  }

  return {
    app,
    db: conn.db,
    config,
    get: (path: string) => call('GET', path),
    post: (path: string, body: unknown, headers?: Record<string, string>) =>
      call('POST', path, body, headers),
    patch: (path: string, body: unknown) => call('PATCH', path, body),
    del: (path: string) => call('DELETE', path),
    close: () => conn.close(),
  };
}
