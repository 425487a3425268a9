import type { RuleIssue } from './issue.ts';

export const SECTORS = [
  { code: 'pangan', label: 'Makanan & minuman' },
  { code: 'kayu', label: 'Kayu & anyaman' },
  { code: 'sandang', label: 'Pakaian & tekstil' },
  { code: 'kerajinan', label: 'Kerajinan' },
  { code: 'kimia', label: 'Kimia & kosmetik' },
  { code: 'jasa', label: 'Jasa' },
  { code: 'lainnya', label: 'Lainnya' },
] as const;
export type SectorCode = (typeof SECTORS)[number]['code'];

export const KBLI_VERSIONS = [2020, 2025] as const;

const DIVISION_SECTOR: Record<number, SectorCode> = {
  10: 'pangan',
  11: 'pangan',
  12: 'pangan',
  13: 'sandang',
  14: 'sandang',
  15: 'sandang',
  16: 'kayu',
  31: 'kayu',
  23: 'kerajinan',
  32: 'kerajinan',
  20: 'kimia',
  21: 'kimia',
};

// KBLI 2020 kelompok codes common among home industries (domain doc list plus a few verified extras).
const KNOWN_NAMES: Record<string, string> = {
  '10391': 'Industri Tempe Kedelai',
  '10399': 'Industri Pengolahan dan Pengawetan Lainnya Buah-buahan dan Sayuran',
  '10392': 'Industri Tahu Kedelai',
  '10710': 'Industri Produk Roti dan Kue',
  '10722': 'Industri Gula Merah',
  '10733': 'Industri Manisan Buah-buahan dan Sayuran Kering',
  '10750': 'Industri Makanan dan Masakan Olahan',
  '10761': 'Industri Pengolahan Kopi',
  '10772': 'Industri Bumbu Masak dan Penyedap Masakan',
  '10779': 'Industri Produk Masak Lainnya',
  '10792': 'Industri Kue Basah',
  '10793': 'Industri Makanan dari Kedele dan Kacang-kacangan Lainnya Bukan Kecap, Tempe dan Tahu',
  '10794': 'Industri Kerupuk, Keripik, Peyek dan Sejenisnya',
  '10796': 'Industri Dodol',
  '10799': 'Industri Produk Makanan Lainnya',
  '11040': 'Industri Minuman Ringan',
  '11090': 'Industri Minuman Lainnya',
  '13122': 'Industri Kain Tenun Ikat',
  '13134': 'Industri Batik',
  '14111': 'Industri Pakaian Jadi (Konveksi) dari Tekstil',
  '14120': 'Penjahitan dan Pembuatan Pakaian Sesuai Pesanan',
  '14301': 'Industri Pakaian Jadi Rajutan',
  '16291': 'Industri Barang Anyaman dari Rotan dan Bambu',
  '16292': 'Industri Barang Anyaman dari Tanaman Bukan Rotan dan Bambu',
  '16293': 'Industri Kerajinan Ukiran dari Kayu Bukan Furnitur',
  '16294': 'Industri Alat Dapur dari Kayu, Rotan dan Bambu',
  '20231': 'Industri Sabun dan Bahan Pembersih Keperluan Rumah Tangga',
  '20232': 'Industri Kosmetik untuk Manusia, termasuk Pasta Gigi',
  '21022': 'Industri Produk Obat Tradisional untuk Manusia',
  '23932': 'Industri Gerabah',
  '31001': 'Industri Furnitur dari Kayu',
  '32300': 'Industri Alat Olahraga',
  '32903': 'Industri Kerajinan YTDL',
  '32909': 'Industri Pengolahan Lainnya YTDL',
  '56102': 'Rumah/Warung Makan',
  '56103': 'Kedai Makanan',
  '96111': 'Aktivitas Pangkas Rambut',
  '96112': 'Aktivitas Salon Kecantikan',
};

/** Known codes with their sector, derived from the 2-digit division so the two can never disagree. */
export const KBLI_KNOWN: Record<string, { name: string; sector: SectorCode }> = Object.fromEntries(
  Object.entries(KNOWN_NAMES).map(([code, name]) => [code, { name, sector: sectorOfKbli(code) }]),
);

/** Sector by KBLI division (first 2 digits); 45–99 are trade and service divisions. */
export function sectorOfKbli(code: string): SectorCode {
  const m = /^(\d{2})/.exec(code.trim());
  if (!m) return 'lainnya';
  const division = Number(m[1]);
  return DIVISION_SECTOR[division] ?? (division >= 45 ? 'jasa' : 'lainnya');
}

/** A KBLI kelompok code is 5 digits; version must be 2020 or 2025; an unlisted code is only a warning. */
export function validateKbli(
  code: string,
  version?: number,
): { value: string | null; errors: RuleIssue[]; warnings: RuleIssue[] } {
  const value = code.trim().replace(/[\s.]/g, '');
  const errors: RuleIssue[] = [];
  if (!/^\d{5}$/.test(value)) {
    const found = /\D/.test(value) ? 'berisi huruf atau tanda lain' : `yang diisi ${value.length} digit`;
    errors.push({ code: 'KBLI_FORMAT', message: `Kode KBLI harus 5 digit angka, mis. 10794; ${found}.` });
  }
  if (version !== undefined && !(KBLI_VERSIONS as readonly number[]).includes(version)) {
    errors.push({
      code: 'KBLI_VERSION',
      message: `Versi KBLI harus 2020 atau 2025, bukan ${version}; pilih versi yang benar.`,
    });
  }
  if (errors.length > 0) return { value: null, errors, warnings: [] };
  if (Object.hasOwn(KBLI_KNOWN, value)) return { value, errors, warnings: [] };
  const warning = {
    code: 'KBLI_UNKNOWN',
    message: `Kode KBLI ${value} tidak ada dalam daftar kode industri rumahan yang dikenal; pastikan kode sesuai NIB/OSS.`,
  };
  return { value, errors, warnings: [warning] };
}
