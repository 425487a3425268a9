import type { z } from 'zod';
import type { FieldIssue as FieldIssueSchema } from '../../../shared/contracts/common.ts';
import type { Permit } from '../../../shared/contracts/permits.ts';

/** Inferred from the contract (common.ts exports only the schema). */
export type FieldIssue = z.infer<typeof FieldIssueSchema>;

/** POST/PATCH permit answer; the schema lives in the server's route file for now (see report). */
export type PermitSaved = { permit: Permit; warnings: FieldIssue[] };
