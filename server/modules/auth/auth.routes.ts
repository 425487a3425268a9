import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { LoginInput, Me } from '../../../shared/contracts/auth.ts';
import { ErrorResponse } from '../../../shared/contracts/common.ts';
import { PasswordChange } from '../../../shared/contracts/users.ts';
import type { Config } from '../../config.ts';
import { clientIp, SESSION_COOKIE } from '../../http/access.ts';
import type { Deps } from '../../http/deps.ts';
import { createRouter, jsonContent } from '../../http/router.ts';
import * as service from './auth.service.ts';
import { loginLimiter } from './login-limiter.ts';

const tags = ['Akun'];
const error = (d: string) => jsonContent(ErrorResponse, d);

function secure(c: Context, config: Config): boolean {
  if (config.session.secureCookies !== 'auto') return config.session.secureCookies === 'true';
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

export function authRoutes({ db, config }: Deps) {
  const limiter = loginLimiter(20, 60_000);
  return createRouter()
    .openapi(
      createRoute({
        method: 'post',
        path: '/auth/login',
        tags,
        summary: 'Masuk: membuka sesi (cookie HttpOnly)',
        request: { body: { ...jsonContent(LoginInput, 'Nama pengguna dan kata sandi'), required: true } },
        responses: {
          200: jsonContent(Me, 'Masuk berhasil'),
          400: error('Isian tidak valid'),
          401: error('Nama pengguna atau kata sandi salah'),
          423: error('Akun terkunci sementara'),
          429: error('Terlalu banyak percobaan'),
        },
      }),
      async (c) => {
        const ip = clientIp(c);
        limiter.check(ip ?? 'unknown');
        const from = { ip, userAgent: c.req.header('user-agent') ?? null };
        const r = await service.login(db, c.req.valid('json'), config, from).catch((err) => {
          limiter.fail(ip ?? 'unknown');
          throw err;
        });
        setCookie(c, SESSION_COOKIE, r.cookie, {
          httpOnly: true,
          sameSite: 'Strict',
          path: '/',
          secure: secure(c, config),
        });
        return c.json(r.me, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/auth/me',
        tags,
        summary: 'Pengguna yang sedang masuk',
        responses: { 200: jsonContent(Me, 'Sesi aktif'), 401: error('Belum masuk') },
      }),
      async (c) => c.json(await service.me(db, c.var.caller, c.var.session), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/auth/logout',
        tags,
        summary: 'Keluar dari perangkat ini',
        responses: { 204: { description: 'Sesi ditutup' } },
      }),
      async (c) => {
        await service.logout(db, c.var.caller, c.var.session, false);
        deleteCookie(c, SESSION_COOKIE, { path: '/' });
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/auth/logout-all',
        tags,
        summary: 'Keluar dari semua perangkat',
        responses: { 204: { description: 'Semua sesi ditutup' } },
      }),
      async (c) => {
        await service.logout(db, c.var.caller, c.var.session, true);
        deleteCookie(c, SESSION_COOKIE, { path: '/' });
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/auth/password',
        tags,
        summary: 'Ganti kata sandi sendiri (sesi di perangkat lain ditutup)',
        request: { body: { ...jsonContent(PasswordChange, 'Kata sandi lama dan baru'), required: true } },
        responses: {
          204: { description: 'Kata sandi diganti' },
          400: error('Kata sandi lama salah atau yang baru lemah'),
        },
      }),
      async (c) => {
        const body = c.req.valid('json');
        await service.changePassword(db, c.var.caller, c.var.session, body.currentPassword, body.newPassword);
        return c.body(null, 204);
      },
    );
}
