import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.ts';
import { startEmbedded } from './embedded.ts';
import type { DB } from './schema.ts';

export type Database = Kysely<DB>;
export type Connection = { db: Database; pool: pg.Pool; url: string; close: () => Promise<void> };

// int8 and numeric come back as strings by default; our counts and Rupiah amounts fit in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));
// Dates stay as 'YYYY-MM-DD' text: no time-zone shifts for birth dates and permit expiries.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

const pools = new WeakMap<Database, pg.Pool>();

/** The pool under a database handle, for what Kysely cannot send (COPY); null for a transaction's. */
export const poolOf = (db: unknown): pg.Pool | null => pools.get(db as Database) ?? null;

export function connect(url: string, max = 10): Connection {
  // The tables live in memory or on SSD: with the default random_page_cost the planner skips the
  // trigram index for fuzzy search and scans every row (45 ms → 740 ms on the demo registry).
  const pool = new pg.Pool({ connectionString: url, max, options: '-c random_page_cost=1.1' });
  // An idle connection dropped by the server (restart, shutdown) must not crash the process; the
  // pool opens a new one for the next query.
  pool.on('error', () => {});
  // The same for a connection in use: its query still rejects, the process stays up.
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  pools.set(db, pool);
  return { db, pool, url, close: () => db.destroy() };
}

/** Opens the database named by DATABASE_URL, or the embedded server under the data directory. */
export async function openDatabase(config: Config): Promise<Connection> {
  if (config.databaseUrl) return connect(config.databaseUrl);
  const server = await startEmbedded({
    dataDir: config.dataDir,
    port: config.dbPort,
    database: 'pilar',
  });
  const conn = connect(server.url);
  return {
    ...conn,
    close: async () => {
      await conn.close();
      await server.stop();
    },
  };
}
