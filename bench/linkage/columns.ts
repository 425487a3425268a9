import type { Random } from '../../server/modules/demo/random.ts';
import type { LinkageObservation } from './population.ts';
import * as v from './render-values.ts';

/** The cell a bad row breaks: a row with a broken cell of this role must be rejected. */
export type Role = 'nik' | 'name' | 'kelurahan' | 'turnover' | 'birthDate';
export type Column = {
  header: string;
  role?: Role;
  numFmt?: string;
  cell: (o: LinkageObservation, rnd: Random) => v.Cell;
};

const pirt = (o: LinkageObservation) => o.business.permits.find((p) => p.type === 'PIRT')?.number ?? null;
const nib = (o: LinkageObservation) => o.business.permits.find((p) => p.type === 'NIB')?.number ?? null;
const kel = (o: LinkageObservation, rnd: Random) =>
  v.kelurahanVariant(v.kelurahanName(o.person.kelurahanCode), rnd);
const kec = (o: LinkageObservation) => v.kecamatanName(o.person.kelurahanCode);
const no: Column = { header: 'No', cell: () => null };

export const survey: Column[] = [
  no,
  { header: 'NIK', role: 'nik', cell: (o, r) => v.nikText(o.person.nik, r) },
  { header: 'Nama Pemilik', role: 'name', cell: (o) => o.person.name },
  { header: 'L/P', cell: (o) => o.person.gender },
  { header: 'Tanggal Lahir', role: 'birthDate', cell: (o) => v.isoToDate(o.person.birthDate) },
  { header: 'KRTP (Ya/Tidak)', cell: (o) => v.yaTidak(o.person.krtp) },
  { header: 'Pendidikan', cell: (o) => v.educationText(o.person.education) },
  { header: 'Jml Anggota Keluarga', cell: (o) => o.person.householdSize },
  { header: 'No. HP', cell: (o) => v.phoneText(o.person.phone, 'local') },
  { header: 'Alamat', cell: (o) => o.person.street },
  { header: 'RT', cell: (o) => (o.person.rt ? Number(o.person.rt) : null) },
  { header: 'RW', cell: (o) => (o.person.rw ? Number(o.person.rw) : null) },
  { header: 'Kelurahan', role: 'kelurahan', cell: kel },
  { header: 'Kecamatan', cell: kec },
  { header: 'Nama Usaha', cell: (o) => o.business.name },
  { header: 'Produk', cell: (o) => o.business.products },
  { header: 'KBLI', cell: (o) => o.business.kbliCode },
  { header: 'Tahun Mulai Usaha', cell: (o) => o.business.yearStarted },
  { header: 'Jml Tenaga Kerja', cell: (o) => o.business.workersTotal },
  { header: 'TK Perempuan', cell: (o) => o.business.workersWomen },
  {
    header: 'Omzet per Bulan (Rp)',
    role: 'turnover',
    numFmt: '#,##0',
    cell: (o) => o.business.monthlyTurnover,
  },
  { header: 'Modal (Rp)', numFmt: '#,##0', cell: (o) => o.business.capital },
  { header: 'No. P-IRT', cell: pirt },
  { header: 'NIB', cell: nib },
];

export const umkm: Column[] = [
  no,
  { header: 'Nama Pelaku Usaha', role: 'name', cell: (o) => o.person.name },
  { header: 'No KTP', role: 'nik', cell: (o, r) => v.nikText(o.person.nik, r) },
  { header: 'Jenis Kelamin', cell: (o) => o.person.gender },
  { header: 'Nama Usaha', cell: (o) => o.business.name },
  { header: 'Sektor', cell: (o) => o.business.sector },
  { header: 'Produk Utama', cell: (o) => o.business.products },
  {
    header: 'Alamat Usaha',
    cell: (o, r) =>
      [o.person.street, v.rtRwText(o.person, r.chance(0.5) ? 'plain' : 'dotted')].filter((s) => s).join(' '),
  },
  { header: 'Kel', role: 'kelurahan', cell: kel },
  { header: 'Kec', cell: kec },
  { header: 'No. HP/WA', cell: (o) => v.phoneText(o.person.phone, 'intl') },
  { header: 'Tahun Berdiri', cell: (o) => o.business.yearStarted },
  { header: 'Tenaga Kerja', cell: (o) => o.business.workersTotal },
  {
    header: 'Omset',
    role: 'turnover',
    cell: (o) => (o.business.monthlyTurnover === null ? null : v.rupiah(o.business.monthlyTurnover)),
  },
  { header: 'NIB', cell: nib },
];

export const pirtRegister: Column[] = [
  no,
  { header: 'Nama Pemohon', role: 'name', cell: (o) => o.person.name },
  { header: 'No. Induk Kependudukan', role: 'nik', cell: (o, r) => v.nikText(o.person.nik, r) },
  { header: 'Nama IRTP', cell: (o) => o.business.name },
  { header: 'Alamat', cell: (o, r) => v.addressCell(o.person, r) },
  { header: 'Telp', cell: (o, r) => v.phoneText(o.person.phone, r.chance(0.5) ? 'spaced' : 'local') },
  { header: 'Jenis Pangan', cell: (o) => o.business.products },
  { header: 'Nomor P-IRT', cell: (o) => pirt(o) },
  { header: 'Tanggal Terbit', cell: (o) => v.ddmmyyyy(issued(pirt(o))) },
  {
    header: 'Keterangan',
    cell: (_, r) =>
      r.pick([
        '',
        '',
        'Baru',
        'Perpanjangan – lengkap',
        'Produk “best seller”',
        'Sudah PKP (Penyuluhan Keamanan Pangan)',
        'Café kantin sekolah',
      ]),
  },
];

export const kelurahanList: Column[] = [
  no,
  { header: 'Nama', role: 'name', cell: (o) => o.person.name },
  { header: 'No KTP', role: 'nik', cell: (o, r) => v.nikText(o.person.nik, r) },
  { header: 'Tgl Lahir', role: 'birthDate', cell: (o) => v.ddmmyyyy(o.person.birthDate) },
  { header: 'Alamat', cell: (o) => o.person.street },
  { header: 'RT/RW', cell: (o) => v.rtRwText(o.person, 'slash') },
  { header: 'Desa/Kel', role: 'kelurahan', cell: kel },
  { header: 'Jenis Usaha', cell: (o) => o.business.products },
  { header: 'Nama Usaha', cell: (o) => o.business.name },
  { header: 'WA', cell: (o) => v.phoneText(o.person.phone, 'bare') },
  {
    header: 'Omzet',
    role: 'turnover',
    cell: (o, r) => (o.business.monthlyTurnover === null ? null : v.juta(o.business.monthlyTurnover, r)),
  },
];

/** P-IRT issue date: five years before the expiry year written in its last two digits. */
function issued(number: string | null): string | null {
  if (!number) return null;
  const year = 2000 + Number(number.slice(-2)) - 5;
  return `${year}-${String((Number(number.slice(9, 11)) % 12) + 1).padStart(2, '0')}-${String((Number(number.slice(11, 13)) % 28) + 1).padStart(2, '0')}`;
}
