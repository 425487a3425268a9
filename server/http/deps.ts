import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { Database } from '../db/connection.ts';

/** What every route factory receives: explicit dependencies, no container. */
export type Deps = { db: Database; config: Config; log: Logger };
