import { type Expression, type SqlBool, sql } from 'kysely';

/**
 * A kelurahan-code column within an area scope: the city (35.73), a kecamatan (35.73.01) or one
 * kelurahan (35.73.01.1007). Codes are fixed-width, so a dotted prefix is exact.
 */
export function inScope(column: string, scope: string): Expression<SqlBool> {
  return sql<SqlBool>`(${sql.ref(column)} = ${scope} or ${sql.ref(column)} like ${`${scope}.%`})`;
}

export function codeInScope(code: string | null | undefined, scope: string): boolean {
  return !!code && (code === scope || code.startsWith(`${scope}.`));
}
