import type { FieldIssue } from '../../../shared/contracts/common.ts';

export const API_BASE = '/api/v1';

/** A failed request: the server's stable code, its Indonesian message and per-field issues. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export function toSearch(params: QueryParams = {}): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') sp.set(k, String(v));
  }
  const s = sp.toString();
  return s ? `?${s}` : '';
}

/** What the client needs from the signed-in session: the CSRF token, and what to do when it has ended. */
export type SessionLink = { csrfToken: () => string | undefined; onSignedOut: () => void };

let session: SessionLink | null = null;

/** Providers connect the query cache here; the returned function disconnects it. */
export function connectSession(link: SessionLink): () => void {
  session = link;
  return () => {
    if (session === link) session = null;
  };
}

// A 401 from these is an answer to the request itself (wrong password; not signed in yet), not a lost session.
const OWN_401 = new Set(['auth/login', 'auth/me']);

type Options = {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: QueryParams;
  signal?: AbortSignal;
};

async function readError(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: string; fields?: FieldIssue[] } };
    const e = body.error;
    if (e?.code) return new ApiError(res.status, e.code, e.message ?? e.code, e.fields ?? []);
  } catch {
    // Not JSON (proxy page, crash): fall through to a generic error.
  }
  return new ApiError(res.status, `HTTP_${res.status}`, res.statusText || `HTTP ${res.status}`);
}

export async function api<T>(path: string, opts: Options = {}): Promise<T> {
  const method = opts.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  const csrf = method === 'GET' ? undefined : session?.csrfToken();
  if (csrf) headers['X-Pilar-CSRF'] = csrf;
  // A FormData body (a file upload) goes as it is: fetch sets the multipart Content-Type and its boundary.
  const json = opts.body !== undefined && !(opts.body instanceof FormData);
  if (json) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(`${API_BASE}/${path}${toSearch(opts.query)}`, {
      method,
      headers,
      body: json ? JSON.stringify(opts.body) : (opts.body as FormData | undefined),
      signal: opts.signal,
      credentials: 'same-origin',
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'NETWORK', 'Server tidak dapat dihubungi.');
  }
  if (!res.ok) {
    const error = await readError(res);
    if (res.status === 401 && !OWN_401.has(path)) session?.onSignedOut();
    throw error;
  }
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}
