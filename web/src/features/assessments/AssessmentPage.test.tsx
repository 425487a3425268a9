// @vitest-environment jsdom
import '../../test/setup.ts';
import { fireEvent, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { RUBRIC_V1 } from '../../../../shared/rules/rubric-seed.ts';
import { renderWithProviders } from '../../test/render.tsx';
import AssessmentPage from './AssessmentPage.tsx';

const DRAFT = {
  rubric: {
    ...RUBRIC_V1,
    version: 1,
    current: true,
    minScore: 0,
    maxScore: 16,
    note: null,
    createdBy: 'sistem',
    createdAt: '2026-01-01T00:00:00Z',
  },
  answers: { tenaga_kerja: 1, omzet: 2, legalitas: 0 },
  prefilled: { tenaga_kerja: 'Dari registri: 3 tenaga kerja' },
  today: '2026-11-29',
  lastAssessedOn: null,
  openNeedTitles: [],
};

/** GETs answered from the fixtures; the POSTed assessment is kept for the test to read. */
function stub() {
  const posted: unknown[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const path = new URL(String(input), 'http://localhost').pathname.replace('/api/v1/', '');
      if (init?.method === 'POST') {
        posted.push(JSON.parse(String(init.body)));
        return new Response(JSON.stringify({ assessment: {}, event: null, needs: [] }), { status: 201 });
      }
      const routes: Record<string, unknown> = {
        'businesses/5': { id: 5, name: 'Keripik Bu Sri' },
        'businesses/5/assessment-draft': DRAFT,
      };
      return new Response(JSON.stringify(routes[path] ?? {}), { status: path in routes ? 200 : 404 });
    }),
  );
  renderWithProviders(
    <Routes>
      <Route path="usaha/:id/nilai" element={<AssessmentPage />} />
      <Route path="usaha/:id" element={<p>profil</p>} />
    </Routes>,
    { route: '/usaha/5/nilai' },
  );
  return posted;
}

describe('AssessmentPage', () => {
  it('starts from the pre-filled answers and updates the total and the suggestion live', async () => {
    stub();
    await screen.findByText('Penilaian level: Keripik Bu Sri');
    // pre-filled 1 + 2 + 0 = 3, five dimensions still open
    expect(screen.getByTestId('score-total').textContent).toBe('Skor 3 dari 16');
    expect(screen.getByText('3 dari 8 dimensi terjawab')).toBeTruthy();
    for (const label of [
      'Pembukuan rutin; uang usaha terpisah',
      'Proses baku; kemasan berlabel sederhana',
      'Modal sendiri atau pinjaman keluarga saja',
      'Sekitar rumah dan kampung',
      'Peralatan manual sederhana',
    ]) {
      fireEvent.click(screen.getByLabelText(label));
    }
    // 3 + 2 + 1 = 6 → IR 2 (IR 1 up to 5)
    expect(screen.getByTestId('score-total').textContent).toBe('Skor 6 dari 16');
    expect(screen.getByTestId('suggested-level').textContent).toBe('IR 2 Berkembang');
    expect(screen.getByLabelText('Urus NIB / P-IRT')).toBeTruthy();
  });

  it('asks for a reason before another level is saved, then sends the answers and the reason', async () => {
    const posted = stub();
    await screen.findByText('Penilaian level: Keripik Bu Sri');
    for (const label of [
      'Tidak ada catatan keuangan',
      'Belum ada standar; kemasan seadanya',
      'Modal sendiri atau pinjaman keluarga saja',
      'Sekitar rumah dan kampung',
      'Peralatan manual sederhana',
    ]) {
      fireEvent.click(screen.getByLabelText(label));
    }
    fireEvent.click(screen.getByLabelText('Tetapkan level lain'));
    fireEvent.click(screen.getByRole('button', { name: 'Simpan penilaian' }));
    await screen.findByText('Tulis alasan mengubah level saran.');
    expect(posted).toEqual([]);
    fireEvent.change(screen.getByLabelText('Alasan mengubah saran'), {
      target: { value: 'Pesanan tetap dari hotel' },
    });
    fireEvent.click(screen.getByLabelText('Urus NIB / P-IRT')); // not agreed
    fireEvent.click(screen.getByRole('button', { name: 'Simpan penilaian' }));
    // No level chosen yet in the override list
    await screen.findByText('Pilih level yang ditetapkan.');
    expect(posted).toEqual([]);
    fireEvent.click(screen.getByLabelText('Level yang ditetapkan', { selector: 'input' }));
    fireEvent.click(await screen.findByRole('option', { name: 'IR 2 Berkembang' }));
    fireEvent.click(screen.getByRole('button', { name: 'Simpan penilaian' }));
    await screen.findByText('profil');
    // 1 + 2 + 0 pre-filled, the rest 0: total 3, suggested IR 1; set to IR 2 with the reason
    expect(posted).toEqual([
      {
        rubricVersion: 1,
        answers: {
          ...Object.fromEntries(RUBRIC_V1.dimensions.map((d) => [d.key, 0])),
          tenaga_kerja: 1,
          omzet: 2,
        },
        level: 2,
        overrideReason: 'Pesanan tetap dari hotel',
        assessedOn: '2026-11-29',
        notes: null,
        needs: [
          { pillar: 'sdm', title: 'Pembukuan sederhana', priority: 'tinggi', dimension: 'pembukuan' },
          {
            pillar: 'produksi',
            title: 'Higiene produksi dan kemasan berlabel',
            priority: 'tinggi',
            dimension: 'kualitas_produksi',
          },
          {
            pillar: 'pembiayaan',
            title: 'Akses modal: PNM Mekaar atau koperasi',
            priority: 'sedang',
            dimension: 'pembiayaan',
          },
          {
            pillar: 'pasar',
            title: 'Pemasaran lewat media sosial',
            priority: 'tinggi',
            dimension: 'jangkauan_pasar',
          },
          {
            pillar: 'teknologi',
            title: 'Literasi digital dan pembayaran QRIS',
            priority: 'sedang',
            dimension: 'teknologi',
          },
        ],
      },
    ]);
  });
});
