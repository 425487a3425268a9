import { SECTORS } from '../../../shared/rules/kbli.ts';
import { formatPhone } from '../../../shared/rules/phone.ts';
import { SIZE_CLASS_LABELS, type SizeClass } from '../../../shared/rules/size-class.ts';
import type { ExportRow } from './exports.repository.ts';

type Value = string | number | Date | null;
export type Column = {
  /** The header, spelled as the import recognises it, so an export re-imports without remapping. */
  header: string;
  width: number;
  /** Only in exports with personal data (asked for with a purpose, and audited). */
  personal?: boolean;
  format?: 'rupiah' | 'date';
  value: (r: ExportRow) => Value;
};

const yesNo = (b: boolean | null) => (b === null ? null : b ? 'Ya' : 'Tidak');
const sectorLabel = new Map<string, string>(SECTORS.map((s) => [s.code, s.label]));
const permitsOf = (r: ExportRow, type: string) =>
  r.permits
    .filter((p) => p.startsWith(`${type}:`))
    .map((p) => p.slice(type.length + 1))
    .join('; ') || null;
const otherPermits = (r: ExportRow) =>
  r.permits
    .filter((p) => !/^(NIB|PIRT|HALAL):/.test(p))
    .map((p) => p.replace(':', ' '))
    .join('; ') || null;
/** 'YYYY-MM-DD' as a calendar date (midnight UTC, which spreadsheets show as that day). */
const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

export const COLUMNS: Column[] = [
  { header: 'ID Pilar', width: 9, value: (r) => r.id },
  { header: 'Nama Usaha', width: 28, value: (r) => r.name },
  { header: 'Produk', width: 28, value: (r) => r.products },
  { header: 'Nama Pemilik', width: 24, value: (r) => r.owner_name },
  { header: 'NIK', width: 19, personal: true, value: (r) => r.nik },
  { header: 'Jenis Kelamin', width: 8, value: (r) => r.gender },
  {
    header: 'Tanggal Lahir',
    width: 12,
    personal: true,
    format: 'date',
    value: (r) => day(r.birth_date),
  },
  { header: 'KRTP', width: 7, value: (r) => yesNo(r.krtp) },
  { header: 'No. HP', width: 15, personal: true, value: (r) => (r.phone ? formatPhone(r.phone) : null) },
  { header: 'Jalan', width: 26, personal: true, value: (r) => r.street },
  { header: 'RT', width: 5, personal: true, value: (r) => r.rt },
  { header: 'RW', width: 5, personal: true, value: (r) => r.rw },
  { header: 'Kelurahan', width: 18, value: (r) => r.kelurahan_name },
  { header: 'Kecamatan', width: 15, value: (r) => r.kecamatan_name },
  { header: 'KBLI', width: 7, value: (r) => r.kbli_code },
  { header: 'Sektor', width: 18, value: (r) => sectorLabel.get(r.sector) ?? r.sector },
  { header: 'Industri Rumahan', width: 9, value: (r) => yesNo(r.home_industry) },
  { header: 'Tahun Mulai Usaha', width: 8, value: (r) => r.year_started },
  { header: 'Jml Tenaga Kerja', width: 8, value: (r) => r.workers_total },
  { header: 'TK Perempuan', width: 8, value: (r) => r.workers_women },
  {
    header: 'Omzet per Bulan (Rp)',
    width: 14,
    personal: true,
    format: 'rupiah',
    value: (r) => r.monthly_turnover,
  },
  { header: 'Modal (Rp)', width: 14, personal: true, format: 'rupiah', value: (r) => r.capital },
  {
    header: 'Skala Usaha',
    width: 9,
    value: (r) => (r.size_class ? SIZE_CLASS_LABELS[r.size_class as SizeClass] : null),
  },
  { header: 'NIB', width: 15, value: (r) => permitsOf(r, 'NIB') },
  { header: 'No. P-IRT', width: 18, value: (r) => permitsOf(r, 'PIRT') },
  { header: 'Sertifikat Halal', width: 18, value: (r) => permitsOf(r, 'HALAL') },
  { header: 'Izin Lain', width: 18, value: (r) => otherPermits(r) },
  { header: 'Status', width: 8, value: (r) => (r.status === 'active' ? 'Aktif' : 'Tutup') },
];

export const columnsFor = (personalData: boolean) => COLUMNS.filter((c) => personalData || !c.personal);
