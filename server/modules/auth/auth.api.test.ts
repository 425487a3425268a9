import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, TEST_PASSWORD, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const login = (username: string, password: string) =>
  t.anonymous().post('/api/v1/auth/login', { username, password });

describe('signing in', () => {
  it('opens an HttpOnly, SameSite=Strict session and says who is signed in', async () => {
    await t.as('operator', '35.73.01', 'Bu Operator');
    const res = await login('operator2', TEST_PASSWORD);
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/pilar_session=[^;]+;.*HttpOnly/i);
    expect(res.headers.get('set-cookie')).toMatch(/SameSite=Strict/i);
    expect(res.body).toMatchObject({
      username: 'operator2',
      name: 'Bu Operator',
      role: 'operator',
      scopeCode: '35.73.01',
      scopeName: 'Blimbing',
    });
    expect(res.body.permissions).toContain('registry.write');
    expect(res.body.permissions).not.toContain('users.manage');
  });

  it('gives one message for a wrong password and an unknown user', async () => {
    const wrong = await login('admin1', 'bukan-kata-sandinya');
    const unknown = await login('tidak-ada', 'bukan-kata-sandinya');
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body.error.message).toBe(unknown.body.error.message);
    expect(wrong.body.error.message).toMatch(/salah/);
  });

  it('locks an account for a while after five wrong passwords, even for the right one', async () => {
    await t.as('enumerator');
    const user = 'enumerator3';
    const codes = [];
    for (let i = 0; i < 5; i++) codes.push((await login(user, `salah-${i}`)).status);
    expect(codes).toEqual([401, 401, 401, 401, 423]);
    const right = await login(user, TEST_PASSWORD);
    expect(right.status).toBe(423);
    expect(right.body.error.message).toMatch(/terkunci.*WIB/);
  });

  it('answers 401 without a session and 403 for a write without the CSRF token', async () => {
    expect((await t.anonymous().get('/api/v1/businesses')).status).toBe(401);
    expect((await t.anonymous().get('/api/v1/health')).status).toBe(200);
    const noCsrf = await t.call('POST', '/api/v1/people', { name: 'X' }, { 'x-pilar-csrf': '' });
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.body.error.code).toBe('CSRF_INVALID');
  });
});

describe('sessions and passwords', () => {
  it('ends a session on logout, and every session on logout-all', async () => {
    const a = await t.as('pendamping');
    const username = 'pendamping4';
    const b = await signIn(t.app, username);
    expect((await a.post('/api/v1/auth/logout', {})).status).toBe(204);
    expect((await a.get('/api/v1/auth/me')).status).toBe(401);
    expect((await b.get('/api/v1/auth/me')).status).toBe(200);
    const c = await signIn(t.app, username);
    await c.post('/api/v1/auth/logout-all', {});
    expect((await b.get('/api/v1/auth/me')).status).toBe(401);
    expect((await c.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('changes a password only with the old one and a strong new one; other devices sign in again', async () => {
    const here = await t.as('operator');
    const username = 'operator5';
    const elsewhere = await signIn(t.app, username);
    const weak = await here.post('/api/v1/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'rahasia12345',
    });
    expect(weak.status).toBe(400);
    expect(weak.body.error.fields[0]).toMatchObject({ path: 'newPassword', code: 'PASSWORD_GUESSABLE' });
    const wrongOld = await here.post('/api/v1/auth/password', {
      currentPassword: 'salah',
      newPassword: 'kopi-layang-gerimis-77',
    });
    expect(wrongOld.body.error.fields[0].code).toBe('PASSWORD_WRONG');
    expect(
      (
        await here.post('/api/v1/auth/password', {
          currentPassword: TEST_PASSWORD,
          newPassword: 'kopi-layang-gerimis-77',
        })
      ).status,
    ).toBe(204);
    expect((await here.get('/api/v1/auth/me')).status).toBe(200);
    expect((await elsewhere.get('/api/v1/auth/me')).status).toBe(401);
    expect((await login(username, 'kopi-layang-gerimis-77')).status).toBe(200);
  });

  it('a deactivated account loses its sessions at once', async () => {
    const user = await t.as('enumerator');
    const me = (await user.get('/api/v1/auth/me')).body;
    const admin = (await t.get(`/api/v1/users?q=${me.username}`)).body.items[0];
    expect(
      (await t.patch(`/api/v1/users/${admin.id}`, { version: admin.version, active: false })).status,
    ).toBe(200);
    expect((await user.get('/api/v1/auth/me')).status).toBe(401);
    expect((await login(me.username, TEST_PASSWORD)).status).toBe(401);
  });
});

describe('rate limit', () => {
  it('refuses sign-ins from an address after 20 failures in a minute', async () => {
    const own = await createTestApp();
    try {
      const statuses = [];
      for (let i = 0; i < 21; i++)
        statuses.push(
          (await own.anonymous().post('/api/v1/auth/login', { username: 'x', password: 'y' })).status,
        );
      expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
      const blocked = await own
        .anonymous()
        .post('/api/v1/auth/login', { username: 'admin1', password: TEST_PASSWORD });
      expect(blocked.status).toBe(429);
      expect(blocked.body.error.message).toMatch(/Tunggu satu menit/);
    } finally {
      await own.close();
    }
  });
});

describe('users and the audit log', () => {
  it('creates a user with a role and an area, refusing weak passwords and foreign areas', async () => {
    const base = { username: 'bu.ratna', name: 'Ratna Sari', role: 'pimpinan', scopeCode: '35.73.02' };
    const weak = await t.post('/api/v1/users', { ...base, password: 'ratnasari2024' });
    expect(weak.body.error.fields[0].code).toBe('PASSWORD_GUESSABLE');
    const foreign = await t.post('/api/v1/users', {
      ...base,
      scopeCode: '35.07.01',
      password: 'tangga biru melompat senja',
    });
    expect(foreign.body.error.fields[0].code).toBe('SCOPE_OUTSIDE_REGION');
    const ok = await t.post('/api/v1/users', { ...base, password: 'tangga biru melompat senja' });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({
      username: 'bu.ratna',
      role: 'pimpinan',
      scopeName: 'Klojen',
      active: true,
    });
    expect((await t.post('/api/v1/users', { ...base, password: 'tangga biru melompat senja' })).status).toBe(
      409,
    );
  });

  it('records sign-ins and failures in a hash chain that verifies, and refuses to rewrite it', async () => {
    const log = (await t.get('/api/v1/audit?limit=200')).body.items as { action: string }[];
    expect(log.map((e) => e.action)).toEqual(
      expect.arrayContaining(['login', 'login_failed', 'logout', 'user.create']),
    );
    const verify = (await t.get('/api/v1/audit/verify')).body;
    expect(verify).toMatchObject({ ok: true, brokenAt: null, unsealed: 0 });
    expect(verify.entries).toBeGreaterThan(10);
    await expect(
      t.db.updateTable('audit_log').set({ actor_name: 'orang lain' }).where('action', '=', 'login').execute(),
    ).rejects.toThrow(/append-only/);
    await expect(t.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
  });

  it('exports the whole filtered log as CSV, with formula-like cells neutralised', async () => {
    await t.as('mitra', '35.73', '=HYPERLINK("x")');
    const res = await t.call('GET', '/api/v1/audit/export.csv?action=login');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="log-audit-pilar-/);
    const lines = (res.body as string).trim().split('\r\n');
    expect(lines[0]).toContain('no_rantai,waktu,pelaku,tindakan');
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.slice(1).every((l) => l.includes(',login,'))).toBe(true);
    expect(res.body).toContain("'=HYPERLINK");
    expect(res.body).not.toMatch(/,=HYPERLINK/);
  });

  it('finds the first entry changed behind its back', async () => {
    const own = await createTestApp();
    try {
      await own.get('/api/v1/businesses');
      expect((await own.get('/api/v1/audit/verify')).body.ok).toBe(true);
      // Someone with database rights edits the log: triggers off, one entry's actor rewritten.
      await sql`alter table audit_log disable trigger audit_log_append_only`.execute(own.db);
      await sql`update audit_log set actor_name = 'orang lain' where seq = 2`.execute(own.db);
      await sql`alter table audit_log enable trigger audit_log_append_only`.execute(own.db);
      expect((await own.get('/api/v1/audit/verify')).body).toMatchObject({ ok: false, brokenAt: 2 });
    } finally {
      await own.close();
    }
  });
});
