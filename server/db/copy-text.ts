// PostgreSQL's COPY text format: tab between values, a newline after each row, \N for null, and a
// backslash before each backslash, tab, newline or carriage return inside a value.
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const SPECIAL = /[\\\t\n\r]/g;

/**
 * A JSON text as a COPY value: JSON writes every control character (tab, newline) as an escape already,
 * so only its backslashes need doubling, found faster than by the general rule (the dry run's hot path).
 */
export const copyJson = (json: string): string =>
  json.includes('\\') ? json.replaceAll('\\', '\\\\') : json;

/** One value as COPY text: \N for null, t/f, JSON for objects, control characters escaped. */
export function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return copyJson(JSON.stringify(value));
  return value.replace(SPECIAL, (c) => ESCAPES[c] ?? c);
}
