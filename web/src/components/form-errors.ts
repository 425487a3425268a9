import type { z } from 'zod';
import { ApiError } from '../api/client.ts';

export type FieldErrors = Record<string, string>;

/** zod issues keyed by dotted path ('owner.nik'); the first message per field wins. */
export function zodFieldErrors(error: z.ZodError, prefix = ''): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = prefix + issue.path.map(String).join('.');
    out[key] ??= issue.message;
  }
  return out;
}

/** A 400 from the server carries `fields: [{ path: 'owner.nik', message }]`: the same keys as the form. */
export function serverFieldErrors(err: unknown, prefix = ''): FieldErrors {
  if (!(err instanceof ApiError)) return {};
  const out: FieldErrors = {};
  for (const f of err.fields) {
    const key = prefix + f.path;
    out[key] ??= f.message;
  }
  return out;
}

export const isVersionConflict = (err: unknown): boolean =>
  err instanceof ApiError && err.code === 'VERSION_CONFLICT';

/** Errors whose path matches no visible field still need to be shown somewhere. */
export function unplacedErrors(errors: FieldErrors, visible: readonly string[]): string[] {
  return Object.entries(errors)
    .filter(([path]) => !visible.includes(path))
    .map(([path, message]) => (path ? `${path}: ${message}` : message));
}
