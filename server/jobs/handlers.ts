import { exportJobs } from '../modules/exports/exports.service.ts';
import { importJobs } from '../modules/imports/imports.jobs.ts';
import type { Handlers } from './runner.ts';

/** Every kind of background job and the function that runs it. */
export const JOB_HANDLERS: Handlers = { ...importJobs, ...exportJobs };
