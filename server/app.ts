import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { MAX_VISIT_PHOTO_BYTES, MAX_VISIT_PHOTOS } from '../shared/contracts/visits.ts';
import { accessControl } from './http/access.ts';
import type { Deps } from './http/deps.ts';
import { AppError, errorBody, toResponse } from './http/errors.ts';
import type { AppEnv } from './http/router.ts';
import { mountStatic } from './http/static.ts';
import { MAX_PHOTO_BYTES } from './images/photo.ts';
import { areasRoutes } from './modules/areas/areas.routes.ts';
import { assessmentsRoutes } from './modules/assessments/assessments.routes.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { businessesRoutes } from './modules/businesses/businesses.routes.ts';
import { catalogueRoutes } from './modules/catalogue/catalogue.routes.ts';
import { publicCatalogueRoutes } from './modules/catalogue/public.routes.ts';
import { dashboardRoutes } from './modules/dashboard/dashboard.routes.ts';
import { exhibitionsRoutes } from './modules/exhibitions/exhibitions.routes.ts';
import { exportsRoutes } from './modules/exports/exports.routes.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { importsRoutes } from './modules/imports/imports.routes.ts';
import { MAX_UPLOAD_BYTES } from './modules/imports/imports.service.ts';
import { provenanceRoutes } from './modules/imports/provenance.routes.ts';
import { openDataRoutes } from './modules/opendata/opendata.routes.ts';
import { outcomesRoutes } from './modules/outcomes/outcomes.routes.ts';
import { peopleRoutes } from './modules/people/people.routes.ts';
import { permitsRoutes } from './modules/permits/permits.routes.ts';
import { privacyRoutes } from './modules/privacy/privacy.routes.ts';
import { programmesRoutes } from './modules/programmes/programmes.routes.ts';
import { sessionsRoutes } from './modules/programmes/sessions.routes.ts';
import { reportsRoutes } from './modules/reports/reports.routes.ts';
import { reviewsRoutes } from './modules/reviews/reviews.routes.ts';
import { referralsRoutes } from './modules/roadmap/referrals.routes.ts';
import { roadmapRoutes } from './modules/roadmap/roadmap.routes.ts';
import { tokensRoutes } from './modules/tokens/tokens.routes.ts';
import { usersRoutes } from './modules/users/users.routes.ts';
import { visitsRoutes } from './modules/visits/visits.routes.ts';

export const OPENAPI_INFO = {
  openapi: '3.1.0',
  info: {
    title: 'Pilar API',
    version: '1.0.0',
    description:
      'Registri dan peta jalan pendampingan industri rumahan. Pesan galat dalam Bahasa Indonesia; kode galat stabil dalam bahasa Inggris.',
  },
} as const;

/** All routes under /api/v1, the OpenAPI document, the API reference and the web app. */
export function createApp(deps: Deps, opts: { serveWeb?: boolean } = {}) {
  const api = new OpenAPIHono<AppEnv>();
  const limit = (maxSize: number, text: string) =>
    bodyLimit({
      maxSize,
      onError: (c) => c.json(errorBody(new AppError('PAYLOAD_TOO_LARGE', text)), 413),
    });
  const uploads = limit(
    MAX_UPLOAD_BYTES + 64 * 1024,
    'Berkas terlalu besar (maks. 50 MB); bagi menjadi beberapa berkas.',
  );
  const others = limit(1024 * 1024, 'Data yang dikirim terlalu besar (maks. 1 MB).');
  const photos = limit(
    MAX_VISIT_PHOTOS * MAX_VISIT_PHOTO_BYTES + 256 * 1024,
    'Foto terlalu besar (maks. 3 foto, masing-masing 5 MB).',
  );
  const productPhotos = limit(MAX_PHOTO_BYTES + 64 * 1024, 'Foto terlalu besar (maks. 8 MB).');
  const visitUpload = /^\/api\/v1\/businesses\/\d+\/visits$/;
  const productUpload = /^\/api\/v1\/products\/\d+\/photos$/;
  // Spreadsheets and visit photos are uploaded to their own routes; every other request stays small.
  api.use('*', (c, next) => {
    if (c.req.method !== 'POST') return others(c, next);
    if (c.req.path === '/api/v1/imports') return uploads(c, next);
    if (productUpload.test(c.req.path)) return productPhotos(c, next);
    return (visitUpload.test(c.req.path) ? photos : others)(c, next);
  });
  api.use('*', accessControl(deps.db, deps.config));
  for (const routes of [
    healthRoutes,
    areasRoutes,
    peopleRoutes,
    businessesRoutes,
    permitsRoutes,
    privacyRoutes,
    dashboardRoutes,
    openDataRoutes,
    reportsRoutes,
    authRoutes,
    usersRoutes,
    auditRoutes,
    tokensRoutes,
    importsRoutes,
    exportsRoutes,
    reviewsRoutes,
    provenanceRoutes,
    roadmapRoutes,
    referralsRoutes,
    assessmentsRoutes,
    programmesRoutes,
    sessionsRoutes,
    outcomesRoutes,
    visitsRoutes,
    exhibitionsRoutes,
    catalogueRoutes,
  ]) {
    api.route('/', routes(deps));
  }

  const app = new OpenAPIHono<AppEnv>();
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine sets style attributes; map tiles come from the configured tile server.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'https:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: 'same-origin',
    }),
  );
  app.onError((err, c) =>
    toResponse(err, c, (e) => deps.log.error({ err: e, path: c.req.path }, 'request failed')),
  );
  app.notFound((c) => c.json(errorBody(new AppError('NOT_FOUND', 'Alamat tidak ditemukan.')), 404));
  app.route('/api/v1', api);
  // The public catalogue: HTML pages outside /api, every query through the one publication view.
  app.route('/', publicCatalogueRoutes(deps));
  app.get('/api/openapi.json', (c) => c.json(openApiDocument(app)));
  if (opts.serveWeb !== false) mountStatic(app as never);
  return app;
}

export function openApiDocument(app: OpenAPIHono<AppEnv>) {
  return app.getOpenAPI31Document(OPENAPI_INFO);
}
