import { OpenAPIHono } from '@hono/zod-openapi';
import type { z } from 'zod';
import type { Session } from '../modules/auth/auth.service.ts';
import type { Caller } from './caller.ts';
import { errorBody, type FieldIssue, invalid } from './errors.ts';

export type AppEnv = { Variables: { caller: Caller; session: Session } };

/** zod issues → our field issues; a rule's own code travels in params.code. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => {
    const params = (i as { params?: { code?: string } }).params;
    return {
      path: i.path.join('.'),
      code:
        params?.code ??
        (i.code === 'invalid_type' && i.input === undefined ? 'REQUIRED' : i.code.toUpperCase()),
      message: i.code === 'invalid_type' && i.input === undefined ? 'Wajib diisi.' : i.message,
    };
  });
}

/** A router whose request validation failures answer 400 with field-level messages. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return c.json(errorBody(invalid(toFieldIssues(result.error as z.ZodError))), 400);
    },
  });
}

export const jsonContent = <T>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});
