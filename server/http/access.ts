import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler, Next } from 'hono';
import { getCookie } from 'hono/cookie';
import { can, type Permission } from '../../shared/contracts/auth.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/connection.ts';
import { csrfMatches, resolveSession } from '../modules/auth/auth.service.ts';
import { resolveToken } from '../modules/tokens/tokens.service.ts';
import { AppError } from './errors.ts';

export const SESSION_COOKIE = 'pilar_session';
type Access = 'public' | 'signedIn' | Permission;

/**
 * Who may call each route. A route missing here is refused for everyone (404), and the access-matrix
 * test walks the OpenAPI document against this table, so no new route escapes it.
 */
export const ROUTE_ACCESS: Record<string, Access> = {
  'GET /api/v1/health': 'public',
  'GET /api/v1/open-data': 'public',
  'GET /api/v1/open-data/{id}/metadata.json': 'public',
  'GET /api/v1/open-data/{id}/data.csv': 'public',
  'POST /api/v1/auth/login': 'public',
  'GET /api/v1/auth/me': 'signedIn',
  'POST /api/v1/auth/logout': 'signedIn',
  'POST /api/v1/auth/logout-all': 'signedIn',
  'POST /api/v1/auth/password': 'signedIn',
  'GET /api/v1/areas': 'areas.read',
  'GET /api/v1/areas/tree': 'areas.read',
  'GET /api/v1/businesses': 'registry.read',
  'GET /api/v1/businesses/count': 'registry.read',
  'POST /api/v1/businesses': 'registry.write',
  'GET /api/v1/businesses/{id}': 'registry.read',
  'PATCH /api/v1/businesses/{id}': 'registry.write',
  'GET /api/v1/businesses/{id}/history': 'registry.read',
  'POST /api/v1/businesses/{id}/permits': 'registry.write',
  'GET /api/v1/people': 'registry.read',
  'POST /api/v1/people': 'registry.write',
  'GET /api/v1/people/{id}': 'registry.read',
  'PATCH /api/v1/people/{id}': 'registry.write',
  'GET /api/v1/people/{id}/history': 'registry.read',
  'POST /api/v1/people/{id}/reveal': 'pii.reveal',
  // UU PDP: consent is recorded (and may be withdrawn) by whoever registers the person; the rest is the
  // privacy officer's (admin, operator), the breach register the admin's.
  'GET /api/v1/people/{id}/legal-basis': 'registry.read',
  'POST /api/v1/people/{id}/consent': 'registry.write',
  'POST /api/v1/people/{id}/withdraw-consent': 'registry.write',
  'POST /api/v1/people/{id}/public-task': 'privacy.manage',
  'GET /api/v1/people/{id}/subject-data': 'privacy.manage',
  'GET /api/v1/people/{id}/subject-data.pdf': 'privacy.manage',
  'POST /api/v1/people/{id}/erase': 'privacy.manage',
  'GET /api/v1/subject-requests': 'privacy.manage',
  'POST /api/v1/subject-requests': 'privacy.manage',
  'PATCH /api/v1/subject-requests/{id}': 'privacy.manage',
  'GET /api/v1/breaches': 'breaches.manage',
  'POST /api/v1/breaches': 'breaches.manage',
  'PATCH /api/v1/breaches/{id}': 'breaches.manage',
  'GET /api/v1/permits': 'registry.read',
  'PATCH /api/v1/permits/{id}': 'registry.write',
  'DELETE /api/v1/permits/{id}': 'registry.write',
  'GET /api/v1/dashboard/summary': 'dashboard.read',
  'GET /api/v1/users': 'users.manage',
  'POST /api/v1/users': 'users.manage',
  'PATCH /api/v1/users/{id}': 'users.manage',
  'POST /api/v1/users/{id}/revoke-sessions': 'users.manage',
  'GET /api/v1/tokens': 'users.manage',
  'POST /api/v1/tokens': 'users.manage',
  'POST /api/v1/tokens/{id}/revoke': 'users.manage',
  'POST /api/v1/exports': 'registry.export',
  'GET /api/v1/exports': 'registry.export',
  'GET /api/v1/exports/{id}': 'registry.export',
  'GET /api/v1/exports/{id}/file': 'registry.export',
  'GET /api/v1/imports': 'imports.manage',
  'POST /api/v1/imports': 'imports.manage',
  'GET /api/v1/imports/{id}': 'imports.manage',
  'PATCH /api/v1/imports/{id}': 'imports.manage',
  'POST /api/v1/imports/{id}/validate': 'imports.manage',
  'POST /api/v1/imports/{id}/commit': 'imports.manage',
  'POST /api/v1/imports/{id}/cancel': 'imports.manage',
  'GET /api/v1/imports/{id}/rows': 'imports.manage',
  'GET /api/v1/imports/{id}/preview': 'imports.manage',
  'GET /api/v1/imports/{id}/annotated.xlsx': 'imports.manage',
  'GET /api/v1/import-sources': 'imports.manage',
  'GET /api/v1/people/{id}/sources': 'registry.read',
  'GET /api/v1/businesses/{id}/sources': 'registry.read',
  'POST /api/v1/people/{id}/adopt': 'registry.write',
  'POST /api/v1/businesses/{id}/adopt': 'registry.write',
  'POST /api/v1/people/duplicates': 'registry.write',
  'POST /api/v1/businesses/duplicates': 'registry.write',
  'GET /api/v1/reviews': 'linkage.review',
  'GET /api/v1/reviews/{id}': 'linkage.review',
  'POST /api/v1/reviews/{id}/decision': 'linkage.review',
  'POST /api/v1/reviews/{id}/reopen': 'linkage.review',
  'GET /api/v1/merges': 'linkage.review',
  'POST /api/v1/merges/{id}/undo': 'linkage.review',
  // IR level assessment: read with the registry, written by those who assess, the rubric edited by the admin;
  // the level report carries counts only, so pimpinan sees it.
  'GET /api/v1/rubrics': 'registry.read',
  'GET /api/v1/rubrics/{id}': 'registry.read',
  'POST /api/v1/rubrics': 'rubric.manage',
  'GET /api/v1/businesses/{id}/level': 'registry.read',
  'GET /api/v1/businesses/{id}/assessment-draft': 'assessments.write',
  'POST /api/v1/businesses/{id}/assessments': 'assessments.write',
  'GET /api/v1/businesses/{id}/needs': 'registry.read',
  'POST /api/v1/businesses/{id}/needs': 'assessments.write',
  'PATCH /api/v1/needs/{id}': 'assessments.write',
  'GET /api/v1/reports/level': 'dashboard.read',
  'GET /api/v1/dashboard/trends': 'dashboard.read',
  'GET /api/v1/dashboard/map': 'dashboard.read',
  'GET /api/v1/reports/recap.pdf': 'dashboard.read',
  'GET /api/v1/reports/summary.pdf': 'dashboard.read',
  'GET /api/v1/businesses/{id}/profile.pdf': 'registry.read',
  'GET /api/v1/programmes/{id}/report.pdf': 'dashboard.read',
  'GET /api/v1/programmes': 'registry.read',
  'POST /api/v1/programmes': 'programmes.manage',
  'GET /api/v1/programmes/{id}': 'registry.read',
  'PATCH /api/v1/programmes/{id}': 'programmes.manage',
  'POST /api/v1/programmes/{id}/sessions': 'programmes.manage',
  // Aggregates only (no names): pimpinan may read it.
  'GET /api/v1/programmes/{id}/report': 'dashboard.read',
  'GET /api/v1/programme-reports': 'dashboard.read',
  'GET /api/v1/sessions/{id}': 'registry.read',
  'PATCH /api/v1/sessions/{id}': 'programmes.manage',
  'POST /api/v1/sessions/{id}/enrol-preview': 'programmes.manage',
  'POST /api/v1/sessions/{id}/enrol': 'programmes.manage',
  'POST /api/v1/participants/{id}/withdraw': 'programmes.manage',
  'PATCH /api/v1/participants/{id}': 'programmes.attend',
  'GET /api/v1/participants/{id}/certificate.pdf': 'programmes.attend',
  'GET /api/v1/businesses/{id}/outcomes': 'registry.read',
  'POST /api/v1/businesses/{id}/outcomes': 'registry.write',
  'GET /api/v1/audit': 'audit.read',
  'GET /api/v1/audit/verify': 'audit.read',
  'GET /api/v1/audit/export.csv': 'audit.read',
  // Mentoring roadmaps: read with the registry, written by the agency's staff and pendamping; partner
  // offices (mitra) see only the interventions referred to their office.
  'GET /api/v1/businesses/{id}/roadmap': 'registry.read',
  'POST /api/v1/businesses/{id}/roadmap': 'roadmap.write',
  'PATCH /api/v1/roadmaps/{id}': 'roadmap.write',
  'POST /api/v1/roadmaps/{id}/interventions': 'roadmap.write',
  'POST /api/v1/roadmaps/{id}/apply-template': 'roadmap.write',
  'GET /api/v1/interventions/{id}': 'registry.read',
  'PATCH /api/v1/interventions/{id}': 'roadmap.write',
  'POST /api/v1/interventions/{id}/status': 'roadmap.write',
  'POST /api/v1/interventions/{id}/satisfaction': 'roadmap.write',
  'POST /api/v1/interventions/{id}/satisfaction-link': 'roadmap.write',
  'GET /api/v1/my-work': 'roadmap.write',
  // Mentoring visits: recorded by those who write roadmaps, read with the registry.
  'POST /api/v1/businesses/{id}/visits': 'roadmap.write',
  'GET /api/v1/businesses/{id}/visits': 'registry.read',
  'GET /api/v1/visits/{id}/photos/{n}': 'registry.read',
  'GET /api/v1/roadmap-options': 'roadmap.write',
  'GET /api/v1/roadmap-summary': 'dashboard.read',
  'GET /api/v1/roadmap-templates': 'roadmap.write',
  'POST /api/v1/roadmap-templates': 'roadmap.templates',
  'GET /api/v1/roadmap-templates/{id}': 'roadmap.write',
  'PATCH /api/v1/roadmap-templates/{id}': 'roadmap.templates',
  'GET /api/v1/referrals': 'referrals.update',
  'GET /api/v1/referrals/{id}': 'referrals.update',
  'POST /api/v1/referrals/{id}/status': 'referrals.update',
  // Gelar Produk exhibitions: city-wide events read by leaders and pendamping too; participants, booths,
  // attendance, sales and booth leads are acted on by the agency's staff within their area.
  'GET /api/v1/exhibitions': 'exhibitions.read',
  'POST /api/v1/exhibitions': 'exhibitions.manage',
  'GET /api/v1/exhibitions/{id}': 'exhibitions.read',
  'PATCH /api/v1/exhibitions/{id}': 'exhibitions.manage',
  'POST /api/v1/exhibitions/{id}/status': 'exhibitions.manage',
  'POST /api/v1/exhibitions/{id}/invite-preview': 'exhibitions.manage',
  'POST /api/v1/exhibitions/{id}/invite': 'exhibitions.manage',
  'GET /api/v1/exhibitions/{id}/report.pdf': 'exhibitions.read',
  'PATCH /api/v1/exhibition-participants/{id}': 'exhibitions.manage',
  'POST /api/v1/exhibition-participants/{id}/days': 'exhibitions.manage',
  'POST /api/v1/exhibition-participants/{id}/leads': 'exhibitions.manage',
  // The public catalogue (staff side): read with the registry, managed by operators and pendamping; buyer
  // leads carry a buyer's contact, so only those who follow them up read them (a pendamping: her businesses).
  'GET /api/v1/businesses/{id}/catalogue': 'registry.read',
  'POST /api/v1/businesses/{id}/catalogue/consent': 'catalogue.manage',
  'POST /api/v1/businesses/{id}/catalogue/withdraw': 'catalogue.manage',
  'GET /api/v1/businesses/{id}/catalogue-qr.svg': 'registry.read',
  'POST /api/v1/businesses/{id}/products': 'catalogue.manage',
  'PATCH /api/v1/products/{id}': 'catalogue.manage',
  'DELETE /api/v1/products/{id}': 'catalogue.manage',
  'POST /api/v1/products/{id}/photos': 'catalogue.manage',
  'DELETE /api/v1/products/{id}/photos/{n}': 'catalogue.manage',
  'GET /api/v1/products/{id}/photos/{n}': 'registry.read',
  'GET /api/v1/businesses/{id}/leads': 'catalogue.manage',
  'GET /api/v1/leads': 'catalogue.manage',
  'PATCH /api/v1/leads/{id}': 'catalogue.manage',
  // The owner's satisfaction survey: no account; the unguessable token in the link is the key.
  'GET /api/v1/satisfaction/{token}': 'public',
  'POST /api/v1/satisfaction/{token}': 'public',
};

const TABLE = Object.entries(ROUTE_ACCESS).map(([key, access]) => {
  const [method, path] = key.split(' ') as [string, string];
  return { method, pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`), access };
});

export function accessOf(method: string, path: string): Access | undefined {
  return TABLE.find((r) => r.method === method && r.pattern.test(path))?.access;
}

function clientIp(c: Context): string | null {
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Session, CSRF and permission checks before any /api/v1 route runs. */
export function accessControl(db: Database, config: Config): MiddlewareHandler {
  // A partner system's token: no cookie, so no CSRF; the role and area of the token; no account routes.
  const byToken = async (c: Context, next: Next, secret: string, access: Exclude<Access, 'public'>) => {
    const caller = await resolveToken(db, secret, clientIp(c));
    if (!caller)
      throw new AppError('UNAUTHENTICATED', 'Token API tidak dikenal, sudah dicabut atau kedaluwarsa.');
    if (access === 'signedIn' || !can(caller.role, access)) {
      throw new AppError('FORBIDDEN', 'Token ini tidak diizinkan membuka atau mengubah data ini.');
    }
    c.set('caller', caller);
    return next();
  };
  return async (c, next) => {
    const access = accessOf(c.req.method, c.req.path);
    if (!access) throw new AppError('NOT_FOUND', 'Alamat tidak ditemukan.');
    if (access === 'public') return next();
    const bearer = c.req.header('authorization')?.match(/^Bearer (\S+)$/i)?.[1];
    if (bearer) return byToken(c, next, bearer, access);
    const cookie = getCookie(c, SESSION_COOKIE);
    const found = cookie ? await resolveSession(db, cookie, config, clientIp(c)) : null;
    if (!found)
      throw new AppError('UNAUTHENTICATED', 'Sesi Anda berakhir atau belum masuk. Silakan masuk lagi.');
    if (UNSAFE.has(c.req.method) && !csrfMatches(found.session, c.req.header('x-pilar-csrf'))) {
      throw new AppError(
        'CSRF_INVALID',
        'Permintaan ditolak karena token keamanan tidak cocok. Muat ulang halaman lalu ulangi.',
      );
    }
    if (access !== 'signedIn' && !can(found.caller.role, access)) {
      throw new AppError('FORBIDDEN', 'Peran Anda tidak diizinkan membuka atau mengubah data ini.');
    }
    c.set('caller', found.caller);
    c.set('session', found.session);
    return next();
  };
}

export { clientIp };
