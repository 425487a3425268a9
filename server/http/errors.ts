import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export type FieldIssue = { path: string; code: string; message: string };

/** The one error type of Pilar: a stable English code, a message in Bahasa Indonesia that says what to fix. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly fields: FieldIssue[] = [],
  ) {
    super(message);
  }
}

const STATUS: Record<string, ContentfulStatusCode> = {
  VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  BAD_CURSOR: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  CSRF_INVALID: 403,
  ACCOUNT_LOCKED: 423,
  TOO_MANY_ATTEMPTS: 429,
  NOT_FOUND: 404,
  VERSION_CONFLICT: 409,
  DUPLICATE: 409,
  NO_ACTIVE_CONSENT: 409,
  PROCESSING_RESTRICTED: 409,
  ALREADY_ERASED: 409,
  ALREADY_CLOSED: 409,
  PAYLOAD_TOO_LARGE: 413,
  FILE_EMPTY: 400,
  FILE_TYPE_UNSUPPORTED: 415,
  FILE_TRUNCATED: 422,
  FILE_CORRUPT: 422,
  FILE_TOO_LARGE: 413,
  ZIP_BOMB: 422,
  SHEET_NOT_FOUND: 400,
  MAPPING_INCOMPLETE: 400,
  HEADER_NOT_FOUND: 422,
  IMPORT_STATE: 409,
  IMPORT_HAS_REJECTED: 409,
  REVIEW_DECIDED: 409,
  REVIEW_NOT_DISTINCT: 409,
  ALREADY_UNDONE: 409,
  MERGE_DEPENDS: 409,
  MERGE_CONFLICT: 409,
  EXPORT_NOT_READY: 409,
  EXPORT_EXPIRED: 410,
  EXPORT_TOO_MANY: 429,
  STATUS_TRANSITION: 409,
  ROADMAP_EXISTS: 409,
  ROADMAP_CLOSED: 409,
  NOT_DONE: 409,
  LINK_USED: 409,
  LINK_EXPIRED: 410,
  RUBRIC_OUTDATED: 409,
  ENROL_TOO_MANY: 400,
  ALREADY_WITHDRAWN: 409,
  NOT_ENROLLED: 409,
  NOT_ATTENDED: 409,
  QUOTA_FULL: 409,
  BOOTH_TAKEN: 409,
  EVENT_CLOSED: 409,
  EVENT_DAYS_RECORDED: 409,
  NOT_CONFIRMED: 409,
};

export function statusOf(code: string): ContentfulStatusCode {
  return STATUS[code] ?? 500;
}

export function notFound(what: string): AppError {
  return new AppError('NOT_FOUND', `${what} tidak ditemukan.`);
}

export function invalid(fields: FieldIssue[]): AppError {
  const first = fields[0]?.message ?? '';
  const more = fields.length > 1 ? ` (dan ${fields.length - 1} isian lain)` : '';
  return new AppError('VALIDATION_FAILED', `Periksa isian: ${first}${more}`, fields);
}

export function errorBody(err: AppError) {
  return { error: { code: err.code, message: err.message, fields: err.fields } };
}

/** Maps anything thrown to the error body; internal details never reach the client. */
export function toResponse(err: unknown, c: Context, log: (e: unknown) => void) {
  if (err instanceof AppError) return c.json(errorBody(err), statusOf(err.code));
  // The framework refuses a request it cannot read (a JSON body sent to an upload route): a client error.
  if (err instanceof HTTPException && err.status >= 400 && err.status < 500) {
    const e =
      err.status === 415
        ? new AppError(
            'UNSUPPORTED_MEDIA_TYPE',
            'Jenis isi permintaan tidak didukung di alamat ini; kirim berkas sebagai multipart/form-data.',
          )
        : new AppError('BAD_REQUEST', 'Permintaan tidak dapat dibaca; periksa isi dan jenisnya.');
    return c.json(errorBody(e), statusOf(e.code));
  }
  log(err);
  const internal = new AppError(
    'INTERNAL',
    'Terjadi kesalahan di server. Coba lagi; bila berulang, hubungi admin.',
  );
  return c.json(errorBody(internal), 500);
}
