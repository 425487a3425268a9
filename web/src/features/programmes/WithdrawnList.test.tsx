// @vitest-environment jsdom
import '../../test/setup.ts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Participant } from '../../../../shared/contracts/programmes.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { WithdrawnList } from './WithdrawnList.tsx';

const gone: Participant = {
  id: 7,
  businessId: 42,
  businessName: 'Keripik Bu Sri',
  ownerName: 'Sri Wahyuni',
  kelurahanName: 'Bandungrejosari',
  status: 'withdrawn',
  waitlistPosition: null,
  attended: null,
  preScore: null,
  postScore: null,
  withdrawnAt: '2026-03-02T01:30:00.000Z',
};

describe('withdrawn participants of a session', () => {
  it('lists each under its own heading with the day she withdrew (WIB) and a link to the business', () => {
    renderWithProviders(<WithdrawnList items={[gone]} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Mundur dari sesi' })).toBeTruthy();
    const item = screen.getByRole('listitem', { name: 'Keripik Bu Sri' });
    expect(within(item).getByText('Mundur 2 Maret 2026')).toBeTruthy();
    expect(within(item).getByRole('link', { name: 'Keripik Bu Sri' }).getAttribute('href')).toBe('/usaha/42');
    expect(screen.getByText('Tidak dihitung di kursi.')).toBeTruthy();
  });

  it('shows nothing when no one withdrew', () => {
    const { container } = renderWithProviders(<WithdrawnList items={[]} />);
    expect(container.querySelector('section')).toBeNull();
  });
});
