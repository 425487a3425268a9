import { describe, expect, it } from 'vitest';
import {
  parseBusinessStatus,
  parseEducation,
  parseGender,
  parseHomeIndustry,
  parseYesNo,
} from './choices.ts';

describe('parseGender', () => {
  it.each([
    ['L', 'L'],
    ['l', 'L'],
    ['Laki-laki', 'L'],
    ['LAKI LAKI', 'L'],
    ['Laki2', 'L'],
    ['Lk.', 'L'],
    ['Pria', 'L'],
    ['P', 'P'],
    ['Perempuan', 'P'],
    ['Wanita', 'P'],
    ['Pr', 'P'],
    [' p ', 'P'],
    ['Perempuan (P)', 'P'],
    ['(L) Laki-laki', 'L'],
  ])('%s → %s', (text, value) => {
    expect(parseGender(text)).toEqual({ value });
  });

  it('reads empty and "-" as unknown and reports anything else', () => {
    expect(parseGender(null)).toEqual({ value: null });
    expect(parseGender('-')).toEqual({ value: null });
    expect(parseGender('X')).toMatchObject({ value: null, issue: { code: 'GENDER_UNREADABLE' } });
  });
});

describe('parseYesNo', () => {
  it.each([
    'Ya',
    'ya',
    'Y',
    'YES',
    'v',
    '✓',
    '✔',
    '√',
    '1',
    'Ada',
    'Sudah',
    'KRTP',
    'Kepala Keluarga',
    'kepala rumah tangga',
    'Ya (janda)',
    'Ya, cerai mati',
    // A "Status dalam Keluarga" column.
    'KK',
  ])('%s → yes', (text) => {
    expect(parseYesNo(text)).toEqual({ value: true });
  });

  it.each([
    'Tidak',
    'T',
    'tdk',
    '0',
    'Tidak ada',
    'Belum',
    '-',
    'Bukan',
    'Bukan KRTP',
    'Non KRTP',
    'Istri',
    'Anak',
    'Tdk (bersuami)',
  ])('%s → no', (text) => {
    expect(parseYesNo(text)).toEqual({ value: false });
  });

  it('takes boolean and number cells', () => {
    expect(parseYesNo(true)).toEqual({ value: true });
    expect(parseYesNo(false)).toEqual({ value: false });
    expect(parseYesNo(1)).toEqual({ value: true });
    expect(parseYesNo(0)).toEqual({ value: false });
  });

  it('reports "x", which offices use both ways, and other text', () => {
    expect(parseYesNo('x').issue?.code).toBe('YES_NO_UNREADABLE');
    expect(parseYesNo('mungkin').issue?.message).toContain('"mungkin"');
    expect(parseYesNo(null)).toEqual({ value: null });
  });
});

describe('parseHomeIndustry', () => {
  it.each(['IR1', 'IR 2', 'IR-3', 'IR 1 Pemula', 'Berkembang', 'Ya'])('%s → a home industry', (text) => {
    expect(parseHomeIndustry(text)).toEqual({ value: true });
  });

  it('reads 1, 2 and 3 as levels under a header asking for the level, and only there', () => {
    for (const cell of [1, 2, 3, '2', ' 3 ']) {
      expect(parseHomeIndustry(cell, 'Level IR')).toEqual({ value: true });
      expect(parseHomeIndustry(cell, 'Tingkat IR 2026')).toEqual({ value: true });
    }
    expect(parseHomeIndustry(4, 'Level IR')).toMatchObject({
      value: null,
      issue: { code: 'YES_NO_UNREADABLE' },
    });
    // A questionnaire's "1. Ya 2. Tidak" is no level.
    expect(parseHomeIndustry('2', 'Industri Rumahan')).not.toEqual({ value: true });
  });

  it('reads no as no, and asks about what is neither', () => {
    expect(parseHomeIndustry('Bukan IR')).toEqual({ value: false });
    expect(parseHomeIndustry('IR 4')).toMatchObject({ value: null, issue: { code: 'YES_NO_UNREADABLE' } });
    expect(parseHomeIndustry('Maju Jaya')).toMatchObject({
      value: null,
      issue: { code: 'YES_NO_UNREADABLE' },
    });
  });
});

describe('parseBusinessStatus', () => {
  it.each([
    ['Aktif', 'active'],
    ['masih berjalan', 'active'],
    ['Aktif, musiman', 'active'],
    ['Tidak Aktif', 'closed'],
    ['NON-AKTIF', 'closed'],
    ['Tutup (pindah ke Batu)', 'closed'],
    ['Berhenti produksi', 'closed'],
    ['Vakum', 'closed'],
    ['Sudah tidak produksi', 'closed'],
    ['sudah tidak berproduksi', 'closed'],
    ['Tidak aktif lagi', 'closed'],
    ['Tdk. jalan', 'closed'],
    ['Sudah berhenti', 'closed'],
    ['Berhenti sejak 2020', 'closed'],
    ['Tutup sementara', 'closed'],
    ['Vakum (pandemi)', 'closed'],
    ['Tidak', 'closed'],
    ['Masih produksi', 'active'],
    ['Sudah beroperasi', 'active'],
    [true, 'active'],
    [false, 'closed'],
  ] as const)('%s → %s', (cell, value) => {
    expect(parseBusinessStatus(cell)).toEqual({ value });
  });

  it('leaves an empty cell unsaid, and warns of what it cannot read', () => {
    expect(parseBusinessStatus(null)).toEqual({ value: null });
    expect(parseBusinessStatus('-')).toEqual({ value: null });
    // Denied, but not a state of running: unread rather than guessed.
    expect(parseBusinessStatus('Tidak jelas').issue).toMatchObject({ code: 'STATUS_UNREADABLE' });
    const r = parseBusinessStatus('Pindah');
    expect(r.value).toBeNull();
    expect(r.issue).toMatchObject({ code: 'STATUS_UNREADABLE' });
    expect(r.issue?.message).toContain('isi Aktif atau Tutup');
  });
});

describe('parseEducation', () => {
  it.each([
    ['SD', 'sd'],
    ['SD/MI', 'sd'],
    ['Tamat SD', 'sd'],
    ['SLTP', 'smp'],
    ['SMP/MTs', 'smp'],
    ['SMA', 'sma'],
    ['SMK', 'sma'],
    ['SLTA sederajat', 'sma'],
    ['D-III', 'diploma'],
    ['D3', 'diploma'],
    ['S1', 'sarjana'],
    ['S-2', 'sarjana'],
    ['Sarjana (S1)', 'sarjana'],
    ['Tidak tamat SD', 'tidak_sekolah'],
    ['Tidak/Belum Sekolah', 'tidak_sekolah'],
    // The family card's categories.
    ['BELUM TAMAT SD/SEDERAJAT', 'tidak_sekolah'],
    ['TAMAT SD/SEDERAJAT', 'sd'],
    ['SLTP/SEDERAJAT', 'smp'],
    ['DIPLOMA I/II', 'diploma'],
    ['AKADEMI/DIPLOMA III/S. MUDA', 'diploma'],
    ['DIPLOMA IV/STRATA I', 'sarjana'],
    ['STRATA II', 'sarjana'],
    // Not finishing a level leaves the one below it.
    ['Tidak tamat SMA', 'smp'],
    ['Tdk tamat SD', 'tidak_sekolah'],
    ['Madrasah Aliyah', 'sma'],
    ['Aliyah', 'sma'],
    ['Tsanawiyah', 'smp'],
    ['tamat Ibtidaiyah', 'sd'],
  ])('%s → %s', (text, value) => {
    expect(parseEducation(text)).toEqual({ value });
  });

  it('reports unknown levels', () => {
    expect(parseEducation('Pesantren kilat')).toMatchObject({
      value: null,
      issue: { code: 'EDUCATION_UNREADABLE' },
    });
  });
});
