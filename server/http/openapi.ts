import pino from 'pino';
import { createApp, openApiDocument } from '../app.ts';
import { loadConfig } from '../config.ts';
import { connect } from '../db/connection.ts';

/** The OpenAPI document as the routes define it; building it opens no database connection. */
export function buildOpenApiDocument() {
  const conn = connect('postgres://openapi@127.0.0.1:1/none', 1);
  const app = createApp(
    { db: conn.db, config: loadConfig({}), log: pino({ level: 'silent' }) },
    { serveWeb: false },
  );
  return openApiDocument(app);
}
