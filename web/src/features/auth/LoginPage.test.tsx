// @vitest-environment jsdom
import '../../test/setup.ts';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render.tsx';
import LoginPage from './LoginPage.tsx';

const LOCKED = 'Akun terkunci karena terlalu banyak percobaan. Coba lagi setelah 14.35 WIB.';

function errorResponse(status: number, code: string, message: string) {
  return new Response(JSON.stringify({ error: { code, message, fields: [] } }), { status });
}

describe('LoginPage', () => {
  it("shows the server's own message when the account is locked", async () => {
    const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
      const path = new URL(String(input), 'http://localhost').pathname;
      if (path === '/api/v1/auth/login') return errorResponse(423, 'ACCOUNT_LOCKED', LOCKED);
      return errorResponse(401, 'UNAUTHENTICATED', 'Silakan masuk.');
    });
    vi.stubGlobal('fetch', fetchMock);
    renderWithProviders(
      <Routes>
        <Route path="/masuk" element={<LoginPage />} />
      </Routes>,
      { route: '/masuk?ke=%2Fusaha' },
    );
    fireEvent.change(screen.getByLabelText('Nama pengguna'), { target: { value: 'siti' } });
    fireEvent.change(screen.getByLabelText('Kata sandi'), { target: { value: 'salah-sekali' } });
    fireEvent.click(screen.getByRole('button', { name: 'Masuk' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain(LOCKED));
    const login = fetchMock.mock.calls.find(([u]) => String(u).endsWith('/auth/login')) as unknown as [
      string,
      RequestInit,
    ];
    expect(JSON.parse(String(login[1].body))).toEqual({ username: 'siti', password: 'salah-sekali' });
  });

  it('asks for both fields in Bahasa Indonesia before calling the server', async () => {
    const fetchMock = vi.fn(async (_input: RequestInfo | URL) =>
      errorResponse(401, 'UNAUTHENTICATED', 'Silakan masuk.'),
    );
    vi.stubGlobal('fetch', fetchMock);
    renderWithProviders(
      <Routes>
        <Route path="/masuk" element={<LoginPage />} />
      </Routes>,
      { route: '/masuk' },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Masuk' }));
    await screen.findByText('Isi nama pengguna.');
    expect(screen.getByText('Isi kata sandi.')).toBeTruthy();
    expect(fetchMock.mock.calls.some(([u]) => String(u).endsWith('/auth/login'))).toBe(false);
  });
});
