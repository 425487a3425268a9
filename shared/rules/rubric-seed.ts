import type { RubricContent } from './rubric.ts';

/**
 * Version 1 of the rubric, from the domain doc's proposal (no official KemenPPPA thresholds were found):
 * eight dimensions scored 0/1/2, total 0–16; up to 5 → IR 1, up to 10 → IR 2, above → IR 3.
 */
export const RUBRIC_V1: RubricContent = {
  dimensions: [
    {
      key: 'tenaga_kerja',
      label: 'Tenaga kerja',
      help: 'Jumlah orang yang bekerja di usaha ini, termasuk pemilik dan keluarga yang membantu.',
      source: 'workers',
      options: [
        { label: 'Dikerjakan sendiri (1 orang)', score: 0, upTo: 1 },
        { label: '2–4 orang', score: 1, upTo: 4 },
        { label: '5 orang atau lebih', score: 2, upTo: null },
      ],
    },
    {
      key: 'omzet',
      label: 'Omzet per bulan',
      help: 'Rata-rata hasil penjualan sebulan (bukan keuntungan).',
      source: 'turnover',
      options: [
        { label: 'Di bawah Rp 3 juta', score: 0, upTo: 2_999_999 },
        { label: 'Rp 3 juta – Rp 10 juta', score: 1, upTo: 10_000_000 },
        { label: 'Lebih dari Rp 10 juta', score: 2, upTo: null },
      ],
    },
    {
      key: 'legalitas',
      label: 'Legalitas',
      help: 'Izin yang dimiliki: NIB dari OSS, P-IRT dari Dinas Kesehatan, sertifikat halal.',
      source: 'permits',
      options: [
        { label: 'Belum punya izin usaha', score: 0 },
        { label: 'Punya NIB atau P-IRT', score: 1 },
        { label: 'Punya NIB dan P-IRT, atau sertifikat halal', score: 2 },
      ],
    },
    {
      key: 'pembukuan',
      label: 'Pembukuan & manajemen',
      help: 'Apakah pemasukan dan pengeluaran dicatat, dan uang usaha dipisah dari uang rumah tangga.',
      options: [
        { label: 'Tidak ada catatan keuangan', score: 0 },
        { label: 'Catatan sederhana; uang usaha dan rumah tangga kadang tercampur', score: 1 },
        { label: 'Pembukuan rutin; uang usaha terpisah', score: 2 },
      ],
    },
    {
      key: 'kualitas_produksi',
      label: 'Kualitas produksi',
      help: 'Kebersihan tempat produksi, resep atau proses yang baku, kemasan dan label.',
      options: [
        { label: 'Belum ada standar; kemasan seadanya', score: 0 },
        { label: 'Proses baku; kemasan berlabel sederhana', score: 1 },
        { label: 'Higiene dan mutu terjaga; kemasan berlabel lengkap', score: 2 },
      ],
    },
    {
      key: 'pembiayaan',
      label: 'Pembiayaan',
      help: 'Sumber modal usaha selama ini.',
      options: [
        { label: 'Modal sendiri atau pinjaman keluarga saja', score: 0 },
        { label: 'Pinjaman koperasi, PNM Mekaar atau kelompok', score: 1 },
        { label: 'KUR atau kredit bank, atau hibah usaha', score: 2 },
      ],
    },
    {
      key: 'jangkauan_pasar',
      label: 'Jangkauan pasar',
      help: 'Di mana produk dijual.',
      options: [
        { label: 'Sekitar rumah dan kampung', score: 0 },
        { label: 'Titip di toko atau pasar, media sosial', score: 1 },
        { label: 'Marketplace, ritel modern, luar kota atau ekspor', score: 2 },
      ],
    },
    {
      key: 'teknologi',
      label: 'Teknologi',
      help: 'Peralatan produksi dan alat digital yang dipakai.',
      options: [
        { label: 'Peralatan manual sederhana', score: 0 },
        { label: 'Sebagian alat listrik atau mesin; HP untuk pesanan', score: 1 },
        { label: 'Mesin produksi dan aplikasi digital (kasir, QRIS)', score: 2 },
      ],
    },
  ],
  cutPoints: [5, 10],
};
