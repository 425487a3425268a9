import pino from 'pino';
import type { Config } from './config.ts';

/** Structured logs on stderr; personal data is never passed to the logger. */
export function createLogger(config: Pick<Config, 'logLevel'>) {
  return pino({ level: config.logLevel }, pino.destination(2));
}
