// @vitest-environment jsdom
import '../test/setup.ts';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/render.tsx';
import { PasswordField } from './PasswordField.tsx';

/** The text an input points to with aria-describedby: what a screen reader announces with it. */
function describedText(input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

function renderMeter(value: string) {
  renderWithProviders(
    <PasswordField label="Kata sandi baru" value={value} onChange={() => {}} meter={{ context: ['siti'] }} />,
  );
  return screen.getByLabelText('Kata sandi baru');
}

describe('PasswordField with the strength meter', () => {
  it('says in Indonesian that "rahasia12345" is easy to guess, as part of the input description', () => {
    const input = renderMeter('rahasia12345');
    expect(screen.getByTestId('password-strength').textContent).toMatch(/lemah/);
    expect(describedText(input)).toContain(
      'Kata sandi mudah ditebak (kata umum, nama, urutan atau angka tahun). Gabungkan beberapa kata yang tidak berhubungan.',
    );
  });

  it('calls a long mix of unrelated words strong and lists nothing to fix', () => {
    const input = renderMeter('Gerobak-Pelangi-Kedondong-91');
    expect(screen.getByTestId('password-strength').textContent).toMatch(/kuat/);
    expect(describedText(input)).not.toContain('mudah ditebak');
  });
});
