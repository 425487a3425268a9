import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, connectSession, toSearch } from './client.ts';

afterEach(() => vi.unstubAllGlobals());

const headersOf = (mock: ReturnType<typeof vi.fn>, call: number) =>
  (mock.mock.calls[call] as unknown as [string, RequestInit])[1].headers as Record<string, string>;

describe('api client', () => {
  it('turns a 400 body into an ApiError with field issues', async () => {
    const body = {
      error: {
        code: 'VALIDATION_FAILED',
        message: 'Periksa isian: NIK harus 16 digit angka; yang diisi 4 digit.',
        fields: [
          { path: 'owner.nik', code: 'NIK_LENGTH', message: 'NIK harus 16 digit angka; yang diisi 4 digit.' },
        ],
      },
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(body), { status: 400 })),
    );
    const err = await api('businesses', { method: 'POST', body: {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('VALIDATION_FAILED');
    expect((err as ApiError).fields[0]?.path).toBe('owner.nik');
  });

  it('sends the CSRF token on writes only, and reports an unreachable server as NETWORK', async () => {
    const disconnect = connectSession({ csrfToken: () => 'tok-123', onSignedOut: () => {} });
    const fetchMock = vi.fn(async () => new Response('{}', { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    await api('people', { method: 'POST', body: { name: 'Sri' } });
    await api('people');
    await api('permits/1', { method: 'DELETE' });
    disconnect();
    expect(headersOf(fetchMock, 0)).toMatchObject({ 'X-Pilar-CSRF': 'tok-123' });
    expect(headersOf(fetchMock, 1)).not.toHaveProperty('X-Pilar-CSRF');
    expect(headersOf(fetchMock, 2)).toMatchObject({ 'X-Pilar-CSRF': 'tok-123' });
    expect(headersOf(fetchMock, 0)).not.toHaveProperty('X-Pilar-Actor');

    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(api('health')).rejects.toMatchObject({ code: 'NETWORK', status: 0 });
  });

  it('reports a lost session on any 401 except the answer of the login itself', async () => {
    const onSignedOut = vi.fn();
    const disconnect = connectSession({ csrfToken: () => undefined, onSignedOut });
    const unauthenticated = (code: string) =>
      new Response(JSON.stringify({ error: { code, message: 'x', fields: [] } }), { status: 401 });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => unauthenticated('INVALID_CREDENTIALS')),
    );
    await expect(api('auth/login', { method: 'POST', body: {} })).rejects.toMatchObject({ status: 401 });
    expect(onSignedOut).not.toHaveBeenCalled();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => unauthenticated('UNAUTHENTICATED')),
    );
    await expect(api('businesses')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(onSignedOut).toHaveBeenCalledTimes(1);
    disconnect();
  });

  it('sends a FormData upload as it is, leaving its multipart Content-Type to fetch', async () => {
    const fetchMock = vi.fn(async () => new Response('{}', { status: 201 }));
    vi.stubGlobal('fetch', fetchMock);
    const form = new FormData();
    form.set('source', 'Kelurahan Tlogomas');
    await api('imports', { method: 'POST', body: form });
    const init = (fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect(init.body).toBe(form);
    expect(init.headers).not.toHaveProperty('Content-Type');
  });

  it('drops empty query values', () => {
    expect(toSearch({ q: 'tempe', kecamatan: '', krtp: undefined, limit: 50 })).toBe('?q=tempe&limit=50');
  });
});
