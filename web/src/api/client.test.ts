import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, actorHeader, api, toSearch } from './client.ts';

afterEach(() => vi.unstubAllGlobals());

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

  it('sends the officer name on writes only, and reports an unreachable server as NETWORK', async () => {
    const fetchMock = vi.fn(async () => new Response('{}', { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    await api('people', { method: 'POST', body: { name: 'Sri' } });
    await api('people');
    const headers = (call: number) =>
      (fetchMock.mock.calls[call] as unknown as [string, RequestInit])[1].headers;
    expect(headers(0)).toMatchObject({ 'X-Pilar-Actor': 'anonim' });
    expect(headers(1)).not.toHaveProperty('X-Pilar-Actor');

    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(api('health')).rejects.toMatchObject({ code: 'NETWORK', status: 0 });
  });

  it('keeps ASCII officer names readable and percent-encodes the rest', () => {
    expect(actorHeader('Bu Siti')).toBe('Bu Siti');
    expect(actorHeader('Siti Ẓahra')).toBe('Siti%20%E1%BA%92ahra');
  });

  it('drops empty query values', () => {
    expect(toSearch({ q: 'tempe', kecamatan: '', krtp: undefined, limit: 50 })).toBe('?q=tempe&limit=50');
  });
});
