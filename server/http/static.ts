import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import { getAbsoluteFSPath } from 'swagger-ui-dist';

const here = path.dirname(fileURLToPath(import.meta.url));
const webDist = path.resolve(here, '../../web/dist');
// serveStatic takes roots relative to the working directory.
const rel = (abs: string) => path.relative(process.cwd(), abs) || '.';

/** The API reference page (Swagger UI shipped as a package: works offline) and the built web app. */
export function mountStatic(app: Hono<never>) {
  app.get('/api/docs', (c) => c.redirect('/api/docs/'));
  app.get('/api/docs/', serveStatic({ root: rel(path.join(here, 'api-docs')), path: 'index.html' }));
  app.get('/api/docs/init.js', serveStatic({ root: rel(path.join(here, 'api-docs')), path: 'init.js' }));
  app.use(
    '/api/docs/*',
    serveStatic({ root: rel(getAbsoluteFSPath()), rewriteRequestPath: (p) => p.replace(/^\/api\/docs/, '') }),
  );
  if (!existsSync(webDist)) return;
  const index = readFileSync(path.join(webDist, 'index.html'), 'utf8');
  app.use('/assets/*', serveStatic({ root: rel(webDist) }));
  app.use('*', serveStatic({ root: rel(webDist) }));
  // Client-side routes (/usaha/12) get the app shell; unknown /api paths stay 404.
  app.get('*', (c) => (c.req.path.startsWith('/api/') ? c.notFound() : c.html(index)));
}
