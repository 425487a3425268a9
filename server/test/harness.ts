import { randomBytes } from 'node:crypto';
import pg from 'pg';
import pino from 'pino';
import { inject } from 'vitest';
import type { Role } from '../../shared/contracts/auth.ts';
import { createApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { type Connection, connect } from '../db/connection.ts';
import { JOB_HANDLERS } from '../jobs/handlers.ts';
import { drainJobs } from '../jobs/runner.ts';
import { flushViews } from '../modules/audit/audit.service.ts';
import { hashPassword } from '../modules/auth/passwords.ts';
import { insertUser } from '../modules/users/users.repository.ts';
import { withDatabase } from './global-setup.ts';

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;
export type Client = ReturnType<typeof clientFor>;
export const TEST_PASSWORD = 'uji-Lembayung-Kenari-42';
let passwordHash: Promise<string> | undefined;

type App = ReturnType<typeof createApp>;

/** A signed-in (or anonymous) HTTP client of the in-process app: session cookie and CSRF token handled. */
function clientFor(app: App, session?: { cookie: string; csrf: string }) {
  async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const auth: Record<string, string> = session
      ? { cookie: session.cookie, 'x-pilar-csrf': session.csrf }
      : {};
    // A FormData body goes out as multipart (the runtime sets its boundary), anything else as JSON.
    const form = body instanceof FormData;
    const res = await app.request(path, {
      method,
      headers: form ? { ...auth, ...headers } : { 'content-type': 'application/json', ...auth, ...headers },
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
    });
    const text = await res.text();
    // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON bodies
    const json: any =
      text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text || null;
    return { status: res.status, body: json, headers: res.headers };
  }
  return {
    session,
    call,
    get: (path: string) => call('GET', path),
    post: (path: string, body: unknown, headers?: Record<string, string>) =>
      call('POST', path, body, headers),
    patch: (path: string, body: unknown) => call('PATCH', path, body),
    /** A multipart upload, as the browser's file input sends it. */
    upload: async (
      path: string,
      fields: Record<string, string>,
      file: { name: string; bytes: Uint8Array },
    ) => {
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) form.set(k, v);
      form.set('file', new File([new Uint8Array(file.bytes)], file.name));
      const res = await app.request(path, {
        method: 'POST',
        headers: session ? { cookie: session.cookie, 'x-pilar-csrf': session.csrf } : {},
        body: form,
      });
      // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON bodies
      const json: any = await res.json();
      return { status: res.status, body: json };
    },
    del: (path: string) => call('DELETE', path),
  };
}

/** Signs in through the API and returns a client carrying the session. */
export async function signIn(app: App, username: string, password = TEST_PASSWORD) {
  const res = await app.request('/api/v1/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const me = (await res.json()) as { csrfToken: string };
  return clientFor(app, { cookie, csrf: me.csrfToken });
}

/** An in-process app on its own database cloned from the migrated template, signed in as an admin. */
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
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const hashed = passwordHash;
  let users = 0;

  /** A user with this role and area scope, signed in. */
  async function as(role: Role, scope = config.region, name = `Penguji ${role}`) {
    users += 1;
    const username = `${role}${users}`;
    await insertUser(conn.db, { username, name, role, scope_code: scope, password_hash: await hashed });
    return signIn(app, username);
  }

  const adminClient = await as('admin', config.region, 'penguji');
  return {
    ...adminClient,
    app,
    db: conn.db,
    config,
    as,
    anonymous: () => clientFor(app),
    /** Runs the queued background jobs to their end, as the server's worker would. */
    runJobs: () => drainJobs({ db: conn.db, config }, JOB_HANDLERS),
    close: async () => {
      await flushViews(conn.db);
      await conn.close();
    },
  };
}
