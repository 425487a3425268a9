import { type Column, kelurahanList, pirtRegister, survey, umkm } from './columns.ts';
import type { Office } from './offices.ts';

export type { Column, Role } from './columns.ts';

/** One office's way of laying out its list: header texts, value formats, decorations. */
export type Layout = {
  office: Office;
  source: string;
  title: string[];
  columns: Column[];
  numberRow: boolean;
  sections: boolean;
  total: 'sum' | 'count' | null;
  signature: string[];
};

const sign = (place: string, role: string, name: string, nip: string) => [place, role, '', '', name, nip];

export const LAYOUTS: Record<Office, Layout> = {
  dp3ap2kb: {
    office: 'dp3ap2kb',
    source: 'DP3AP2KB – Pendataan Industri Rumahan 2024',
    title: [
      'DATA INDUSTRI RUMAHAN KOTA MALANG',
      'TAHUN 2024',
      'DINAS PEMBERDAYAAN PEREMPUAN, PERLINDUNGAN ANAK, PENGENDALIAN PENDUDUK DAN KB',
    ],
    columns: survey,
    numberRow: true,
    sections: true,
    total: 'sum',
    signature: sign(
      'Malang, 12 Maret 2024',
      'Kepala Dinas P3AP2KB Kota Malang',
      'Dra. Hj. Endang Sulistyowati, M.Si',
      'NIP. 19700101 199003 2 005',
    ),
  },
  diskopindag: {
    office: 'diskopindag',
    source: 'Diskopindag – Data UMKM 2024',
    title: [
      'DATA UMKM BINAAN',
      'DINAS KOPERASI, PERINDUSTRIAN DAN PERDAGANGAN KOTA MALANG',
      'Keadaan s/d Juni 2024',
    ],
    columns: umkm,
    numberRow: false,
    sections: false,
    total: 'sum',
    signature: sign(
      'Malang, 28 Juni 2024',
      'Kepala Bidang Usaha Mikro',
      'Bambang Hariyanto, S.E.',
      'NIP. 19750315 200212 1 003',
    ),
  },
  dinkes: {
    office: 'dinkes',
    source: 'Dinas Kesehatan – Register SPP-IRT',
    title: [
      'REKAPITULASI SERTIFIKAT PRODUKSI PANGAN INDUSTRI RUMAH TANGGA (SPP-IRT)',
      'DINAS KESEHATAN KOTA MALANG TAHUN 2023–2024',
    ],
    columns: pirtRegister,
    numberRow: false,
    sections: false,
    total: 'count',
    signature: sign(
      'Malang, 5 Januari 2024',
      'Kepala Seksi Kefarmasian dan Alkes',
      'apt. Rina Kusumawati, S.Farm',
      'NIP. 19820512 200801 2 011',
    ),
  },
  kelurahan: {
    office: 'kelurahan',
    source: 'Kelurahan – Daftar Usaha Rumahan',
    title: ['DAFTAR USAHA RUMAHAN WARGA', 'Kecamatan: '],
    columns: kelurahanList,
    numberRow: false,
    sections: true,
    total: 'count',
    signature: sign(
      'Malang, 20 Februari 2024',
      'Lurah',
      'Agus Setiawan, S.Sos',
      'NIP. 19780808 200501 1 009',
    ),
  },
};
