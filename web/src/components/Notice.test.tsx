// @vitest-environment jsdom
import '../test/setup.ts';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../test/render.tsx';
import { Notice } from './Notice.tsx';

describe('Notice', () => {
  it('keeps an empty live region in the page before the message, so the message is announced', () => {
    renderWithProviders(<Notice message={null} />);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('shows the message in the live region, without a close button unless asked', () => {
    renderWithProviders(<Notice message="Data pribadi sudah dihapus." />);
    expect(screen.getByRole('status').textContent).toContain('Data pribadi sudah dihapus.');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('closes through its button when onClose is given', () => {
    const onClose = vi.fn();
    renderWithProviders(<Notice message="Tersimpan." onClose={onClose} />);
    fireEvent.click(screen.getByRole('button', { name: 'Tutup' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
