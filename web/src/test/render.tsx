import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { Providers } from '../Providers.tsx';

/** The app's providers with a fresh query client that never retries, inside an in-memory router. */
export function renderWithProviders(ui: ReactElement, { route = '/' }: { route?: string } = {}) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  return render(
    <Providers client={client} locale="id">
      <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
    </Providers>,
  );
}

/** A fetch stub answering GET paths from a table; anything else is a 404 in the API's error shape. */
export function stubFetch(routes: Record<string, unknown>) {
  return async (input: RequestInfo | URL) => {
    const url = new URL(String(input), 'http://localhost');
    const path = url.pathname.replace('/api/v1/', '');
    if (path in routes) return new Response(JSON.stringify(routes[path]), { status: 200 });
    const body = { error: { code: 'NOT_FOUND', message: 'Alamat tidak ditemukan.', fields: [] } };
    return new Response(JSON.stringify(body), { status: 404 });
  };
}

export const AREA_TREE = {
  region: { code: '35.73', name: 'Kota Malang', level: 2, parentCode: '35' },
  children: [
    {
      code: '35.73.01',
      name: 'Blimbing',
      level: 3,
      parentCode: '35.73',
      microEnterprises: 10,
      homeIndustries: 5,
      homeIndustriesKrtp: 3,
      children: [
        {
          code: '35.73.01.1001',
          name: 'Purwantoro',
          level: 4,
          parentCode: '35.73.01',
          microEnterprises: 10,
          homeIndustries: 5,
          homeIndustriesKrtp: 3,
        },
      ],
    },
  ],
};
