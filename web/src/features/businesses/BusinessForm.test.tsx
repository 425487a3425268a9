// @vitest-environment jsdom
import '../../test/setup.ts';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AREA_TREE, renderWithProviders, stubFetch } from '../../test/render.tsx';
import { BusinessForm, type SubmitResult } from './BusinessForm.tsx';
import { type BusinessFormValues, emptyBusiness } from './business-form-values.ts';

/** The error text an input points to with aria-describedby: what a screen reader announces with it. */
function describedText(input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

function renderForm(
  onSubmit: (v: BusinessFormValues) => Promise<SubmitResult> = vi.fn(async () => undefined),
  initial = emptyBusiness(),
) {
  vi.stubGlobal('fetch', vi.fn(stubFetch({ 'areas/tree': AREA_TREE })));
  renderWithProviders(
    <BusinessForm mode="create" initial={initial} onSubmit={onSubmit} onCancel={() => {}} />,
  );
  return onSubmit;
}

describe('BusinessForm', () => {
  it('shows the Indonesian NIK message next to the NIK field for 1234', async () => {
    renderForm();
    const nik = screen.getByLabelText('NIK');
    fireEvent.change(nik, { target: { value: '1234' } });
    fireEvent.blur(nik);
    await waitFor(() => expect(nik.getAttribute('aria-invalid')).toBe('true'));
    expect(describedText(nik)).toContain('NIK harus 16 digit angka; yang diisi 4 digit.');
  });

  it('does not submit an empty form and marks the required fields in Bahasa Indonesia', async () => {
    const onSubmit = renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Simpan usaha' }));
    await screen.findByText('Nama usaha wajib diisi.');
    expect(screen.getByText('Nama pemilik wajib diisi.')).toBeTruthy();
    expect(screen.getByText('Pilih kelurahan dari daftar.')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("shows the server's field errors next to the matching field", async () => {
    const initial = emptyBusiness();
    Object.assign(initial, {
      name: 'Keripik Bu Sri',
      kecamatanCode: '35.73.01',
      kelurahanCode: '35.73.01.1001',
    });
    initial.owner.name = 'Sri Wahyuni';
    const onSubmit = vi.fn(async () => ({
      fields: { 'owner.nik': 'NIK ini sudah terdaftar atas nama orang lain.' },
      message: 'Periksa isian: NIK ini sudah terdaftar atas nama orang lain.',
    }));
    renderForm(onSubmit, initial);
    fireEvent.click(screen.getByRole('button', { name: 'Simpan usaha' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    const nik = screen.getByLabelText('NIK');
    await waitFor(() =>
      expect(describedText(nik)).toContain('NIK ini sudah terdaftar atas nama orang lain.'),
    );
    expect(screen.getByRole('alert').textContent).toContain('Periksa isian');
  });
});
